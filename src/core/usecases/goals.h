// Use cases of a team's goals: cycles of 6–8 weeks with their
// retrospective, goals about students with weekly measurements, and the
// school's ambitions a goal can serve. Board changes publish their events
// after the commit (see change_board in board.h).
//
// The retrospective closes a cycle in one unit of work: it records the team's
// verdict per goal (a snapshot, written once), opens the next cycle or names
// one that is already there, copies every goal the team goes on with into it
// (starting from the goal's latest measurement) and moves the open actions of
// those goals along to the copies. Open actions of goals that stop keep their
// link: the action still says what it was for, and the team finishes, relinks
// or removes it on the board.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

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

// The team's verdict on one goal of the closed cycle.
struct GoalVerdict {
  Id goal_id = 0;
  std::string reached;           // yes|partly|no
  bool continues = false;        // a copy of the goal goes on in the next cycle
  std::optional<double> target;  // the copy's target, when the team changes it
};

struct RetrospectiveInput {
  std::optional<std::string> goal_reached;  // derived from the goals' verdicts when absent
  std::string helped;
  std::string change;
  std::vector<GoalVerdict> goals;           // goals not named get no line in the record
  std::optional<CycleInput> next_cycle;     // opens the next cycle...
  std::optional<Id> next_cycle_id;          // ...or goes on in one the team already made
};
Result<CycleReview> close_cycle(Services& s, const Principal& who, Id cycle_id, const RetrospectiveInput& input,
                                std::int64_t version);
Result<Cycle> find_cycle_for(Services& s, const Principal& who, Id cycle_id);
// Every cycle of the team with its retrospective, oldest first: the team's history.
Result<std::vector<CycleReview>> list_cycle_reviews(Services& s, const Principal& who, Id team_id);

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

// Ambitions are the school leadership's (manage_school). One that goals still
// serve is not deleted (conflict, field "goals"): those goals are part of the
// teams' history, and the leadership links them elsewhere first.
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
