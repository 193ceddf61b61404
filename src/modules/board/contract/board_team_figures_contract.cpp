// The board's figures for many teams at once (core/team_figures.h and the
// board's rhythm signals): grouped per team and week, only for the teams
// asked, only closed sessions, within the weeks asked.
#include "modules/board/contract/board_store_contract.h"

#include "modules/board/core/store.h"
#include "modules/organisation/contract/tenants.h"

namespace sb::contract {
namespace {

// 2026-10-05 is a Monday; 12:00 UTC on a day of that week.
constexpr UnixTime kMonday = 1791201600;  // 2026-10-05T12:00:00Z
constexpr UnixTime kDay = 86400;

Result<void> closed_session(WriteTx& tx, Id team, UnixTime at, std::vector<Id> attendance) {
  BoardSession s;
  s.team_id = team;
  s.started_at = s.step_started_at = at;
  s.started_by = attendance.front();
  s.attendance = std::move(attendance);
  SB_TRY(id, board(tx).insert_board_session(s));
  return board(tx).close_board_session(id, at + 1200, {}, 1);
}

}  // namespace

TEST_P(BoardStoreContract, SessionsAndMeasurementsAreCountedPerTeamAndWeek) {
  auto w = make_tenants(*store_);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(closed_session(tx, w.team_a, kMonday, {w.alice}));
    SB_CHECK(closed_session(tx, w.team_a, kMonday + 3 * kDay, {w.alice, w.bob}));  // Thursday: same week
    SB_CHECK(closed_session(tx, w.team_a, kMonday + 7 * kDay, {w.alice}));
    SB_CHECK(closed_session(tx, w.team_a, kMonday + 35 * kDay, {w.alice}));  // outside the weeks asked
    SB_CHECK(closed_session(tx, w.team_b, kMonday, {w.bob}));
    BoardSession open;  // not held yet: not counted
    open.team_id = w.team_a;
    open.started_at = open.step_started_at = kMonday + 8 * kDay;
    open.started_by = w.alice;
    SB_CHECK(drop_value(board(tx).insert_board_session(open)));
    SB_TRY(cycle, board(tx).insert_cycle(Cycle{0, w.team_a, "C", "2026-09-28", "2026-11-08", {}, 1, {}, ""}));
    Goal goal;
    goal.team_id = w.team_a;
    goal.cycle_id = cycle;
    goal.title = goal.students = goal.measure = "g";
    SB_TRY(goal_id, board(tx).insert_goal(goal));
    for (auto week : {"2026-10-05", "2026-10-12"}) {
      SB_CHECK(drop_value(board(tx).insert_measurement(Measurement{0, goal_id, week, 50, w.alice, "", kMonday, 1})));
    }
    return ok();
  }).has_value());
  auto signals = read_value<std::vector<RhythmSignal>>(*store_, [&](ReadTx& tx) -> Result<std::vector<RhythmSignal>> {
    auto out = board(tx).count_sessions_by_week({{w.team_a}, "2026-10-05", "2026-10-26"});
    auto m = board(tx).count_measurements_by_week({{w.team_a}, "2026-10-12", "2026-10-26"});
    out.insert(out.end(), m.begin(), m.end());
    return out;
  });
  ASSERT_TRUE(signals.has_value());
  ASSERT_EQ(signals->size(), 3u);
  EXPECT_EQ((*signals)[0].week, "2026-10-05");
  EXPECT_EQ((*signals)[0].kind, "board_session");
  EXPECT_EQ((*signals)[0].count, 2);
  EXPECT_EQ((*signals)[0].attended, 3);
  EXPECT_EQ((*signals)[1].week, "2026-10-12");
  EXPECT_EQ((*signals)[1].count, 1);
  EXPECT_EQ((*signals)[2].kind, "measurement");
  EXPECT_EQ((*signals)[2].week, "2026-10-12");
  EXPECT_EQ((*signals)[2].count, 1);
  for (const auto& s : *signals) EXPECT_EQ(s.team_id, w.team_a);  // team B was not asked
}

TEST_P(BoardStoreContract, GoalVerdictsAndLeadershipObstaclesAreCountedPerTeam) {
  auto w = make_tenants(*store_);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(cycle, board(tx).insert_cycle(Cycle{0, w.team_a, "C", "2026-08-31", "2026-10-11", {}, 1, {}, ""}));
    GoalResult yes;
    yes.title = "a";
    yes.reached = "yes";
    GoalResult partly = yes;
    partly.reached = "partly";
    GoalResult no = yes;
    no.reached = "no";
    SB_CHECK(board(tx).close_cycle(cycle, Retrospective{"partly", "", "", kMonday}, {yes, partly, no}, 1));
    for (auto status : {"leadership", "answered", "resolved", "open"}) {
      BoardItem item;
      item.team_id = w.team_a;
      item.kind = ItemKind::obstacle;
      item.text = "o";
      item.status = status;
      item.created_by = w.alice;
      item.status_changed_at = std::string_view(status) == "answered" ? kMonday - kDay : kMonday;
      SB_CHECK(drop_value(board(tx).insert_item(item)));
    }
    return ok();
  }).has_value());
  auto verdicts = read_value<std::vector<TeamGoalVerdicts>>(*store_, [&](ReadTx& tx) -> Result<std::vector<TeamGoalVerdicts>> {
    return board(tx).count_goal_verdicts({w.team_a, w.team_b});
  });
  ASSERT_EQ(verdicts->size(), 1u);
  EXPECT_EQ((*verdicts)[0].team_id, w.team_a);
  EXPECT_EQ((*verdicts)[0].reached, 1);
  EXPECT_EQ((*verdicts)[0].partly, 1);
  EXPECT_EQ((*verdicts)[0].total, 3);
  auto obstacles = read_value<std::vector<TeamOpenObstacles>>(*store_, [&](ReadTx& tx) -> Result<std::vector<TeamOpenObstacles>> {
    return board(tx).count_leadership_obstacles({w.team_a, w.team_b});
  });
  ASSERT_EQ(obstacles->size(), 1u);
  EXPECT_EQ((*obstacles)[0].count, 2);
  EXPECT_EQ((*obstacles)[0].oldest_since, kMonday - kDay);
}

}  // namespace sb::contract
