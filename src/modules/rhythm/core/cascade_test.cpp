// The cascade's rules for a team goal: its trend between the last two
// measurements and whether the latest meets the target, in the goal's direction.
#include <gtest/gtest.h>

#include "modules/rhythm/core/cascade.h"

namespace sb {
namespace {

Goal goal(Direction direction, double target, std::vector<double> values) {
  Goal g;
  g.direction = direction;
  g.target = target;
  int week = 0;
  for (double v : values) g.measurements.push_back(Measurement{0, 1, "2026-09-0" + std::to_string(++week), v, 1, "", 0, 1});
  return g;
}

TEST(Cascade, AGoalImprovesTowardsItsTargetInItsDirection) {
  EXPECT_EQ(progress_of(goal(Direction::higher, 70, {40, 48})), GoalProgress::improving);
  EXPECT_EQ(progress_of(goal(Direction::higher, 70, {48, 40})), GoalProgress::worsening);
  EXPECT_EQ(progress_of(goal(Direction::lower, 4, {9, 7})), GoalProgress::improving);
  EXPECT_EQ(progress_of(goal(Direction::lower, 4, {7, 7})), GoalProgress::flat);
  EXPECT_EQ(progress_of(goal(Direction::lower, 4, {7})), GoalProgress::unknown);
}

TEST(Cascade, TheLatestMeasurementMeetsTheTargetOrNot) {
  EXPECT_TRUE(target_met(goal(Direction::higher, 70, {40, 71})));
  EXPECT_FALSE(target_met(goal(Direction::higher, 70, {75, 69})));
  EXPECT_TRUE(target_met(goal(Direction::lower, 4, {9, 4})));
  EXPECT_FALSE(target_met(goal(Direction::lower, 4, {})));
}

}  // namespace
}  // namespace sb
