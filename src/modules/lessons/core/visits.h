// Use cases of lesson visits: a teacher of the team plans a visit from a
// design (who gives the lesson, who visits, which class, when, where); the
// visitor observes with a form built from the design's success criteria,
// saved again and again from the phone (idempotent by a client key and save
// count, so a resent save after a dropped connection changes nothing); both
// teachers write the reflection talk, whose conclusion goes to the team's
// board as a success or an action through the board's entry point
// (board/core/item_sources.h), live on every screen.
//
// Whose data: the visit's notes and reflection belong to the visited teacher
// and the visitor (kernel/policy.h, authorize_personal); the visited teacher
// may share them with the school leader. The team sees that a visit exists;
// the leadership sees counts only.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/lessons/core/model.h"

namespace sb {

struct NewVisit {
  Id design_id = 0;
  Id teacher_id = 0;
  Id visitor_id = 0;
  std::string group_name;
  UnixTime starts_at = 0;
  int minutes = 50;
  std::string location;
};
// Plans a visit in the team (edit_lessons): the design must be the team's, both people teachers of the team.
Result<LessonVisit> plan_visit(Services& s, const Principal& who, Id team_id, const NewVisit& input);
Result<std::vector<LessonVisit>> list_team_visits(Services& s, const Principal& who, Id team_id);

// "Mijn lesbezoeken": the caller's visits (as teacher or visitor) in teams where they still teach.
struct MyVisits {
  std::vector<LessonVisit> coming;  // planned, by start
  std::vector<LessonVisit> done;    // held or reflected, the latest first
};
Result<MyVisits> list_my_visits(Services& s, const Principal& who);

// A visit as the caller may see it: the design it comes from always; the observation form and the reflection
// only for who may read the notes.
struct VisitView {
  LessonVisit visit;
  LessonDesign design;
  bool may_read_notes = false;
  bool may_observe = false;   // the visitor
  bool may_reflect = false;   // the visited teacher and the visitor
  bool may_share = false;     // the visited teacher
  std::vector<CriterionNote> form;  // the observation form: one line per criterion, filled with what was saved
  std::optional<Observation> observation;
  std::optional<Reflection> reflection;
};
Result<VisitView> get_visit(Services& s, const Principal& who, Id visit_id);

// The visitor's observation, sent whole. `applied` is false when the save was already stored (the same client
// key with this save count or a later one): the device may drop it from its queue either way.
struct ObservationSaved {
  Observation observation;
  bool applied = false;
};
Result<ObservationSaved> save_observation(Services& s, const Principal& who, Id visit_id, Observation input);

struct ReflectionInput {
  std::int64_t version = 0;  // of the reflection the caller saw; 0 when it had none
  std::optional<std::string> students_did;
  std::optional<std::string> criteria_met;
  std::optional<std::string> change_next;
  std::optional<std::string> conclusion;
};
Result<Reflection> save_reflection(Services& s, const Principal& who, Id visit_id, const ReflectionInput& input);

// Closes the reflection: its conclusion goes to the team's board as a success or an action (owned by both
// teachers), linked to the visit and to the design's goal; the visit is reflected, a given design evaluated.
// Once only (failed_precondition after); the visit must have been held.
Result<VisitView> conclude_reflection(Services& s, const Principal& who, Id visit_id, ConclusionKind kind,
                                      std::int64_t version);

// The visited teacher shares the notes with the school leader, or stops sharing them.
Result<LessonVisit> share_visit(Services& s, const Principal& who, Id visit_id, bool shared, std::int64_t version);

// Counts per team of a school (view_lesson_counts on the school), never notes.
Result<std::vector<LessonCounts>> school_lesson_counts(Services& s, const Principal& who, Id school_id);

// From a goal on the board: the designs that serve it and their visits (view_lessons on its team).
struct GoalLessons {
  std::vector<LessonDesign> designs;
  std::vector<LessonVisit> visits;
};
Result<GoalLessons> lessons_of_goal(Services& s, const Principal& who, Id goal_id);

}  // namespace sb
