#include "../body_checks.h"
#include "../module_bodies.h"
#include "modules/programmes/api/programme_json.h"

namespace sb::fuzz {

namespace {

using api::BodyReader;
using boost::json::object;

void hours(BodyReader& body, const object& json) {
  auto entry = api::read_hours_entry(body, Id{7});
  check_result(entry);
  if (!entry) return;
  FUZZ_CHECK(entry->enrolment_id == 7);
  FUZZ_CHECK(within(entry->part, -1, 1000) && within(entry->minutes, -1, 1'000'000));
  same_text(json, "note", entry->note);
}

void attendance(BodyReader& body, const object&) {
  auto marks = api::read_session_attendance(body, Id{7});
  check_result(marks);
  if (!marks) return;
  FUZZ_CHECK(marks->size() <= 500);
  for (const auto& mark : *marks) FUZZ_CHECK(mark.session_id == 7 && mark.enrolment_id > 0);
}

}  // namespace

void add_programmes_bodies(BodyChecks& checks) {
  checks.insert({
      {"programmes.assignment", plain<api::read_assignment>},
      {"programmes.enrol", with_path_id<api::read_enrol_request>},
      {"programmes.invite", with_path_id<api::read_invite_request>},
      {"programmes.round_copy", plain<api::read_round_copy>},
      {"programmes.project_groups", plain<api::read_project_groups>},
      {"programmes.attendance", attendance},
      {"programmes.hours", hours},
      {"programmes.hand_in", plain<api::read_hand_in_text>},
      {"programmes.review", with_path_id<api::read_review>},
  });
}

}  // namespace sb::fuzz
