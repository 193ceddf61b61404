// Use cases of a team's goals: cycles of 6–8 weeks with their
// retrospective, goals about students with weekly measurements, and the
// school's ambitions a goal can serve. Board changes publish their events
// after the commit (see change_board in board.h).
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>

#include "core/board_model.h"
#include "core/policy.h"
#include "core/services.h"

namespace sb {

struct CycleInput {
  std::optional<std::string> name;
  std::optional<std::string> starts_on;
  std::optional<std::string> ends_on;
};
Result<Cycle> create_cycle(Services& s, const Principal& who, Id team_id, const CycleInput& input);
Result<Cycle> update_cycle(Services& s, const Principal& who, Id cycle_id, const CycleInput& input, std::int64_t version);
Result<Cycle> close_cycle(Services& s, const Principal& who, Id cycle_id, const Retrospective& retrospective,
                          std::int64_t version);

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

Result<std::vector<Ambition>> list_ambitions(Services& s, const Principal& who, Id school_id);
Result<Ambition> create_ambition(Services& s, const Principal& who, Id school_id, std::string_view school_year,
                                 std::string_view title, std::string_view description);

}  // namespace sb
