#include "module_bodies.h"

#include "body_checks.h"

namespace sb::fuzz {

const BodyChecks& module_bodies() {
  static const BodyChecks checks = [] {
    BodyChecks all;
    all.emplace("version_only", plain<api::read_version_only>);
    all.emplace("account_setup", plain<api::read_account_setup>);
    add_board_bodies(all);
    add_measurements_bodies(all);
    add_classboard_bodies(all);
    add_voice_bodies(all);
    add_mentoring_bodies(all);
    add_trajectory_bodies(all);
    add_academy_bodies(all);
    add_rhythm_bodies(all);
    add_notifications_bodies(all);
    add_lessons_bodies(all);
    add_programmes_bodies(all);
    add_organisation_bodies(all);
    return all;
  }();
  return checks;
}

}  // namespace sb::fuzz
