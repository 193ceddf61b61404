#include "modules/measurements/api/measurements_json.h"

#include <algorithm>

namespace sb::api {

Result<NewQuestionnaire> read_new_questionnaire(BodyReader& body) {
  NewQuestionnaire input;
  SB_TRY(title, body.string("title"));
  SB_TRY(description, body.optional_string("description"));
  SB_TRY(statements, body.object_list("statements", kMaxStatements + 1));
  for (auto& statement : statements) {
    SB_TRY(dimension, statement.string("dimension"));
    SB_TRY(text, statement.string("text"));
    SB_CHECK(statement.finish());
    input.statements.push_back({std::move(dimension), std::move(text)});
  }
  input.title = std::move(title);
  input.description = description.value_or("");
  SB_CHECK(body.finish());
  return input;
}

Result<NewMeasurementRound> read_new_measurement_round(BodyReader& body) {
  NewMeasurementRound input;
  SB_TRY(questionnaire_id, body.id("questionnaire_id"));
  SB_TRY(kind, body.string("kind"));
  SB_TRY(title, body.string("title"));
  SB_TRY(team_ids, body.optional_id_list("team_ids"));
  SB_CHECK(body.finish());
  input.questionnaire_id = questionnaire_id;
  input.kind = std::move(kind);
  input.title = std::move(title);
  input.team_ids = team_ids.value_or(std::vector<Id>{});
  return input;
}

Result<bool> read_release(BodyReader& body) {
  SB_TRY(released, body.optional_bool("released"));
  SB_CHECK(body.finish());
  if (!released) return std::unexpected(Error::required("released"));
  return *released;
}

Result<std::string> read_link_token(BodyReader& body) {
  SB_TRY(token, body.string("token"));
  SB_CHECK(body.finish());
  return token;
}

namespace {

// The answers as the page sends them, [{statement, value}], in statement order; each statement once.
Result<MeasurementAnswers> read_answers(BodyReader& body) {
  SB_TRY(items, body.object_list("answers", kMaxStatements));
  MeasurementAnswers out(items.size(), 0);
  for (auto& item : items) {
    SB_TRY(statement, item.integer("statement"));
    SB_TRY(value, item.integer("value"));
    SB_CHECK(item.finish());
    if (statement < 0 || static_cast<std::size_t>(statement) >= out.size() || out[static_cast<std::size_t>(statement)] != 0) {
      return std::unexpected(Error::invalid("answers.statement", "Answer every statement once.").because("out_of_range"));
    }
    out[static_cast<std::size_t>(statement)] = static_cast<int>(std::clamp<std::int64_t>(value, -1, 100));
  }
  return out;
}

}  // namespace

Result<LinkAnswers> read_link_answers(BodyReader& body) {
  SB_TRY(token, body.string("token"));
  SB_TRY(answers, read_answers(body));
  SB_CHECK(body.finish());
  return LinkAnswers{std::move(token), std::move(answers)};
}

}  // namespace sb::api
