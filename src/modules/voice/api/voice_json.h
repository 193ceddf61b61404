// The bodies the student-voice routes take (teacher and student), read into
// the module's input types. Each reader reads the whole body and refuses a
// field it does not know.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "modules/voice/core/rounds.h"
#include "server/api/json_io.h"

namespace sb::api {

// A student's answers from their phone.
struct StudentAnswers {
  std::string code;
  std::string device_token;
  std::vector<Answer> answers;
};

// A new round; numbers are clamped to -1..1,000,000 and at most kMaxQuestions + 1 questions are read, so core
// names the limits.
Result<NewRound> read_new_voice_round(BodyReader& body);
// {"shared": bool}, required.
Result<bool> read_voice_share(BodyReader& body);
// {"words": "..."}: the words to hide, separated by commas or new lines, each trimmed, empty ones left out.
Result<std::vector<std::string>> read_hidden_words(BodyReader& body);
// {"code": "..."}: a round's code as a student types it.
Result<std::string> read_voice_code(BodyReader& body);
Result<StudentAnswers> read_student_answers(BodyReader& body);

}  // namespace sb::api
