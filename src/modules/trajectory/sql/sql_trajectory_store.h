// The trajectory module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (TrajectoryWrites) over the unit of work's connection.
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/trajectory/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlTrajectoryStore final : public TrajectoryWrites, Part {
 public:
  explicit SqlTrajectoryStore(Connection& connection) : Part(connection) {}

  std::optional<Trajectory> find_trajectory(Id school_id) override;
  std::vector<TrajectoryStep> steps_of(Id school_id) override;
  std::vector<ConditionCheck> checks_of(Id school_id) override;
  std::vector<FteBand> coach_fte_rule() override;
  std::vector<PipelineRow> pipeline() override;

  Result<void> insert_trajectory(const Trajectory& trajectory) override;
  Result<void> update_pupils(Id school_id, int pupils) override;
  Result<Id> insert_step(const TrajectoryStep& step) override;
  Result<void> put_check(const ConditionCheck& check) override;
  Result<void> replace_coach_fte_rule(const std::vector<FteBand>& rule) override;
};

}  // namespace sb::sql
