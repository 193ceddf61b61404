// The trajectory module's store contract: what every store implementation
// must do with trajectories, steps, condition checks, the coach-fte rule and
// the pipeline. Each implementation instantiates it, e.g.
// modules/trajectory/sql/sql_trajectory_store_test.cpp.
#include "modules/trajectory/contract/trajectory_store_contract.h"

#include <algorithm>

#include "modules/organisation/contract/tenants.h"
#include "modules/trajectory/core/store.h"

namespace sb::contract {
namespace {

template <typename T>
T read(Store& store, std::function<T(TrajectoryReads&)> work) {
  return read_value<T>(store, [&](ReadTx& tx) -> Result<T> { return work(trajectories(tx)); }).value();
}

Result<void> write(Store& store, std::function<Result<void>(TrajectoryWrites&)> work) {
  return store.write([&](WriteTx& tx) { return work(trajectories(tx)); });
}

TrajectoryStep step(Id school, Phase phase, std::string on, Id by) {
  return {0, school, phase, std::move(on), "Marieke", "notitie", by, "", 100};
}

}  // namespace

TEST_P(TrajectoryStoreContract, ATrajectoryKeepsItsStepsInDateOrderAndTakesThePhaseOfTheLast) {
  auto w = make_tenants(*store_);
  ASSERT_TRUE(write(*store_, [&](TrajectoryWrites& t) -> Result<void> {
                SB_CHECK(t.insert_trajectory({w.school_a, 320, Phase::registration, "2026-09-01", 50}));
                SB_CHECK(t.insert_step(step(w.school_a, Phase::registration, "2026-09-01", w.alice)));
                SB_CHECK(t.insert_step(step(w.school_a, Phase::intake, "2026-09-20", w.alice)));
                return drop_value(t.insert_step(step(w.school_a, Phase::intake, "2026-09-10", w.alice)));
              }).has_value());
  const auto found = read<std::optional<Trajectory>>(*store_, [&](auto& t) { return t.find_trajectory(w.school_a); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->pupils, 320);
  EXPECT_EQ(found->phase, Phase::intake);
  const auto steps = read<std::vector<TrajectoryStep>>(*store_, [&](auto& t) { return t.steps_of(w.school_a); });
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[1].happened_on, "2026-09-10");
  EXPECT_EQ(steps[2].happened_on, "2026-09-20");
  EXPECT_EQ(steps[0].recorded_by_name, "Alice");
  EXPECT_FALSE(read<std::optional<Trajectory>>(*store_, [&](auto& t) { return t.find_trajectory(w.school_b); }));
  EXPECT_TRUE(read<std::vector<TrajectoryStep>>(*store_, [&](auto& t) { return t.steps_of(w.school_b); }).empty());
}

TEST_P(TrajectoryStoreContract, ASecondTrajectoryForASchoolIsRefusedAndARolledBackOneNeverExisted) {
  auto w = make_tenants(*store_);
  ASSERT_TRUE(write(*store_, [&](auto& t) {
    return t.insert_trajectory({w.school_a, 100, Phase::registration, "2026-09-01", 1});
  }));
  auto again = write(*store_, [&](auto& t) {
    return t.insert_trajectory({w.school_a, 200, Phase::registration, "2026-09-02", 1});
  });
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::already_exists);
  EXPECT_FALSE(write(*store_, [&](TrajectoryWrites& t) -> Result<void> {
                 SB_CHECK(t.insert_trajectory({w.school_b, 100, Phase::registration, "2026-09-01", 1}));
                 return std::unexpected(Error::invalid("x", "rolled back"));
               }).has_value());
  EXPECT_FALSE(read<std::optional<Trajectory>>(*store_, [&](auto& t) { return t.find_trajectory(w.school_b); }));
  ASSERT_TRUE(write(*store_, [&](auto& t) { return t.update_pupils(w.school_a, 640); }));
  EXPECT_EQ(read<std::optional<Trajectory>>(*store_, [&](auto& t) { return t.find_trajectory(w.school_a); })->pupils,
            640);
}

TEST_P(TrajectoryStoreContract, TheLatestCheckOfAConditionReplacesTheOneBefore) {
  auto w = make_tenants(*store_);
  ASSERT_TRUE(write(*store_, [&](TrajectoryWrites& t) -> Result<void> {
    SB_CHECK(t.insert_trajectory({w.school_a, 100, Phase::registration, "2026-09-01", 1}));
    SB_CHECK(t.put_check({w.school_a, Condition::leadership, ConditionStatus::not_met, "nog niet", w.alice, "", 10}));
    SB_CHECK(t.put_check({w.school_a, Condition::leadership, ConditionStatus::met, "afgesproken", w.alice, "", 20}));
    return t.put_check({w.school_a, Condition::team_size, ConditionStatus::met, "", std::nullopt, "", 30});
  }));
  auto found = read<std::vector<ConditionCheck>>(*store_, [&](auto& t) { return t.checks_of(w.school_a); });
  ASSERT_EQ(found.size(), 2u);
  std::ranges::sort(found, {}, &ConditionCheck::condition);
  EXPECT_EQ(found[0].condition, Condition::leadership);
  EXPECT_EQ(found[0].status, ConditionStatus::met);
  EXPECT_EQ(found[0].note, "afgesproken");
  EXPECT_EQ(found[0].checked_by_name, "Alice");
  EXPECT_EQ(found[0].checked_at, 20);
  EXPECT_FALSE(found[1].checked_by.has_value());
}

TEST_P(TrajectoryStoreContract, TheCoachFteRuleStartsAtTheDefaultAndIsReplacedWhole) {
  auto rule = read<std::vector<FteBand>>(*store_, [&](auto& t) { return t.coach_fte_rule(); });
  ASSERT_EQ(rule.size(), 5u);
  EXPECT_EQ(rule.front().fte_hundredths, 20);
  EXPECT_EQ(rule.back().from_pupils, 1000);
  EXPECT_EQ(rule.back().fte_hundredths, 60);
  ASSERT_TRUE(write(*store_, [&](auto& t) { return t.replace_coach_fte_rule({{300, 40}, {0, 25}}); }));
  rule = read<std::vector<FteBand>>(*store_, [&](auto& t) { return t.coach_fte_rule(); });
  ASSERT_EQ(rule.size(), 2u);
  EXPECT_EQ(rule[0].from_pupils, 0);
  EXPECT_EQ(rule[1].fte_hundredths, 40);
}

TEST_P(TrajectoryStoreContract, ThePipelineShowsEverySchoolWithATrajectoryFurthestFirst) {
  auto w = make_tenants(*store_);
  ASSERT_TRUE(write(*store_, [&](TrajectoryWrites& t) -> Result<void> {
    SB_CHECK(t.insert_trajectory({w.school_a, 100, Phase::registration, "2026-09-01", 1}));
    SB_CHECK(t.insert_trajectory({w.school_b, 900, Phase::registration, "2026-09-01", 1}));
    SB_CHECK(t.insert_step(step(w.school_b, Phase::intake, "2026-10-01", w.bob)));
    return t.put_check({w.school_a, Condition::team_time, ConditionStatus::met, "", std::nullopt, "", 1});
  }));
  const auto rows = read<std::vector<PipelineRow>>(*store_, [&](auto& t) { return t.pipeline(); });
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].school_name, "School B");
  EXPECT_EQ(rows[0].phase, Phase::intake);
  EXPECT_EQ(rows[0].phase_on, "2026-10-01");
  EXPECT_EQ(rows[0].bestuur_name, "Bestuur B");
  EXPECT_EQ(rows[0].sector, "VO");
  EXPECT_EQ(rows[1].conditions_met, 1);
  EXPECT_EQ(rows[1].pupils, 100);
}

}  // namespace sb::contract
