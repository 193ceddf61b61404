// The lessons module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (LessonWrites) over the unit of work's connection. Lists inside a design or
// an observation are stored as JSON arrays (Boost.JSON writes and reads them
// here, so core never sees JSON). Made once per connection by lessons_sql().
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/lessons/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlLessonStore final : public LessonWrites, Part {
 public:
  explicit SqlLessonStore(Connection& connection) : Part(connection) {}

  std::vector<RhythmSignal> count_lesson_work_by_week(const RhythmQuery& query) override;

  std::optional<LessonDesign> find_design(Id id) override;
  std::vector<LessonDesign> list_designs(Id team_id) override;
  std::vector<LessonDesign> list_designs_of_goal(Id goal_id) override;
  std::optional<DesignVersion> find_design_version(Id design_id, std::int64_t version) override;
  std::vector<DesignVersion> list_design_versions(Id design_id) override;
  std::vector<DesignComment> list_comments(Id design_id) override;
  std::optional<LessonVisit> find_visit(Id id) override;
  std::vector<LessonVisit> list_visits_of_team(Id team_id) override;
  std::vector<LessonVisit> list_visits_of_design(Id design_id) override;
  std::vector<LessonVisit> list_visits_of_person(Id user_id) override;
  std::vector<LessonVisit> list_visits_starting(UnixTime from, UnixTime to) override;
  std::optional<Observation> find_observation(Id visit_id) override;
  std::optional<Reflection> find_reflection(Id visit_id) override;
  LessonCounts count_lessons(Id team_id) override;
  bool reminder_sent(Id visit_id) override;

  Result<Id> insert_design(const LessonDesign& design) override;
  Result<void> update_design(const LessonDesign& design, std::int64_t expected_version) override;
  Result<Id> insert_comment(const DesignComment& comment) override;
  Result<Id> insert_visit(const LessonVisit& visit) override;
  Result<void> update_visit(const LessonVisit& visit, std::int64_t expected_version) override;
  Result<void> save_observation(const Observation& observation) override;
  Result<void> save_reflection(const Reflection& reflection, std::int64_t expected_version) override;
  Result<void> mark_reminder_sent(Id visit_id, UnixTime at) override;

 private:
  std::vector<LessonDesign> designs_where(const char* where, Id id);
  std::vector<LessonVisit> visits_where(const char* where, Id id, std::optional<Id> to = std::nullopt);
  void fill_authors(LessonDesign& design);
  Result<void> insert_version(Id design_id, std::int64_t version, const DesignContent& content, Id by, UnixTime at);
  Result<void> write_authors(Id design_id, const std::vector<Id>& author_ids);
};

}  // namespace sb::sql
