// The academy, rhythm and notifications modules: a few readers each.
#include "../body_checks.h"
#include "../module_bodies.h"
#include "modules/academy/api/academy_json.h"
#include "modules/notifications/api/notifications_json.h"
#include "modules/rhythm/api/rhythm_json.h"

namespace sb::fuzz {

namespace {

using api::BodyReader;
using boost::json::object;

void preference_changes(BodyReader& body, const object& json) {
  auto changes = api::read_preference_changes(body);
  check_result(changes);
  if (!changes) return;
  // One change per topic the body names with a boolean, as it said.
  for (const auto& change : *changes) {
    const auto* field = json.if_contains(to_string(change.topic));
    FUZZ_CHECK(field && field->is_bool() && field->as_bool() == change.wanted);
  }
}

}  // namespace

void add_academy_bodies(BodyChecks& checks) {
  checks.insert({
      {"academy.module", plain<api::read_academy_module>},
      {"academy.item", plain<api::read_academy_item>},
      {"academy.mark", plain<api::read_academy_mark>},
  });
}

void add_rhythm_bodies(BodyChecks& checks) {
  checks.insert({
      {"rhythm.new_strategic_goal", plain<api::read_new_strategic_goal>},
      {"rhythm.strategic_goal_change", plain<api::read_strategic_goal_change>},
      {"rhythm.ambition_link", plain<api::read_ambition_link>},
      {"rhythm.holiday", plain<api::read_holiday>},
  });
}

void add_notifications_bodies(BodyChecks& checks) {
  checks.insert({{"notifications.preferences", preference_changes}});
}

}  // namespace sb::fuzz
