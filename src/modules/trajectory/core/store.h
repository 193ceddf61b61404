// The trajectory module's part of a unit of work (kernel/ports/store.h):
// trajectories with their steps and condition checks, the coach-fte rule, and
// the pipeline over all schools. trajectories(tx) hands it out; each store
// implementation implements it and the contract suite
// (modules/trajectory/contract) holds every one to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/trajectory/core/model.h"

namespace sb {

class TrajectoryReads {
 public:
  virtual ~TrajectoryReads() = default;
  virtual std::optional<Trajectory> find_trajectory(Id school_id) = 0;
  // In the order they happened (date, then as recorded).
  virtual std::vector<TrajectoryStep> steps_of(Id school_id) = 0;
  // Only the conditions that were checked; the others are open.
  virtual std::vector<ConditionCheck> checks_of(Id school_id) = 0;
  // By rising number of pupils.
  virtual std::vector<FteBand> coach_fte_rule() = 0;
  // Every school with a trajectory, furthest phase first, then by name.
  virtual std::vector<PipelineRow> pipeline() = 0;
};

class TrajectoryWrites : public TrajectoryReads {
 public:
  // already_exists (field "school_id") when the school has one.
  virtual Result<void> insert_trajectory(const Trajectory& trajectory) = 0;
  virtual Result<void> update_pupils(Id school_id, int pupils) = 0;
  // Stores the step and moves the trajectory to its phase, dated by it.
  virtual Result<Id> insert_step(const TrajectoryStep& step) = 0;
  // The latest check of a condition replaces the one before.
  virtual Result<void> put_check(const ConditionCheck& check) = 0;
  virtual Result<void> replace_coach_fte_rule(const std::vector<FteBand>& rule) = 0;
};

inline TrajectoryReads& trajectories(ReadTx& tx) { return tx.part<TrajectoryReads>(); }
inline TrajectoryWrites& trajectories(WriteTx& tx) { return tx.part<TrajectoryWrites>(); }

}  // namespace sb
