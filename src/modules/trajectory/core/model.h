// The words of a school's trajectory with the foundation (seed 004): its
// phases from registration to the second year, the conditions for success
// checked at intake, the coach-fte rule, and the staff's pipeline of schools.
// Thread-safety: plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/model.h"

namespace sb {

// In the order a school goes through them.
enum class Phase { registration, intake, conditions, agreement, preparing, starting, extending, second_year };
inline constexpr int kPhaseCount = 8;
std::string_view to_string(Phase phase);
std::optional<Phase> parse_phase(std::string_view text);

// The conditions for success, each checked at intake.
enum class Condition { coach_fte, team_time, leadership, team_size };
inline constexpr Condition kConditions[] = {Condition::coach_fte, Condition::team_time, Condition::leadership,
                                            Condition::team_size};
std::string_view to_string(Condition condition);
std::optional<Condition> parse_condition(std::string_view text);

enum class ConditionStatus { open, met, not_met };
std::string_view to_string(ConditionStatus status);
std::optional<ConditionStatus> parse_condition_status(std::string_view text);

struct Trajectory {
  Id school_id = 0;
  int pupils = 0;
  Phase phase = Phase::registration;
  std::string phase_on;  // YYYY-MM-DD of the step that reached the phase
  UnixTime started_at = 0;
};

// One dated step: who took part and what was noted.
struct TrajectoryStep {
  Id id = 0;
  Id school_id = 0;
  Phase phase = Phase::registration;
  std::string happened_on;  // YYYY-MM-DD
  std::string who;          // the people involved, as written
  std::string notes;
  Id recorded_by = 0;
  std::string recorded_by_name;  // filled on reading
  UnixTime recorded_at = 0;
};

struct ConditionCheck {
  Id school_id = 0;
  Condition condition = Condition::coach_fte;
  ConditionStatus status = ConditionStatus::open;
  std::string note;
  std::optional<Id> checked_by;
  std::string checked_by_name;  // filled on reading
  UnixTime checked_at = 0;
};

// A row of the coach-fte rule: from this many pupils on, the school coaches
// together need this much fte, in hundredths (20 is 0.2 fte).
struct FteBand {
  int from_pupils = 0;
  int fte_hundredths = 0;
};

// A school in the staff's pipeline.
struct PipelineRow {
  Id school_id = 0;
  std::string school_name;
  std::string sector;  // "PO", "VO", "MBO", "HBO"
  std::string bestuur_name;
  Phase phase = Phase::registration;
  std::string phase_on;
  int pupils = 0;
  int conditions_met = 0;
  int visits_awaiting = 0;  // planned past the budget, waiting for staff's approval
};

}  // namespace sb
