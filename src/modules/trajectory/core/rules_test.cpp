// The trajectory's rules: steps in order, the agreement blocked while a
// condition is open, and the coach-fte rule.
#include "modules/trajectory/core/rules.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

std::vector<ConditionCheck> checks(ConditionStatus coach, ConditionStatus time, ConditionStatus leadership,
                                   ConditionStatus teams) {
  auto check = [](Condition condition, ConditionStatus status) {
    return ConditionCheck{1, condition, status, "", std::nullopt, "", 0};
  };
  return {check(Condition::coach_fte, coach), check(Condition::team_time, time),
          check(Condition::leadership, leadership), check(Condition::team_size, teams)};
}
constexpr auto kMet = ConditionStatus::met;

TEST(TrajectoryRules, ATrajectoryStartsWithItsRegistration) {
  EXPECT_TRUE(check_step(std::nullopt, Phase::registration, {}).has_value());
  auto intake_first = check_step(std::nullopt, Phase::intake, {});
  ASSERT_FALSE(intake_first.has_value());
  EXPECT_EQ(intake_first.error().reason, "not_next");
}

TEST(TrajectoryRules, AStepRepeatsTheCurrentPhaseOrReachesTheNextWithoutSkipping) {
  EXPECT_TRUE(check_step(Phase::registration, Phase::intake, {}).has_value());
  EXPECT_TRUE(check_step(Phase::intake, Phase::intake, {}).has_value());
  EXPECT_FALSE(check_step(Phase::registration, Phase::conditions, {}).has_value());
  EXPECT_FALSE(check_step(Phase::starting, Phase::intake, {}).has_value());
  EXPECT_TRUE(check_step(Phase::extending, Phase::second_year, {}).has_value());
}

TEST(TrajectoryRules, TheAgreementIsBlockedWhileAnyConditionIsOpenOrNotMet) {
  auto open = check_step(Phase::conditions, Phase::agreement, {});
  ASSERT_FALSE(open.has_value());
  EXPECT_EQ(open.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(open.error().reason, "conditions_open");
  EXPECT_FALSE(check_step(Phase::conditions, Phase::agreement, checks(kMet, kMet, kMet, ConditionStatus::open)));
  EXPECT_FALSE(check_step(Phase::conditions, Phase::agreement, checks(kMet, ConditionStatus::not_met, kMet, kMet)));
  EXPECT_TRUE(check_step(Phase::conditions, Phase::agreement, checks(kMet, kMet, kMet, kMet)).has_value());
  // A note in the agreement phase itself is not a new agreement.
  EXPECT_TRUE(check_step(Phase::agreement, Phase::agreement, {}).has_value());
}

TEST(TrajectoryRules, OpenConditionsAreThoseNotMet) {
  EXPECT_EQ(open_conditions({}).size(), 4u);
  auto some = checks(kMet, ConditionStatus::not_met, kMet, ConditionStatus::open);
  EXPECT_EQ(open_conditions(some), (std::vector<Condition>{Condition::team_time, Condition::team_size}));
}

TEST(TrajectoryRules, TheCoachFteGrowsWithTheNumberOfPupils) {
  const auto rule = default_coach_fte_rule();
  EXPECT_EQ(required_coach_fte(rule, 1), 20);
  EXPECT_EQ(required_coach_fte(rule, 249), 20);
  EXPECT_EQ(required_coach_fte(rule, 250), 30);
  EXPECT_EQ(required_coach_fte(rule, 999), 50);
  EXPECT_EQ(required_coach_fte(rule, 1800), 60);
  EXPECT_EQ(required_coach_fte({{0, 25}, {100, 45}}, 150), 45);
}

TEST(TrajectoryRules, AnFteRuleStartsAtZeroRisesAndStaysWithinBounds) {
  EXPECT_TRUE(check_fte_rule(default_coach_fte_rule()).has_value());
  EXPECT_EQ(check_fte_rule({}).error().field, "bands");
  EXPECT_EQ(check_fte_rule({{10, 20}}).error().field, "bands.0.from_pupils");
  EXPECT_EQ(check_fte_rule({{0, 20}, {0, 30}}).error().field, "bands.1.from_pupils");
  EXPECT_EQ(check_fte_rule({{0, 20}, {300, 101}}).error().field, "bands.1.fte");
  EXPECT_EQ(check_fte_rule({{0, 4}}).error().reason, "out_of_range");
}

}  // namespace
}  // namespace sb
