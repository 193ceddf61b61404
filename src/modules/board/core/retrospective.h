// The retrospective that closes a team's cycle (PRODUCT.md §1), in one unit of
// work: it records the team's verdict per goal (a snapshot, written once),
// opens the next cycle or names one that is already there, copies every goal
// the team goes on with into it (starting from the goal's latest measurement)
// and moves the open actions of those goals along to the copies. Open actions
// of goals that stop keep their link: the action still says what it was for,
// and the team finishes, relinks or removes it on the board.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "modules/board/core/model.h"
#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/board/core/store.h"
#include "modules/board/core/goals.h"

namespace sb {

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
// Every cycle of the team with its retrospective, oldest first: the team's history.
Result<std::vector<CycleReview>> list_cycle_reviews(Services& s, const Principal& who, Id team_id);

}  // namespace sb
