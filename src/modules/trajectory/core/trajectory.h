// Use cases of a school's trajectory: programme staff and the school's expert
// coach register a school, record its steps and check its conditions; the
// school leader, school coach and bestuurder read where it stands; staff see
// every school in the pipeline and keep the coach-fte rule.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/trajectory/core/model.h"

namespace sb {

struct TrajectoryView {
  Id school_id = 0;
  std::string school_name;
  std::string sector;
  std::optional<Trajectory> trajectory;  // nullopt: not registered
  std::vector<TrajectoryStep> steps;
  std::vector<ConditionCheck> checks;  // all four, open ones included
  int required_coach_fte = 0;          // hundredths, for the school's pupils
  std::optional<Phase> next_phase;
  bool agreement_blocked = false;      // the agreement is next and a condition is open
};

struct StepInput {
  Phase phase = Phase::registration;
  std::string happened_on;
  std::string who;
  std::string notes;
};

Result<TrajectoryView> school_trajectory(Services& s, const Principal& who, Id school_id);
// Starts the trajectory with its registration step.
Result<Id> register_school(Services& s, const Principal& who, Id school_id, int pupils, const StepInput& step);
Result<void> set_pupils(Services& s, const Principal& who, Id school_id, int pupils);
Result<Id> record_step(Services& s, const Principal& who, Id school_id, const StepInput& step);
Result<void> check_condition(Services& s, const Principal& who, Id school_id, Condition condition,
                             ConditionStatus status, const std::string& note);

Result<std::vector<PipelineRow>> staff_pipeline(Services& s, const Principal& who);
Result<std::vector<FteBand>> coach_fte_rule(Services& s, const Principal& who);
Result<void> set_coach_fte_rule(Services& s, const Principal& who, std::vector<FteBand> rule);

// The school's place in the policy (its id and bestuur); not_found when there is none.
Result<Scope> scope_of_school_trajectory(ReadTx& tx, Id school_id);

}  // namespace sb
