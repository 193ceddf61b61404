// The access policy: the one place that decides, by role and school, who may
// do what. Every HTTP route and every use case asks here; nothing else grants
// access. The rules are plain functions of who asks (Principal) and where the
// thing lives (Scope), so they are cheap and fully unit-tested.
//
// Thread-safety: pure functions over values.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/model.h"

namespace sb {

// Who is asking: a signed-in user with every membership resolved.
struct Principal {
  User user;
  std::vector<MembershipView> memberships;
};

// Where the thing acted on lives. A team scope also names its school and
// bestuur; a school scope its bestuur. Unset ids mean "not applicable".
struct Scope {
  std::optional<Id> team_id;
  std::optional<Id> school_id;
  std::optional<Id> bestuur_id;

  static Scope platform() { return {}; }
};

enum class Action {
  // Platform administration: besturen, schools, admins.
  administer_platform,
  // See a bestuur and its schools.
  view_bestuur,
  // See a school: its teams and staff.
  view_school,
  // Manage a school: teams, invitations, memberships, school details.
  manage_school,
  // See a team and its members.
  view_team,
  // Change a team (name, members).
  manage_team,
  // Read a team's board (later modules).
  view_board,
  // Edit a team's board (later modules).
  edit_board,
  // See the rhythm and the cascade above the team: a school's teams (its leader and coaches) or a bestuur's schools.
  view_rhythm,
  // Set a bestuur's strategic goals (its bestuurder).
  manage_strategic_goals,
  // Add school holidays beyond the dataset (programme staff).
  manage_holidays,
  // See a school's trajectory: its steps, conditions, quotes, visits and reports.
  view_trajectory,
  // Record a school's trajectory steps and intake conditions (programme staff, its expert coach).
  run_trajectory,
  // Run the schools' trajectories as a whole: the pipeline, the coach-fte rule, tariffs, quotes, approvals.
  manage_trajectories,
  // Plan a school's expert-coach visits and write their reports.
  plan_visits,
  // Read a team's lesson designs and planned visits (lessons module): the team's teachers and the school's coaches.
  view_lessons,
  // Co-design lessons and plan visits: the team's teachers.
  edit_lessons,
  // See how many designs, visits and reflections a team has, never their notes: everyone who may read its board.
  view_lesson_counts,
  // Read a lesson visit's observation and reflection (a personal scope): its two teachers; the school leader once shared.
  view_visit_notes,
  // Write a lesson visit's observation and reflection (a personal scope): its two teachers only.
  write_visit_notes,
  // Run the leadership programmes: catalogue, rounds, enrolments, attendance, hours, exports (programme staff).
  manage_programmes,
  // Open and run one's own student feedback rounds in a team (voice module).
  run_voice_rounds,
  // Read a feedback round: its teacher, or a school leader when the teacher shared it (voice module).
  view_voice_round,
  // See how many feedback rounds each team of a school ran, and the shared ones (voice module).
  view_voice_overview,
  // Write the questionnaires of metingen and see every school's rounds (programme staff; measurements module).
  manage_questionnaires,
  // Open, close and release a school's measurement rounds: programme staff, the school's leader.
  run_measurements,
  // See every measurement result of a school or bestuur: programme staff, the school leader, the bestuurder.
  view_measurements,
  // See a school's released measurement results: anyone with a role in the school, and whoever may view_measurements.
  view_released_measurements,
  // Edit the academy's modules, videos and step plans (programme staff).
  manage_academy,
  // See the academy progress of a school's teams: its school coaches, school leaders and expert coach.
  view_academy_progress,
  // Make and run one's own class boards in a team, with their display links and sessions (classboard module).
  run_class_boards,
  // See how many class boards each team of a school has, never their content (classboard module).
  view_class_board_overview,
  // Read a class board on a classroom screen without an account: a display link or a session (classboard module).
  view_class_board_screen,
  // Add cards, tick them off and record the week's measurement on the classroom screen: a session only (classboard).
  operate_class_board_screen,
  // Run the mentoring programme: the pool, runs of the engine, locks, publishing, on-track (programme staff).
  manage_mentoring,
  // Apply as a mentee: a school leader or school coach of the school (mentoring module).
  apply_for_mentoring,
  // See a mentoring pair and its meetings (a personal scope): its mentor and mentee; programme staff.
  view_mentoring_pair,
  // Plan and log a mentoring pair's meetings (a personal scope): its mentor and mentee only.
  edit_mentoring_pair,
  // Enrol a colleague without an account in a leadership programme by invitation: into a school, its leader or
  // the bestuurder of its bestuur; into a bestuur (as bestuurder), its bestuurder (programmes module).
  invite_to_programme,
  // Hand in one's work on a programme assignment (a personal scope: the enrolled participant only; programmes).
  hand_in_assignment,
  // Read a hand-in (a personal scope): its participant and programme staff; anyone else gets not_found.
  view_hand_in,
};

std::string_view to_string(Action action);

// Ok when allowed; permission_denied when the caller has a role where the
// thing lives (a teacher asking to manage her school); not_found when the
// caller has none there, exactly as for an id that does not exist.
Result<void> authorize(const Principal& who, Action action, const Scope& where);
bool is_allowed(const Principal& who, Action action, const Scope& where);

// A thing of a team that belongs to some of its people (a lesson visit belongs to the visited teacher and the
// visitor): the team's scope, those people, and whether they shared it with the school leadership. Use cases
// read it fresh inside their unit of work (the gate's scope cache does not know people) and ask here.
struct PersonalScope {
  Scope team;
  std::vector<Id> people;
  bool shared_with_leadership = false;
};
Result<void> authorize_personal(const Principal& who, Action action, const PersonalScope& where);

// The roles a principal holds in a school (directly, or via a team of it).
bool holds_role_in_school(const Principal& who, Role role, Id school_id);

// A classroom screen that holds no account, only a grant for one class board (classboard module): a display
// link reads it; a session the teacher opened also operates it. Every other action is refused.
enum class ScreenGrant { display, session };
Result<void> authorize_screen(ScreenGrant grant, Action action);

}  // namespace sb
