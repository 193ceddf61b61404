#include "modules/measurements/core/rules.h"

#include <algorithm>
#include <set>

#include "kernel/validation.h"

namespace sb {

Result<Questionnaire> check_new_questionnaire(const NewQuestionnaire& input) {
  Questionnaire out;
  SB_TRY(title, clean_text("title", input.title, kMaxQuestionnaireTitle, Required::yes));
  SB_TRY(description, clean_text("description", input.description, kMaxQuestionnaireDescription, Required::no));
  if (input.statements.empty() || input.statements.size() > kMaxStatements) {
    return std::unexpected(Error::invalid("statements", "A questionnaire has 1 to 60 statements.")
                               .because("count", 1, static_cast<double>(kMaxStatements)));
  }
  std::set<std::string> seen;
  for (const auto& statement : input.statements) {
    SB_TRY(dimension, clean_text("statements.dimension", statement.dimension, kMaxDimensionName, Required::yes));
    SB_TRY(text, clean_text("statements.text", statement.text, kMaxStatementText, Required::yes));
    if (!seen.insert(text).second) {
      return std::unexpected(Error::invalid("statements.text", "Each statement is asked once.").because("duplicate"));
    }
    out.statements.push_back({std::move(dimension), std::move(text)});
  }
  out.title = std::move(title);
  out.description = std::move(description);
  return out;
}

Result<MeasurementRound> check_new_measurement_round(const NewMeasurementRound& input) {
  MeasurementRound out;
  const auto kind = parse_measurement_kind(input.kind);
  if (!kind) return std::unexpected(Error::invalid("kind", "A round is a baseline or a follow_up."));
  SB_TRY(title, clean_text("title", input.title, kMaxRoundTitle, Required::yes));
  if (input.team_ids.empty() || input.team_ids.size() > kMaxRoundTeams) {
    return std::unexpected(Error::invalid("team_ids", "Choose 1 to 50 teams.").because("count", 1, kMaxRoundTeams));
  }
  std::set<Id> seen;
  for (Id team : input.team_ids) {
    if (!seen.insert(team).second) {
      return std::unexpected(Error::invalid("team_ids", "Each team is chosen once.").because("duplicate"));
    }
    out.teams.push_back({team, 0, 0, {}});
  }
  out.questionnaire_id = input.questionnaire_id;
  out.kind = *kind;
  out.title = std::move(title);
  return out;
}

Result<MeasurementAnswers> check_measurement_answers(const Questionnaire& questionnaire, const MeasurementAnswers& answers) {
  if (answers.size() != questionnaire.statements.size()) {
    return std::unexpected(Error::invalid("answers", "Answer every statement once.")
                               .because("count", static_cast<double>(questionnaire.statements.size()),
                                        static_cast<double>(questionnaire.statements.size())));
  }
  for (int value : answers) {
    if (value < 1 || value > kScalePoints) {
      return std::unexpected(Error::invalid("answers", "Each answer is a point from 1 to 5.").because("out_of_range", 1, kScalePoints));
    }
  }
  return answers;
}

Result<void> check_link_token(std::string_view token) {
  const bool shape = token.size() >= kMinLinkToken && token.size() <= kMaxLinkToken &&
                     std::ranges::all_of(token, [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
                     });
  if (!shape) return std::unexpected(Error::not_found("This link is not known."));
  return ok();
}

LinkUse link_use(bool token_open, bool token_used, bool round_open) {
  if (token_used) return LinkUse::used;
  if (!token_open) return LinkUse::unknown;
  if (!round_open) return LinkUse::closed;
  return LinkUse::answer;
}

Error link_refusal(LinkUse use) {
  switch (use) {
    case LinkUse::used:
      return Error{ErrorCode::already_exists, "This link has been used: every link answers once.", "token"}.because("used");
    case LinkUse::closed:
      return Error{ErrorCode::failed_precondition, "This measurement is closed.", "token"}.because("closed");
    case LinkUse::unknown:
    case LinkUse::answer:
      break;
  }
  return Error::not_found("This link is not known.");
}

std::vector<DimensionCounts> dimension_counts(const Questionnaire& questionnaire, const TeamCounts& counts) {
  std::vector<DimensionCounts> out;
  for (const auto& name : dimensions_of(questionnaire)) out.push_back({name, {}});
  for (std::size_t s = 0; s < questionnaire.statements.size() && s < counts.statements.size(); ++s) {
    auto it = std::ranges::find(out, questionnaire.statements[s].dimension, &DimensionCounts::dimension);
    for (int p = 0; p < kScalePoints; ++p) it->counts[p] += counts.statements[s][p];
  }
  return out;
}

void add_dimension_counts(std::vector<DimensionCounts>& into, const std::vector<DimensionCounts>& more) {
  for (const auto& dimension : more) {
    auto it = std::ranges::find(into, dimension.dimension, &DimensionCounts::dimension);
    if (it == into.end()) {
      into.push_back(dimension);
      continue;
    }
    for (int p = 0; p < kScalePoints; ++p) it->counts[p] += dimension.counts[p];
  }
}

GroupShow team_show(int answered) {
  const bool shown = answered >= kMeasurementMinGroup;
  return {answered, shown, shown ? 0 : answered};
}

GroupShow total_show(const std::vector<GroupShow>& parts) {
  GroupShow out;
  int below = 0;
  for (const auto& part : parts) {
    out.answered += part.answered;
    below += part.uncovered;
  }
  out.shown = out.answered >= kMeasurementMinGroup && (below == 0 || below >= kMeasurementMinGroup);
  out.uncovered = out.shown ? 0 : below;
  return out;
}

GroupResult group_result(int answered, const std::vector<DimensionCounts>& counts, bool shown) {
  GroupResult out;
  out.answered = answered;
  out.visible = shown;
  if (!shown) return out;
  for (const auto& dimension : counts) {
    DimensionResult result{dimension.dimension, dimension.counts, 0, 0};
    long sum = 0;
    for (int p = 0; p < kScalePoints; ++p) {
      result.answers += dimension.counts[p];
      sum += static_cast<long>(dimension.counts[p]) * (p + 1);
    }
    if (result.answers > 0) result.mean = static_cast<double>(sum) / result.answers;
    out.dimensions.push_back(std::move(result));
  }
  return out;
}

}  // namespace sb
