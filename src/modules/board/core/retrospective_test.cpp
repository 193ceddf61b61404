// The retrospective that closes a team's cycle, called as the use case it is,
// against the real store with the demo's boards (the team is in its second cycle).
#include <gtest/gtest.h>

#include "modules/board/core/goals.h"
#include "modules/board/core/retrospective.h"
#include "modules/board/core/test_board.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

class Retrospectives : public ::testing::Test, protected testing::BoardWorld {
 protected:
  static RetrospectiveInput verdict(std::string goal_reached) {
    RetrospectiveInput input;
    input.goal_reached = std::move(goal_reached);
    return input;
  }
  static CycleInput next_cycle() { return {"Cyclus 3", "2026-12-07", "2027-01-17"}; }

  Cycle cycle = current_cycle();
  std::vector<Goal> goals = goals_of(cycle.id);
};

TEST_F(Retrospectives, ClosingACycleCarriesAGoalThatGoesOnAndItsOpenActionsIntoTheNextCycle) {
  ASSERT_EQ(goals.size(), 2u);
  const auto stops = goals[0];
  const auto goes_on = goals[1];
  ASSERT_FALSE(goes_on.measurements.empty());
  const auto of_stopping_goal = add("action", "Afmaken wat we begonnen", stops.id);
  std::vector<BoardItem> open, done;
  for (const auto& item : board().items) {
    if (item.kind != ItemKind::action || item.goal_id != goes_on.id) continue;
    (item.status == "done" ? done : open).push_back(item);
  }
  ASSERT_FALSE(open.empty());
  ASSERT_FALSE(done.empty());

  RetrospectiveInput input;
  input.helped = "Elke week samen meten";
  input.change = "Kleinere acties";
  input.goals = {{stops.id, "no", false, std::nullopt}, {goes_on.id, "partly", true, goes_on.baseline}};
  input.next_cycle = next_cycle();
  const auto review = must(close_cycle(s, teacher, cycle.id, input, cycle.version));

  EXPECT_EQ(review.cycle.retrospective->goal_reached, "partly");  // one goal not reached, one partly
  ASSERT_EQ(review.goals.size(), 2u);
  const auto& line = review.goals[1];
  EXPECT_EQ(line.goal_id, goes_on.id);
  EXPECT_EQ(line.latest, goes_on.measurements.back().value);
  EXPECT_EQ(line.actions_carried, static_cast<int>(open.size()));
  EXPECT_FALSE(review.goals[0].continued_as.has_value());
  ASSERT_TRUE(line.continued_as.has_value());

  const auto copy = must(find_goal_for(s, teacher, *line.continued_as));
  const auto next = must(find_cycle_for(s, teacher, copy.cycle_id));
  EXPECT_EQ(next.name, "Cyclus 3");
  EXPECT_EQ(copy.title, goes_on.title);
  EXPECT_EQ(copy.baseline, goes_on.measurements.back().value);  // it starts where the goal ended
  EXPECT_EQ(copy.target, goes_on.baseline);
  EXPECT_TRUE(copy.measurements.empty());
  for (const auto& action : open) {
    const auto now = must(find_item_for(s, teacher, action.id));
    EXPECT_EQ(now.goal_id, copy.id);
    EXPECT_EQ(now.version, action.version + 1);
  }
  for (const auto& action : done) EXPECT_EQ(must(find_item_for(s, teacher, action.id)).goal_id, goes_on.id);
  const auto kept = must(find_item_for(s, teacher, of_stopping_goal.id));
  EXPECT_EQ(kept.goal_id, stops.id);
  EXPECT_EQ(kept.version, of_stopping_goal.version);
}

TEST_F(Retrospectives, ARetrospectiveIsWrittenOnce) {
  const auto renamed = must(update_cycle(s, teacher, cycle.id, {"Najaar", std::nullopt, std::nullopt}, cycle.version));
  const auto stale = close_cycle(s, teacher, cycle.id, verdict("yes"), cycle.version);
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  EXPECT_EQ(stale.error().field, "version");
  EXPECT_FALSE(must(find_cycle_for(s, teacher, cycle.id)).retrospective.has_value());

  const auto first = must(close_cycle(s, teacher, cycle.id, verdict("yes"), renamed.version));
  // On the version as it is now: not a stale version, a retrospective that is there already.
  const auto second = close_cycle(s, leader, cycle.id, verdict("no"), first.cycle.version);
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code, ErrorCode::already_exists);
  EXPECT_EQ(second.error().field, "retrospective");
  // A closed cycle can still be renamed; what the team concluded stays.
  const auto again = must(update_cycle(s, leader, cycle.id, {"Najaar 2026", std::nullopt, std::nullopt}, first.cycle.version));
  EXPECT_EQ(again.retrospective->goal_reached, "yes");
  EXPECT_EQ(again.retrospective->closed_at, first.cycle.retrospective->closed_at);
}

TEST_F(Retrospectives, TheHistoryKeepsHowAGoalStoodWhenTheGoalChangesLater) {
  const auto goal = goals[1];
  RetrospectiveInput input;
  input.goals = {{goal.id, "yes", false, std::nullopt}};
  must(close_cycle(s, teacher, cycle.id, input, cycle.version));

  GoalInput retitled{};
  retitled.title = "Een andere titel";
  must(update_goal(s, teacher, goal.id, retitled, goal.version));
  must(delete_goal(s, teacher, goal.id, goal.version + 1));
  const auto history = must(list_cycle_reviews(s, teacher, team_id));
  const auto closed = std::find_if(history.begin(), history.end(), [&](const auto& r) { return r.cycle.id == cycle.id; });
  ASSERT_NE(closed, history.end());
  ASSERT_EQ(closed->goals.size(), 1u);
  EXPECT_EQ(closed->goals[0].title, goal.title);
  EXPECT_EQ(closed->goals[0].latest, goal.measurements.back().value);
  EXPECT_EQ(closed->goals[0].reached, "yes");
  EXPECT_FALSE(closed->goals[0].goal_id.has_value());  // the goal is gone, its line stays
  EXPECT_EQ(closed->cycle.retrospective->goal_reached, "yes");
}

TEST_F(Retrospectives, EachVerdictNamesAGoalOfThisCycleOnceAndAGoalGoesOnOnlyIntoALaterCycle) {
  const auto earlier = board().cycles.front();  // Cyclus 1, closed by the demo
  const auto earlier_goal = goals_of(earlier.id).front();
  const auto refused = [&](RetrospectiveInput input) {
    auto result = close_cycle(s, teacher, cycle.id, std::move(input), cycle.version);
    return result ? std::string("(written)") : result.error().field;
  };
  RetrospectiveInput input;
  input.goals = {{earlier_goal.id, "yes", false, std::nullopt}};
  EXPECT_EQ(refused(input), "goals.0.goal_id");
  input.goals = {{goals[0].id, "yes", false, std::nullopt}, {goals[0].id, "no", false, std::nullopt}};
  EXPECT_EQ(refused(input), "goals.1.goal_id");
  input.goals = {{goals[0].id, "yes", true, std::nullopt}};
  EXPECT_EQ(refused(input), "goals");
  input.next_cycle = CycleInput{"Te vroeg", "2026-11-30", "2027-01-10"};
  EXPECT_EQ(refused(input), "next_cycle.starts_on");
  input.next_cycle.reset();
  input.next_cycle_id = earlier.id;
  EXPECT_EQ(refused(input), "next_cycle_id");
  input.goals = {{goals[0].id, "sort of", false, std::nullopt}};
  EXPECT_EQ(refused(input), "goals.0.reached");
  // Nothing of it was written.
  const auto after = board();
  EXPECT_EQ(after.cycles.size(), 2u);
  EXPECT_FALSE(must(find_cycle_for(s, teacher, cycle.id)).retrospective.has_value());
}

TEST_F(Retrospectives, AGoalGoesOnInANextCycleTheTeamAlreadyMade) {
  const auto later = must(create_cycle(s, teacher, team_id, next_cycle()));
  RetrospectiveInput input;
  input.goals = {{goals[0].id, "partly", true, std::nullopt}};
  input.next_cycle_id = later.id;
  const auto review = must(close_cycle(s, teacher, cycle.id, input, cycle.version));
  EXPECT_EQ(must(find_goal_for(s, teacher, *review.goals[0].continued_as)).cycle_id, later.id);

  // A cycle of another school's team is no next cycle of this one.
  auto onward = verdict("yes");
  onward.next_cycle_id = must(get_board(s, other_leader, other_team_id)).cycles.back().id;
  const auto foreign = close_cycle(s, teacher, later.id, onward, later.version);
  ASSERT_FALSE(foreign.has_value());
  EXPECT_EQ(foreign.error().code, ErrorCode::not_found);
  EXPECT_EQ(foreign.error().field, "next_cycle_id");
}

TEST_F(Retrospectives, OnlyThePeopleOfTheBoardCloseItsCycle) {
  EXPECT_EQ(close_cycle(s, world.who(demo("bestuurder")), cycle.id, verdict("yes"), cycle.version).error().code,
            ErrorCode::permission_denied);
  EXPECT_EQ(close_cycle(s, other_leader, cycle.id, verdict("yes"), cycle.version).error().code, ErrorCode::not_found);
  EXPECT_TRUE(close_cycle(s, leader, cycle.id, verdict("yes"), cycle.version).has_value());
}

}  // namespace
}  // namespace sb
