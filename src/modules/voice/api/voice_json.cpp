#include "modules/voice/api/voice_json.h"

#include <algorithm>

#include "kernel/validation.h"

namespace sb::api {

Result<NewRound> read_new_voice_round(BodyReader& body) {
  NewRound input;
  SB_TRY(title, body.string("title"));
  SB_TRY(level, body.string("level"));
  SB_TRY(template_key, body.optional_string("template"));
  SB_TRY(questions, body.object_list("questions", kMaxQuestions + 1));
  SB_TRY(class_size, body.integer("class_size"));
  SB_TRY(min_answers, body.optional_integer("min_answers"));
  SB_TRY(open_minutes, body.optional_integer("open_minutes"));
  SB_TRY(keep_until, body.optional_string("keep_until"));
  SB_TRY(lesson_design_id, body.optional_id("lesson_design_id"));
  SB_TRY(criteria_as_questions, body.optional_bool("criteria_as_questions"));
  input.lesson_design_id = lesson_design_id;
  input.criteria_as_questions = criteria_as_questions.value_or(false);
  for (auto& question : questions) {
    SB_TRY(kind_text, question.string("kind"));
    SB_TRY(text, question.string("text"));
    SB_CHECK(question.finish());
    const auto kind = parse_question_kind(kind_text);
    if (!kind) return std::unexpected(Error::invalid("questions.kind", "A question is a scale or open."));
    input.questions.push_back({*kind, std::move(text)});
  }
  auto small = [](std::int64_t v) { return static_cast<int>(std::clamp<std::int64_t>(v, -1, 1'000'000)); };
  input.title = std::move(title);
  input.level = std::move(level);
  input.template_key = std::move(template_key);
  input.class_size = small(class_size);
  if (min_answers) input.min_answers = small(*min_answers);
  if (open_minutes) input.open_minutes = small(*open_minutes);
  input.keep_until = std::move(keep_until);
  SB_CHECK(body.finish());
  return input;
}

namespace {

Result<std::vector<Answer>> read_answers(BodyReader& body) {
  SB_TRY(items, body.object_list("answers", kMaxQuestions));
  std::vector<Answer> answers;
  for (auto& item : items) {
    Answer answer;
    SB_TRY(question, item.integer("question"));
    SB_TRY(value, item.optional_integer("value"));
    SB_TRY(text, item.optional_string("text"));
    SB_CHECK(item.finish());
    answer.question = static_cast<int>(std::clamp<std::int64_t>(question, -1, kMaxQuestions));
    if (value) answer.value = static_cast<int>(std::clamp<std::int64_t>(*value, -1, 100));
    answer.text = text.value_or("");
    answers.push_back(std::move(answer));
  }
  return answers;
}

// The hidden words as the teacher types them: separated by commas or new lines.
std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    if (c == ',' || c == '\n') {
      if (!trim(word).empty()) out.push_back(trim(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!trim(word).empty()) out.push_back(trim(word));
  return out;
}

}  // namespace

Result<bool> read_voice_share(BodyReader& body) {
  SB_TRY(shared, body.optional_bool("shared"));
  SB_CHECK(body.finish());
  if (!shared) return std::unexpected(Error::required("shared"));
  return *shared;
}

Result<std::vector<std::string>> read_hidden_words(BodyReader& body) {
  SB_TRY(words, body.string("words"));
  SB_CHECK(body.finish());
  return split_words(words);
}

Result<std::string> read_voice_code(BodyReader& body) {
  SB_TRY(code, body.string("code"));
  SB_CHECK(body.finish());
  return code;
}

Result<StudentAnswers> read_student_answers(BodyReader& body) {
  SB_TRY(code, body.string("code"));
  SB_TRY(token, body.string("device_token"));
  SB_TRY(answers, read_answers(body));
  SB_CHECK(body.finish());
  return StudentAnswers{std::move(code), std::move(token), std::move(answers)};
}

}  // namespace sb::api
