// The cascade from ambition to classroom: a bestuur's strategic goals, the
// ambitions of its schools linked to them, and the teams' goals that serve
// those ambitions, each with its latest measurement against its target and its
// trend — and which ambitions no team goal serves. Also the use cases that
// build it: the bestuurder sets strategic goals (manage_strategic_goals), a
// school leader links an ambition to one (manage_school on the ambition's
// school), and staff add school holidays (manage_holidays).
// Thread-safety: as the Services they are given.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/board/core/model.h"
#include "modules/rhythm/core/model.h"

namespace sb {

// How a goal moves between its last two measurements (GoalProgress, model.h), towards its target or away.
GoalProgress progress_of(const Goal& goal);
// Whether the latest measurement meets the target, in the goal's direction.
bool target_met(const Goal& goal);

struct CascadeGoal {
  Goal goal;  // with its measurements
  std::string team_name;
  std::optional<double> latest;
  std::string latest_week;
  bool met = false;
  GoalProgress progress = GoalProgress::unknown;
};

struct CascadeAmbition {
  Ambition ambition;
  std::string school_name;
  std::optional<Id> strategic_goal_id;
  std::vector<CascadeGoal> goals;  // empty: no team goal serves it (in a cycle still running)
};

struct CascadeStrategicGoal {
  StrategicGoal goal;
  std::vector<CascadeAmbition> ambitions;
};

struct Cascade {
  Id bestuur_id = 0;
  std::string bestuur_name;
  std::string school_year;
  std::vector<CascadeStrategicGoal> strategic_goals;  // of the school year
  std::vector<CascadeAmbition> unlinked;              // ambitions serving no strategic goal
  int ambitions_without_goals = 0;
};

// A bestuur's whole cascade (view_rhythm on the bestuur) or one school's part (view_rhythm on the school).
Result<Cascade> bestuur_cascade(Services& s, const Principal& who, Id bestuur_id, const std::optional<std::string>& year);
Result<Cascade> school_cascade(Services& s, const Principal& who, Id school_id, const std::optional<std::string>& year);

struct StrategicGoalInput {
  std::optional<std::string> school_year;
  std::optional<std::string> title;
  std::optional<std::string> description;
};
Result<std::vector<StrategicGoal>> list_strategic_goals(Services& s, const Principal& who, Id bestuur_id);
Result<StrategicGoal> create_strategic_goal(Services& s, const Principal& who, Id bestuur_id, const StrategicGoalInput& input);
Result<StrategicGoal> update_strategic_goal(Services& s, const Principal& who, Id goal_id, const StrategicGoalInput& input,
                                            std::int64_t version);
Result<void> delete_strategic_goal(Services& s, const Principal& who, Id goal_id, std::int64_t version);
// The bestuur a strategic goal belongs to, for the access gate.
Result<Scope> scope_of_strategic_goal(ReadTx& tx, Id goal_id);

// Links the ambition to a strategic goal of its school's bestuur, or unlinks it (nullopt).
Result<std::optional<Id>> link_ambition(Services& s, const Principal& who, Id ambition_id, std::optional<Id> strategic_goal_id);

// Every holiday known (anyone signed in may read them), and staff's changes.
Result<std::vector<Holiday>> list_holidays(Services& s);
struct HolidayInput {
  std::string region, school_year, name, starts_on, ends_on;
};
Result<Holiday> add_holiday(Services& s, const Principal& who, const HolidayInput& input);
Result<void> remove_holiday(Services& s, const Principal& who, Id holiday_id);

}  // namespace sb
