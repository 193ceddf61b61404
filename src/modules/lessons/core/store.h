// The lessons module's part of a unit of work (kernel/ports/store.h): a team's
// lesson designs with every saved version and their comments, lesson visits,
// the visitor's observation and the reflection talk. lessons(tx) hands it out;
// each store implementation (modules/lessons/sql, on SQLite and PostgreSQL)
// implements it, and the module's contract suite (modules/lessons/contract)
// holds every one to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <vector>

#include "kernel/rhythm.h"
#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/lessons/core/model.h"

namespace sb {

class LessonReads {
 public:
  virtual ~LessonReads() = default;
  // Designs with their authors; lists by id.
  virtual std::optional<LessonDesign> find_design(Id id) = 0;
  virtual std::vector<LessonDesign> list_designs(Id team_id) = 0;
  virtual std::vector<LessonDesign> list_designs_of_goal(Id goal_id) = 0;
  virtual std::optional<DesignVersion> find_design_version(Id design_id, std::int64_t version) = 0;
  // Every saved version, the newest first.
  virtual std::vector<DesignVersion> list_design_versions(Id design_id) = 0;
  virtual std::vector<DesignComment> list_comments(Id design_id) = 0;  // oldest first

  virtual std::optional<LessonVisit> find_visit(Id id) = 0;
  // By start, the earliest first.
  virtual std::vector<LessonVisit> list_visits_of_team(Id team_id) = 0;
  virtual std::vector<LessonVisit> list_visits_of_design(Id design_id) = 0;
  // Visits where the person is the visited teacher or the visitor.
  virtual std::vector<LessonVisit> list_visits_of_person(Id user_id) = 0;
  // Visits that start in [from, to), of every school: for the reminders.
  virtual std::vector<LessonVisit> list_visits_starting(UnixTime from, UnixTime to) = 0;
  virtual std::optional<Observation> find_observation(Id visit_id) = 0;
  virtual std::optional<Reflection> find_reflection(Id visit_id) = 0;
  // Counts only: designs, visits planned (not yet held), held or reflected, and reflections concluded.
  virtual LessonCounts count_lessons(Id team_id) = 0;
  // Whether the reminder of a visit went out already (sent once, also across processes).
  virtual bool reminder_sent(Id visit_id) = 0;
  // Rhythm signals (kernel/rhythm.h), counts only: designs made ("lesson_design", by the week they were made)
  // and visits held ("lesson_visit", held or reflected, by the week they took place), per team and week.
  virtual std::vector<RhythmSignal> count_lesson_work_by_week(const RhythmQuery& query) = 0;
};

class LessonWrites : public LessonReads {
 public:
  // Inserts a design with its authors and its first version (the design's version, 1).
  virtual Result<Id> insert_design(const LessonDesign& design) = 0;
  // Stores the design's content and authors as a new version (stored version + 1, kept in the history,
  // saved by design.updated_by at design.updated_at); conflict when the stored version is not `expected_version`.
  virtual Result<void> update_design(const LessonDesign& design, std::int64_t expected_version) = 0;
  virtual Result<Id> insert_comment(const DesignComment& comment) = 0;

  virtual Result<Id> insert_visit(const LessonVisit& visit) = 0;
  // Status, sharing and the board item; conflict on a stale version.
  virtual Result<void> update_visit(const LessonVisit& visit, std::int64_t expected_version) = 0;
  // Writes the visit's observation whole (one per visit).
  virtual Result<void> save_observation(const Observation& observation) = 0;
  // Writes the reflection; conflict when the stored version is not `expected_version` (0: none stored yet).
  virtual Result<void> save_reflection(const Reflection& reflection, std::int64_t expected_version) = 0;
  // Marks a visit's reminder sent; a second time is already_exists.
  virtual Result<void> mark_reminder_sent(Id visit_id, UnixTime at) = 0;
};

inline LessonReads& lessons(ReadTx& tx) { return tx.part<LessonReads>(); }
inline LessonWrites& lessons(WriteTx& tx) { return tx.part<LessonWrites>(); }

}  // namespace sb
