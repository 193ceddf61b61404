// The world of the board's use-case tests: the demo's schools, people and
// boards in the real store (organisation/core/test_world.h), seen from the
// team Groep 5-6 of OBS De Regenboog, its teacher and its school leader.
// Test code only; one world per test.
#pragma once

#include <algorithm>
#include <string>

#include "modules/board/core/board.h"
#include "modules/board/core/demo.h"
#include "modules/organisation/core/demo.h"
#include "modules/organisation/core/test_world.h"

namespace sb::testing {

class BoardWorld {
 public:
  World world{{organisation_demo(), board_demo()}};
  Services& s = world.services();
  Principal teacher = world.who(demo("leraar"));
  Principal leader = world.who(demo("schoolleider"));
  Id team_id = world.team("OBS De Regenboog", "Groep 5-6").id;
  // The leader of the other school, Het Baken College, and one of its teams.
  Principal other_leader = world.who("gerard.timmermans@demo.samenbeter.nl");
  Id other_team_id = world.team("Het Baken College", "Sectie Nederlands").id;

  BoardView board() { return must(get_board(s, teacher, team_id)); }

  // A new card on the team's board, added by the teacher.
  BoardItem add(const std::string& kind, const std::string& text, std::optional<Id> goal_id = std::nullopt) {
    NewItem item;
    item.kind = kind;
    item.text = text;
    item.goal_id = goal_id;
    return must(create_item(s, teacher, team_id, item));
  }

  // The current cycle of the team (the demo's Cyclus 2) and its goals.
  Cycle current_cycle() {
    const auto view = board();
    return *std::find_if(view.cycles.begin(), view.cycles.end(), [&](const Cycle& c) { return c.id == view.current_cycle_id; });
  }
  std::vector<Goal> goals_of(Id cycle_id) {
    std::vector<Goal> out;
    for (auto& goal : board().goals) {
      if (goal.cycle_id == cycle_id) out.push_back(std::move(goal));
    }
    return out;
  }
};

}  // namespace sb::testing
