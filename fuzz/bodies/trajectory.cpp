#include "../body_checks.h"
#include "../module_bodies.h"
#include "modules/trajectory/api/trajectory_json.h"
#include "modules/trajectory/core/rules.h"

namespace sb::fuzz {

namespace {

using api::BodyReader;
using boost::json::object;

void registration(BodyReader& body, const object&) {
  auto read = api::read_registration(body);
  check_result(read);
  if (read) FUZZ_CHECK(within(read->pupils, 1, 10000));
}

void fte_rule(BodyReader& body, const object&) {
  auto rule = api::read_fte_rule(body);
  check_result(rule);
  if (!rule) return;
  FUZZ_CHECK(rule->size() <= 20);
  for (const auto& band : *rule) {
    FUZZ_CHECK(within(band.from_pupils, -1, kMaxPupils + 1));
    FUZZ_CHECK(within(band.fte_hundredths, -1, 1000));
  }
}

void tariffs(BodyReader& body, const object&) {
  auto table = api::read_tariffs(body);
  check_result(table);
  if (table) FUZZ_CHECK(table->tariffs.size() <= 4);
}

void quote(BodyReader& body, const object&) {
  auto request = api::read_quote_request(body);
  check_result(request);
  if (request) FUZZ_CHECK(within(request->teams, -1, 1000) && within(request->years, -1, 1000));
}

}  // namespace

void add_trajectory_bodies(BodyChecks& checks) {
  checks.insert({
      {"trajectory.registration", registration},
      {"trajectory.pupils", plain<api::read_pupils>},
      {"trajectory.step", plain<api::read_step_record>},
      {"trajectory.condition", plain<api::read_condition_check>},
      {"trajectory.fte_rule", fte_rule},
      {"trajectory.tariffs", tariffs},
      {"trajectory.quote", quote},
      {"trajectory.visit_plan", plain<api::read_visit_plan>},
      {"trajectory.visit_report", plain<api::read_visit_report>},
      {"trajectory.meeting", plain<api::read_meeting>},
      {"trajectory.meeting_signup", plain<api::read_meeting_signup>},
      {"trajectory.attendance", plain<api::read_attendance_marks>},
      {"trajectory.foundation_message", plain<api::read_foundation_message>},
  });
}

}  // namespace sb::fuzz
