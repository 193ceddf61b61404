#include "kernel/policy.h"

#include <algorithm>

namespace sb {
namespace {

bool has(const Principal& who, Role role, auto&& matches) {
  return std::any_of(who.memberships.begin(), who.memberships.end(),
                     [&](const MembershipView& m) { return m.role == role && matches(m); });
}

bool in_school(const MembershipView& m, const Scope& where) {
  return where.school_id && m.school_id == where.school_id;
}
bool in_team(const MembershipView& m, const Scope& where) {
  return where.team_id && m.team_id == where.team_id;
}
bool in_bestuur(const MembershipView& m, const Scope& where) {
  return where.bestuur_id && m.bestuur_id == where.bestuur_id;
}

// School-level roles held in the scope's school.
bool school_role(const Principal& who, Role role, const Scope& where) {
  return has(who, role, [&](const MembershipView& m) { return m.team_id == std::nullopt && in_school(m, where); });
}
bool team_member(const Principal& who, const Scope& where) {
  return has(who, Role::leraar, [&](const MembershipView& m) { return in_team(m, where); });
}
bool bestuurder_of(const Principal& who, const Scope& where) {
  return has(who, Role::bestuurder, [&](const MembershipView& m) { return in_bestuur(m, where); });
}
// Programme staff hold their role on the platform: it reaches every school's trajectory.
bool programme_staff(const Principal& who) {
  return has(who, Role::programmabeheerder, [](const MembershipView&) { return true; });
}
bool any_role_in_school(const Principal& who, const Scope& where) {
  return std::any_of(who.memberships.begin(), who.memberships.end(),
                     [&](const MembershipView& m) { return in_school(m, where); });
}

}  // namespace

static bool may_know_of(const Principal& who, const Scope& where);

std::string_view to_string(Action action) {
  switch (action) {
    case Action::administer_platform: return "administer_platform";
    case Action::view_bestuur: return "view_bestuur";
    case Action::view_school: return "view_school";
    case Action::manage_school: return "manage_school";
    case Action::view_team: return "view_team";
    case Action::manage_team: return "manage_team";
    case Action::view_board: return "view_board";
    case Action::edit_board: return "edit_board";
    case Action::view_rhythm: return "view_rhythm";
    case Action::manage_strategic_goals: return "manage_strategic_goals";
    case Action::manage_holidays: return "manage_holidays";
    case Action::view_trajectory: return "view_trajectory";
    case Action::run_trajectory: return "run_trajectory";
    case Action::manage_trajectories: return "manage_trajectories";
    case Action::plan_visits: return "plan_visits";
    case Action::view_lessons: return "view_lessons";
    case Action::edit_lessons: return "edit_lessons";
    case Action::view_lesson_counts: return "view_lesson_counts";
    case Action::view_visit_notes: return "view_visit_notes";
    case Action::write_visit_notes: return "write_visit_notes";
    case Action::manage_programmes: return "manage_programmes";
    case Action::run_voice_rounds: return "run_voice_rounds";
    case Action::view_voice_round: return "view_voice_round";
    case Action::view_voice_overview: return "view_voice_overview";
    case Action::manage_questionnaires: return "manage_questionnaires";
    case Action::run_measurements: return "run_measurements";
    case Action::view_measurements: return "view_measurements";
    case Action::view_released_measurements: return "view_released_measurements";
    case Action::manage_academy: return "manage_academy";
    case Action::view_academy_progress: return "view_academy_progress";
    case Action::run_class_boards: return "run_class_boards";
    case Action::view_class_board_overview: return "view_class_board_overview";
    case Action::view_class_board_screen: return "view_class_board_screen";
    case Action::operate_class_board_screen: return "operate_class_board_screen";
    case Action::manage_mentoring: return "manage_mentoring";
    case Action::apply_for_mentoring: return "apply_for_mentoring";
    case Action::view_mentoring_pair: return "view_mentoring_pair";
    case Action::edit_mentoring_pair: return "edit_mentoring_pair";
    case Action::invite_to_programme: return "invite_to_programme";
    case Action::hand_in_assignment: return "hand_in_assignment";
    case Action::view_hand_in: return "view_hand_in";
  }
  return "unknown";
}

bool is_allowed(const Principal& who, Action action, const Scope& where) {
  if (who.user.is_admin) return true;
  switch (action) {
    case Action::administer_platform:
      return false;
    case Action::view_bestuur:
      return bestuurder_of(who, where);
    case Action::view_school:
      return any_role_in_school(who, where) || bestuurder_of(who, where);
    case Action::manage_school:
    case Action::manage_team:
      return school_role(who, Role::schoolleider, where);
    case Action::view_team:
    case Action::view_board:
      return team_member(who, where) || school_role(who, Role::schoolleider, where) ||
             school_role(who, Role::schoolcoach, where) || school_role(who, Role::expertcoach, where) ||
             bestuurder_of(who, where);
    case Action::edit_board:
      return team_member(who, where) || school_role(who, Role::schoolleider, where) ||
             school_role(who, Role::schoolcoach, where);
    case Action::view_rhythm:
      return bestuurder_of(who, where) || school_role(who, Role::schoolleider, where) ||
             school_role(who, Role::schoolcoach, where) || school_role(who, Role::expertcoach, where);
    case Action::manage_strategic_goals:
      return bestuurder_of(who, where);
    case Action::manage_holidays:
      return programme_staff(who);
    case Action::view_trajectory:
      return programme_staff(who) || school_role(who, Role::schoolleider, where) ||
             school_role(who, Role::schoolcoach, where) || school_role(who, Role::expertcoach, where) ||
             bestuurder_of(who, where);
    case Action::run_trajectory:
    case Action::plan_visits:
      return programme_staff(who) || school_role(who, Role::expertcoach, where);
    case Action::manage_trajectories:
      return programme_staff(who);
    case Action::view_lessons:
      return team_member(who, where) || school_role(who, Role::schoolcoach, where);
    case Action::edit_lessons:
      return team_member(who, where);
    case Action::view_lesson_counts:
      // A school scope (the leadership's overview) or a team scope: anyone who may read the boards there.
      if (!where.team_id) {
        return school_role(who, Role::schoolleider, where) || school_role(who, Role::schoolcoach, where) ||
               school_role(who, Role::expertcoach, where) || bestuurder_of(who, where);
      }
      return is_allowed(who, Action::view_board, where);
    case Action::view_visit_notes:
    case Action::write_visit_notes:
      return false;  // personal: only through authorize_personal
    case Action::manage_programmes:
      return programme_staff(who);
    case Action::run_voice_rounds:
      return team_member(who, where);
    case Action::view_voice_round:
      return team_member(who, where) || school_role(who, Role::schoolleider, where);
    case Action::view_voice_overview:
      return school_role(who, Role::schoolleider, where);
    case Action::manage_questionnaires:
      return programme_staff(who);
    case Action::run_measurements:
      return programme_staff(who) || school_role(who, Role::schoolleider, where);
    case Action::view_measurements:
      return programme_staff(who) || school_role(who, Role::schoolleider, where) || bestuurder_of(who, where);
    case Action::view_released_measurements:
      return is_allowed(who, Action::view_measurements, where) || any_role_in_school(who, where);
    case Action::manage_academy:
      return programme_staff(who);
    case Action::view_academy_progress:
      return school_role(who, Role::schoolcoach, where) || school_role(who, Role::schoolleider, where) ||
             school_role(who, Role::expertcoach, where);
    case Action::run_class_boards:
      return team_member(who, where);
    case Action::view_class_board_overview:
      return school_role(who, Role::schoolleider, where);
    case Action::view_class_board_screen:
    case Action::operate_class_board_screen:
      return false;  // screens without an account: only through authorize_screen
    case Action::manage_mentoring:
      return programme_staff(who);
    case Action::apply_for_mentoring:
      return school_role(who, Role::schoolleider, where) || school_role(who, Role::schoolcoach, where);
    case Action::view_mentoring_pair:
    case Action::edit_mentoring_pair:
      return false;  // personal: only through authorize_personal
    case Action::invite_to_programme:
      if (where.school_id) return school_role(who, Role::schoolleider, where) || bestuurder_of(who, where);
      return where.bestuur_id.has_value() && bestuurder_of(who, where);
    case Action::hand_in_assignment:
    case Action::view_hand_in:
      return false;  // personal: only through authorize_personal
  }
  return false;
}

Result<void> authorize_personal(const Principal& who, Action action, const PersonalScope& where) {
  const bool party = std::find(where.people.begin(), where.people.end(), who.user.id) != where.people.end();
  bool allowed = false;
  if (action == Action::view_visit_notes) {
    // The platform admin keeps the system running, not reading teachers' notes: no exception here.
    allowed = (party && team_member(who, where.team)) ||
              (where.shared_with_leadership && school_role(who, Role::schoolleider, where.team));
  } else if (action == Action::write_visit_notes) {
    allowed = party && team_member(who, where.team);
  } else if (action == Action::view_mentoring_pair || action == Action::edit_mentoring_pair) {
    // A mentor holds no role in the school: being one of the pair is what counts (issue 15, privacy).
    if (party || (action == Action::view_mentoring_pair && programme_staff(who))) return ok();
    return std::unexpected(Error::not_found("Not found."));
  } else if (action == Action::hand_in_assignment || action == Action::view_hand_in) {
    // A participant's work is theirs and the programme staff's; to anyone else it does not exist.
    if (party || (action == Action::view_hand_in && programme_staff(who))) return ok();
    return std::unexpected(Error::not_found("Not found."));
  } else {
    return authorize(who, action, where.team);
  }
  if (allowed) return ok();
  if (!may_know_of(who, where.team)) return std::unexpected(Error::not_found("Not found."));
  return std::unexpected(Error::denied("These notes belong to the visited teacher and the visitor."));
}

// Whether the caller may know the thing exists at all: a role in its school,
// a bestuurder of its bestuur, or for a bestuur any role under it. The
// platform itself is known to everyone.
static bool may_know_of(const Principal& who, const Scope& where) {
  if (where.school_id) return any_role_in_school(who, where) || bestuurder_of(who, where);
  if (where.bestuur_id) {
    return std::any_of(who.memberships.begin(), who.memberships.end(),
                       [&](const MembershipView& m) { return in_bestuur(m, where); });
  }
  return true;
}

Result<void> authorize(const Principal& who, Action action, const Scope& where) {
  if (is_allowed(who, action, where)) return ok();
  // Another school's thing answers as if it did not exist, so ids tell nothing.
  if (!may_know_of(who, where)) return std::unexpected(Error::not_found("Not found."));
  return std::unexpected(Error::denied());
}

bool holds_role_in_school(const Principal& who, Role role, Id school_id) {
  return has(who, role, [&](const MembershipView& m) { return m.school_id == school_id; });
}

Result<void> authorize_screen(ScreenGrant grant, Action action) {
  const bool allowed = action == Action::view_class_board_screen ||
                       (action == Action::operate_class_board_screen && grant == ScreenGrant::session);
  if (allowed) return ok();
  return std::unexpected(Error::denied(grant == ScreenGrant::display ? "This screen only shows the class board."
                                                                     : "A classroom screen cannot do this."));
}

}  // namespace sb
