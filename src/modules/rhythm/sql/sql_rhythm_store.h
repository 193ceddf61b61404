// The rhythm module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (RhythmWrites, and the teams' data versions of kernel/ports/team_versions.h) over the unit of work's connection. Made once per connection
// by rhythm_sql().
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "kernel/ports/team_versions.h"
#include "modules/rhythm/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlRhythmStore final : public RhythmWrites, public TeamDataVersions, Part {
 public:
  explicit SqlRhythmStore(Connection& connection) : Part(connection) {}

  std::optional<StrategicGoal> find_strategic_goal(Id id) override;
  std::vector<StrategicGoal> list_strategic_goals(Id bestuur_id) override;
  std::vector<std::pair<Id, Id>> list_ambition_links(Id bestuur_id) override;
  std::optional<Id> strategic_goal_of_ambition(Id ambition_id) override;
  std::vector<Holiday> list_added_holidays() override;
  std::optional<Holiday> find_added_holiday(Id id) override;
  std::vector<TeamSize> list_team_sizes(const std::vector<Id>& school_ids) override;
  Result<Id> insert_strategic_goal(const StrategicGoal& goal) override;
  Result<void> update_strategic_goal(const StrategicGoal& goal, std::int64_t expected_version) override;
  Result<void> delete_strategic_goal(Id id, std::int64_t expected_version) override;
  Result<void> set_ambition_link(Id ambition_id, std::optional<Id> strategic_goal_id) override;
  Result<Id> insert_holiday(const Holiday& holiday, Id added_by, UnixTime added_at) override;
  Result<void> delete_holiday(Id id) override;
  Result<void> bump_team_version(Id team_id) override;
};

}  // namespace sb::sql
