// Use cases of a team's goals: cycles of 6–8 weeks, goals about students with
// weekly measurements, and the school's ambitions a goal can serve. Board
// changes publish their events after the commit (see change_board in
// board.h). A cycle's retrospective is in retrospective.h.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "modules/board/core/model.h"
#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/board/core/store.h"

namespace sb {

struct CycleInput {
  std::optional<std::string> name;
  std::optional<std::string> starts_on;
  std::optional<std::string> ends_on;
};
Result<Cycle> create_cycle(Services& s, const Principal& who, Id team_id, const CycleInput& input);
Result<Cycle> update_cycle(Services& s, const Principal& who, Id cycle_id, const CycleInput& input, std::int64_t version);

Result<Cycle> find_cycle_for(Services& s, const Principal& who, Id cycle_id);
// The team a cycle belongs to (not_found when there is no such cycle).
Result<Id> team_of_cycle(Services& s, Id cycle_id);
// Cycles of a team follow one another: `cycle` may not overlap another of its team.
Result<void> check_no_overlap(ReadTx& tx, const Cycle& cycle);

struct GoalInput {
  std::optional<Id> cycle_id;
  std::optional<std::optional<Id>> ambition_id;
  std::optional<std::string> title;
  std::optional<std::string> students;
  std::optional<std::string> measure;
  std::optional<std::string> unit;
  std::optional<double> baseline;
  std::optional<double> target;
  std::optional<std::string> direction;
};
Result<Goal> create_goal(Services& s, const Principal& who, Id team_id, const GoalInput& input);
Result<Goal> update_goal(Services& s, const Principal& who, Id goal_id, const GoalInput& input, std::int64_t version);
Result<void> delete_goal(Services& s, const Principal& who, Id goal_id, std::int64_t version);
Result<Goal> find_goal_for(Services& s, const Principal& who, Id goal_id);

// Enters or (with the version it was read at) corrects the value of a week.
Result<Measurement> put_measurement(Services& s, const Principal& who, Id goal_id, std::string_view week, double value,
                                    std::optional<std::int64_t> version);
Result<void> delete_measurement(Services& s, const Principal& who, Id goal_id, std::string_view week,
                                std::int64_t version);
// The value of a week as it is now; not_found when the week has none.
Result<Measurement> find_measurement_for(Services& s, const Principal& who, Id goal_id, std::string_view week);

// Ambitions are the school leadership's (manage_school). One that goals still
// serve is not deleted (failed_precondition, field "goals"): those goals are
// part of the teams' history, and the leadership links them elsewhere first.
Result<std::vector<Ambition>> list_ambitions(Services& s, const Principal& who, Id school_id);
Result<Ambition> create_ambition(Services& s, const Principal& who, Id school_id, std::string_view school_year,
                                 std::string_view title, std::string_view description);
struct AmbitionInput {
  std::optional<std::string> school_year;
  std::optional<std::string> title;
  std::optional<std::string> description;
};
Result<Ambition> update_ambition(Services& s, const Principal& who, Id ambition_id, const AmbitionInput& input,
                                 std::int64_t version);
Result<void> delete_ambition(Services& s, const Principal& who, Id ambition_id, std::int64_t version);
Result<Ambition> find_ambition_for(Services& s, const Principal& who, Id ambition_id);
// The school an ambition belongs to, for the access gate.
Result<Scope> scope_of_ambition(ReadTx& tx, Id ambition_id);

}  // namespace sb
