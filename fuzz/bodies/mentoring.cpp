#include "../body_checks.h"
#include "../module_bodies.h"
#include "modules/mentoring/api/mentoring_json.h"

namespace sb::fuzz {

namespace {

using api::BodyReader;
using boost::json::object;

void application(BodyReader& body, const object& json) {
  auto input = api::read_mentor_application(body);
  check_result(input);
  if (!input) return;
  same_text(json, "name", input->name);
  same_text(json, "email", input->email);
  FUZZ_CHECK(input->sectors.size() <= 4 && input->months.size() <= 4);
}

void meeting_plan(BodyReader& body, const object&) {
  auto planned = api::read_meeting_plan(body);
  check_result(planned);
  if (planned) FUZZ_CHECK(within(planned->number, -1, 99));
}

void meeting_log(BodyReader& body, const object&) {
  auto logged = api::read_meeting_log(body);
  check_result(logged);
  if (logged) FUZZ_CHECK(within(logged->number, -1, 99));
}

void pool_import(BodyReader& body, const object& json) {
  auto upload = api::read_pool_import(body);
  check_result(upload);
  if (upload) same_text(json, "csv", upload->csv);
}

}  // namespace

void add_mentoring_bodies(BodyChecks& checks) {
  checks.insert({
      {"mentoring.application", application},
      {"mentoring.application_change", plain<api::read_mentor_application_change>},
      {"mentoring.application_token", plain<api::read_application_token>},
      {"mentoring.mentee_application", plain<api::read_mentee_application>},
      {"mentoring.meeting_plan", meeting_plan},
      {"mentoring.meeting_log", meeting_log},
      {"mentoring.meeting_to_board", plain<api::read_meeting_to_board>},
      {"mentoring.pool_import", pool_import},
      {"mentoring.pair_decision", plain<api::read_pair_decision>},
      {"mentoring.guide_text", plain<api::read_guide_text>},
      {"mentoring.inspiration_school", plain<api::read_inspiration_school>},
      {"mentoring.event", plain<api::read_mentoring_event>},
  });
}

}  // namespace sb::fuzz
