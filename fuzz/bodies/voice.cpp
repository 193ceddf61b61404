#include "../body_checks.h"
#include "../module_bodies.h"
#include "modules/voice/api/voice_json.h"
#include "kernel/validation.h"
#include "modules/voice/core/rules.h"

namespace sb::fuzz {

namespace {

using api::BodyReader;
using boost::json::object;

void hidden_words(BodyReader& body, const object&) {
  auto words = api::read_hidden_words(body);
  check_result(words);
  if (!words) return;
  // Split on commas and new lines, each trimmed, none empty.
  for (const auto& word : *words) {
    FUZZ_CHECK(!word.empty());
    FUZZ_CHECK(word.find(',') == std::string::npos && word.find('\n') == std::string::npos);
    FUZZ_CHECK(trim(word) == word);
  }
}

void new_round(BodyReader& body, const object& json) {
  auto round = api::read_new_voice_round(body);
  check_result(round);
  if (!round) return;
  FUZZ_CHECK(round->questions.size() <= static_cast<std::size_t>(kMaxQuestions) + 1);
  FUZZ_CHECK(within(round->class_size, -1, 1'000'000));
  same_text(json, "title", round->title);
}

void student_answers(BodyReader& body, const object&) {
  auto sent = api::read_student_answers(body);
  check_result(sent);
  if (!sent) return;
  FUZZ_CHECK(sent->answers.size() <= static_cast<std::size_t>(kMaxQuestions));
  for (const auto& answer : sent->answers) {
    FUZZ_CHECK(within(answer.question, -1, kMaxQuestions));
    if (answer.value) FUZZ_CHECK(within(*answer.value, -1, 100));
  }
}

}  // namespace

void add_voice_bodies(BodyChecks& checks) {
  checks.insert({
      {"voice.new_round", new_round},
      {"voice.share", plain<api::read_voice_share>},
      {"voice.hidden_words", hidden_words},
      {"voice.code", plain<api::read_voice_code>},
      {"voice.student_answers", student_answers},
  });
}

}  // namespace sb::fuzz
