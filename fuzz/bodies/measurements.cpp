#include "../body_checks.h"
#include "../module_bodies.h"
#include "modules/measurements/api/measurements_json.h"
#include "modules/measurements/core/rules.h"

namespace sb::fuzz {

namespace {

using api::BodyReader;
using boost::json::object;

void new_questionnaire(BodyReader& body, const object& json) {
  auto questionnaire = api::read_new_questionnaire(body);
  check_result(questionnaire);
  if (!questionnaire) return;
  FUZZ_CHECK(questionnaire->statements.size() <= kMaxStatements + 1);
  same_text(json, "title", questionnaire->title);
}

void link_answers(BodyReader& body, const object& json) {
  auto link = api::read_link_answers(body);
  check_result(link);
  if (!link) return;
  same_text(json, "token", link->token);
  FUZZ_CHECK(link->answers.size() <= kMaxStatements);
  // One value per statement, clamped to -1..100.
  for (int value : link->answers) FUZZ_CHECK(within(value, -1, 100));
}

}  // namespace

void add_measurements_bodies(BodyChecks& checks) {
  checks.insert({
      {"measurements.new_questionnaire", new_questionnaire},
      {"measurements.new_round", plain<api::read_new_measurement_round>},
      {"measurements.release", plain<api::read_release>},
      {"measurements.link_token", plain<api::read_link_token>},
      {"measurements.link_answers", link_answers},
  });
}

}  // namespace sb::fuzz
