// The bodies the measurements module's routes take, read into its input types.
// Each reader reads the whole body and refuses a field it does not know.
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "modules/measurements/core/measurements.h"
#include "server/api/json_io.h"

namespace sb::api {

// What a respondent's link sends with its answers.
struct LinkAnswers {
  std::string token;
  MeasurementAnswers answers;
};

// A questionnaire: title, description?, statements [{dimension, text}] (at most kMaxStatements + 1, so core names
// the limit).
Result<NewQuestionnaire> read_new_questionnaire(BodyReader& body);
Result<NewMeasurementRound> read_new_measurement_round(BodyReader& body);
// {"released": bool}, required.
Result<bool> read_release(BodyReader& body);
// {"token": "..."}: a respondent's link.
Result<std::string> read_link_token(BodyReader& body);
// {"token", "answers": [{statement, value}]}: each statement once, in range; a value is clamped to -1..100.
Result<LinkAnswers> read_link_answers(BodyReader& body);

}  // namespace sb::api
