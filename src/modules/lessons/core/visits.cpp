#include "modules/lessons/core/visits.h"

#include <algorithm>

#include "kernel/validation.h"
#include "modules/board/core/item_sources.h"
#include "modules/board/core/store.h"
#include "modules/lessons/core/designs.h"
#include "modules/lessons/core/rules.h"
#include "modules/lessons/core/store.h"
#include "modules/organisation/core/organisation.h"

namespace sb {
namespace {

constexpr std::size_t kMaxReflectionText = 4000;
constexpr std::size_t kMaxConclusion = 500;  // it becomes a board item's text

Result<LessonVisit> visit_of(ReadTx& tx, Id visit_id) {
  auto visit = lessons(tx).find_visit(visit_id);
  if (!visit) return std::unexpected(Error::not_found("No such lesson visit."));
  return *visit;
}

bool teaches_in(ReadTx& tx, Id team_id, Id user_id) {
  const auto members = organisation(tx).list_memberships_in_team(team_id);
  return std::any_of(members.begin(), members.end(),
                     [&](const MembershipView& m) { return m.user_id == user_id && m.role == Role::leraar; });
}

// The visit's notes belong to both teachers; the visitor alone observes.
PersonalScope both_of(const Scope& team, const LessonVisit& v) {
  return {team, {v.teacher_id, v.visitor_id}, v.shared_with_leadership};
}
PersonalScope visitor_of(const Scope& team, const LessonVisit& v) { return {team, {v.visitor_id}, false}; }

VisitView view_of(ReadTx& tx, const Principal& who, const Scope& team, const LessonVisit& visit) {
  VisitView view;
  view.visit = visit;
  view.design = *lessons(tx).find_design(visit.design_id);
  view.may_read_notes = authorize_personal(who, Action::view_visit_notes, both_of(team, visit)).has_value();
  view.may_observe = authorize_personal(who, Action::write_visit_notes, visitor_of(team, visit)).has_value();
  view.may_reflect = authorize_personal(who, Action::write_visit_notes, both_of(team, visit)).has_value();
  view.may_share = authorize_personal(who, Action::write_visit_notes, {team, {visit.teacher_id}, false}).has_value();
  if (view.may_read_notes) {
    view.observation = lessons(tx).find_observation(visit.id);
    view.form = observation_form(view.design.content, view.observation ? view.observation->criteria
                                                                       : std::vector<CriterionNote>{});
    view.reflection = lessons(tx).find_reflection(visit.id);
  }
  return view;
}

// Moves the design on when its lesson was given or evaluated; a design already further along stays.
Result<void> advance_design(WriteTx& tx, Id design_id, DesignStatus from, DesignStatus to, Id by, UnixTime now) {
  auto design = *lessons(tx).find_design(design_id);
  if (design.content.status != from) return ok();
  const auto version = design.version;
  design.content.status = to;
  design.updated_by = by;
  design.updated_at = now;
  return lessons(tx).update_design(design, version);
}

}  // namespace

Result<LessonVisit> plan_visit(Services& s, const Principal& who, Id team_id, const NewVisit& input) {
  const auto now = s.clock.now();
  SB_CHECK(check_visit_plan(input.starts_at, input.minutes, input.teacher_id, input.visitor_id, now));
  SB_TRY(group_name, clean_text("group_name", input.group_name, 100, Required::no));
  SB_TRY(location, clean_text("location", input.location, kMaxLocationLength, Required::no));
  return write_value<LessonVisit>(s.store, [&](WriteTx& tx) -> Result<LessonVisit> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::edit_lessons, scope));
    auto design = lessons(tx).find_design(input.design_id);
    if (!design || design->team_id != team_id) {
      return std::unexpected(Error{ErrorCode::not_found, "No such lesson design in this team.", "design_id"});
    }
    if (!teaches_in(tx, team_id, input.teacher_id)) {
      return std::unexpected(Error::invalid("teacher_id", "The visited teacher teaches in this team.").because("not_in_team"));
    }
    if (!teaches_in(tx, team_id, input.visitor_id)) {
      return std::unexpected(Error::invalid("visitor_id", "The visitor teaches in this team.").because("not_in_team"));
    }
    LessonVisit visit;
    visit.design_id = design->id;
    visit.team_id = team_id;
    visit.teacher_id = input.teacher_id;
    visit.visitor_id = input.visitor_id;
    visit.group_name = group_name.empty() ? design->content.group_name : group_name;
    visit.starts_at = input.starts_at;
    visit.minutes = input.minutes;
    visit.location = location;
    visit.planned_by = who.user.id;
    visit.created_at = now;
    SB_TRY(id, lessons(tx).insert_visit(visit));
    return *lessons(tx).find_visit(id);
  });
}

Result<std::vector<LessonVisit>> list_team_visits(Services& s, const Principal& who, Id team_id) {
  return read_value<std::vector<LessonVisit>>(s.store, [&](ReadTx& tx) -> Result<std::vector<LessonVisit>> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::view_lessons, scope));
    return lessons(tx).list_visits_of_team(team_id);
  });
}

Result<MyVisits> list_my_visits(Services& s, const Principal& who) {
  return read_value<MyVisits>(s.store, [&](ReadTx& tx) -> Result<MyVisits> {
    MyVisits out;
    for (auto& visit : lessons(tx).list_visits_of_person(who.user.id)) {
      SB_TRY(scope, scope_of_team(tx, visit.team_id));
      // Only where the person still teaches: a teacher who left the team no longer sees its visits.
      if (!is_allowed(who, Action::edit_lessons, scope)) continue;
      if (visit.status == LessonVisitStatus::planned) out.coming.push_back(std::move(visit));
      else out.done.push_back(std::move(visit));
    }
    std::reverse(out.done.begin(), out.done.end());
    return out;
  });
}

Result<VisitView> get_visit(Services& s, const Principal& who, Id visit_id) {
  return read_value<VisitView>(s.store, [&](ReadTx& tx) -> Result<VisitView> {
    SB_TRY(visit, visit_of(tx, visit_id));
    SB_TRY(scope, scope_of_team(tx, visit.team_id));
    // The team sees that the visit exists; a school leader only once it is shared with her.
    if (!is_allowed(who, Action::view_lessons, scope)) {
      SB_CHECK(authorize_personal(who, Action::view_visit_notes, both_of(scope, visit)));
    }
    return view_of(tx, who, scope, visit);
  });
}

Result<ObservationSaved> save_observation(Services& s, const Principal& who, Id visit_id, Observation input) {
  const auto now = s.clock.now();
  return write_value<ObservationSaved>(s.store, [&](WriteTx& tx) -> Result<ObservationSaved> {
    SB_TRY(visit, visit_of(tx, visit_id));
    SB_TRY(scope, scope_of_team(tx, visit.team_id));
    SB_CHECK(authorize_personal(who, Action::write_visit_notes, visitor_of(scope, visit)));
    const auto design = *lessons(tx).find_design(visit.design_id);
    input.visit_id = visit_id;
    SB_TRY(observation, check_observation(design.content, std::move(input)));
    auto stored = lessons(tx).find_observation(visit_id);
    // A save this device made before (resent after the connection came back), or an older one arriving late.
    if (stored && stored->client_key == observation.client_key && stored->client_seq >= observation.client_seq) {
      return ObservationSaved{*stored, false};
    }
    observation.updated_at = now;
    SB_CHECK(lessons(tx).save_observation(observation));
    if (visit.status == LessonVisitStatus::planned) {
      const auto version = visit.version;
      visit.status = LessonVisitStatus::held;
      SB_CHECK(lessons(tx).update_visit(visit, version));
      SB_CHECK(advance_design(tx, design.id, DesignStatus::ready, DesignStatus::taught, who.user.id, now));
    }
    return ObservationSaved{observation, true};
  });
}

Result<Reflection> save_reflection(Services& s, const Principal& who, Id visit_id, const ReflectionInput& input) {
  auto text = [](std::string_view field, const std::optional<std::string>& value, std::size_t max)
      -> Result<std::optional<std::string>> {
    if (!value) return std::optional<std::string>{};
    SB_TRY(clean, clean_text(field, *value, max, Required::no));
    return std::optional<std::string>{clean};
  };
  SB_TRY(students_did, text("students_did", input.students_did, kMaxReflectionText));
  SB_TRY(criteria_met, text("criteria_met", input.criteria_met, kMaxReflectionText));
  SB_TRY(change_next, text("change_next", input.change_next, kMaxReflectionText));
  SB_TRY(conclusion, text("conclusion", input.conclusion, kMaxConclusion));
  return write_value<Reflection>(s.store, [&](WriteTx& tx) -> Result<Reflection> {
    SB_TRY(visit, visit_of(tx, visit_id));
    SB_TRY(scope, scope_of_team(tx, visit.team_id));
    SB_CHECK(authorize_personal(who, Action::write_visit_notes, both_of(scope, visit)));
    auto reflection = lessons(tx).find_reflection(visit_id).value_or(Reflection{});
    if (reflection.concluded_at != 0) {
      return std::unexpected(Error{ErrorCode::failed_precondition, "The reflection is concluded: it is on the board.", ""});
    }
    reflection.visit_id = visit_id;
    if (students_did) reflection.students_did = *students_did;
    if (criteria_met) reflection.criteria_met = *criteria_met;
    if (change_next) reflection.change_next = *change_next;
    if (conclusion) reflection.conclusion = *conclusion;
    reflection.updated_by = who.user.id;
    reflection.updated_at = s.clock.now();
    // A stale version is a conflict: the other teacher wrote first (the store checks `input.version`).
    SB_CHECK(lessons(tx).save_reflection(reflection, input.version));
    return *lessons(tx).find_reflection(visit_id);
  });
}

Result<VisitView> conclude_reflection(Services& s, const Principal& who, Id visit_id, ConclusionKind kind,
                                      std::int64_t version) {
  const auto now = s.clock.now();
  return write_value<VisitView>(s.store, [&](WriteTx& tx) -> Result<VisitView> {
    SB_TRY(visit, visit_of(tx, visit_id));
    SB_TRY(scope, scope_of_team(tx, visit.team_id));
    SB_CHECK(authorize_personal(who, Action::write_visit_notes, both_of(scope, visit)));
    if (visit.status == LessonVisitStatus::planned) {
      return std::unexpected(Error{ErrorCode::failed_precondition, "A visit is reflected on after it was held.", ""});
    }
    if (visit.board_item_id || visit.status == LessonVisitStatus::reflected) {
      return std::unexpected(Error{ErrorCode::failed_precondition, "The reflection is concluded: it is on the board.", ""});
    }
    auto reflection = lessons(tx).find_reflection(visit_id);
    if (!reflection || reflection->version != version) {
      return std::unexpected(Error{ErrorCode::conflict, "The other teacher changed the reflection first.", "version"});
    }
    SB_TRY(text, clean_text("conclusion", reflection->conclusion, kMaxConclusion, Required::yes));
    const auto design = *lessons(tx).find_design(visit.design_id);
    ItemFromSource item;
    item.kind = kind == ConclusionKind::success ? ItemKind::success : ItemKind::action;
    item.text = text;
    item.notes = reflection->change_next;
    auto goal = board(tx).find_goal(design.goal_id);
    if (goal && goal->team_id == visit.team_id) item.goal_id = goal->id;
    if (kind == ConclusionKind::action) item.owner_ids = {visit.teacher_id, visit.visitor_id};
    item.source = ItemSource{"lesson_visit", visit.id};
    SB_TRY(on_board, add_item_from_source(s, tx, who, visit.team_id, item));
    reflection->conclusion = text;
    reflection->conclusion_kind = kind;
    reflection->concluded_at = now;
    reflection->updated_by = who.user.id;
    reflection->updated_at = now;
    SB_CHECK(lessons(tx).save_reflection(*reflection, version));
    const auto visit_version = visit.version;
    visit.status = LessonVisitStatus::reflected;
    visit.board_item_id = on_board.id;
    SB_CHECK(lessons(tx).update_visit(visit, visit_version));
    SB_CHECK(advance_design(tx, design.id, DesignStatus::taught, DesignStatus::evaluated, who.user.id, now));
    return view_of(tx, who, scope, *lessons(tx).find_visit(visit_id));
  });
}

Result<LessonVisit> share_visit(Services& s, const Principal& who, Id visit_id, bool shared, std::int64_t version) {
  return write_value<LessonVisit>(s.store, [&](WriteTx& tx) -> Result<LessonVisit> {
    SB_TRY(visit, visit_of(tx, visit_id));
    SB_TRY(scope, scope_of_team(tx, visit.team_id));
    // Only the visited teacher decides whom she shows her lesson's notes.
    SB_CHECK(authorize_personal(who, Action::write_visit_notes, {scope, {visit.teacher_id}, false}));
    visit.shared_with_leadership = shared;
    SB_CHECK(lessons(tx).update_visit(visit, version));
    return *lessons(tx).find_visit(visit_id);
  });
}

Result<std::vector<LessonCounts>> school_lesson_counts(Services& s, const Principal& who, Id school_id) {
  return read_value<std::vector<LessonCounts>>(s.store, [&](ReadTx& tx) -> Result<std::vector<LessonCounts>> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::view_lesson_counts, scope));
    std::vector<LessonCounts> out;
    for (const auto& team : organisation(tx).list_teams_of_school(school_id)) {
      auto counts = lessons(tx).count_lessons(team.id);
      counts.team_id = team.id;
      counts.team_name = team.name;
      out.push_back(std::move(counts));
    }
    return out;
  });
}

Result<GoalLessons> lessons_of_goal(Services& s, const Principal& who, Id goal_id) {
  return read_value<GoalLessons>(s.store, [&](ReadTx& tx) -> Result<GoalLessons> {
    auto goal = board(tx).find_goal(goal_id);
    if (!goal) return std::unexpected(Error::not_found("No such goal."));
    SB_TRY(scope, scope_of_team(tx, goal->team_id));
    SB_CHECK(authorize(who, Action::view_lessons, scope));
    GoalLessons out;
    out.designs = lessons(tx).list_designs_of_goal(goal_id);
    for (const auto& design : out.designs) {
      for (auto& visit : lessons(tx).list_visits_of_design(design.id)) out.visits.push_back(std::move(visit));
    }
    return out;
  });
}

}  // namespace sb
