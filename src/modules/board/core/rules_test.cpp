#include "modules/board/core/rules.h"

#include <gtest/gtest.h>

#include <numeric>

namespace sb {
namespace {

TEST(BoardRules, ACycleLastsSixToEightWeeks) {
  EXPECT_TRUE(check_cycle_dates("2026-09-07", "2026-10-18").has_value());   // 42 days
  EXPECT_TRUE(check_cycle_dates("2026-09-07", "2026-11-01").has_value());   // 56 days
  EXPECT_FALSE(check_cycle_dates("2026-09-07", "2026-10-17").has_value());  // 41 days
  EXPECT_FALSE(check_cycle_dates("2026-09-07", "2026-11-02").has_value());  // 57 days
  EXPECT_EQ(check_cycle_dates("2026-09-07", "2026-09-01").error().field, "ends_on");
  EXPECT_EQ(check_cycle_dates("nope", "2026-09-01").error().field, "starts_on");
}

TEST(BoardRules, HolidayWeeksDoNotCountInACycle) {
  // Ten calendar weeks over Christmas are eight school weeks when two are holidays: still a cycle.
  EXPECT_FALSE(check_cycle_dates("2026-11-30", "2027-02-07").has_value());
  EXPECT_TRUE(check_cycle_dates("2026-11-30", "2027-02-07", 2).has_value());
  EXPECT_FALSE(check_cycle_dates("2026-11-30", "2027-02-14", 2).has_value());  // nine school weeks
  EXPECT_FALSE(check_cycle_dates("2026-09-07", "2026-09-01", 2).has_value());  // an end before the start
  // Six calendar weeks with a holiday in them stay a cycle: holidays only lengthen the longest one.
  EXPECT_TRUE(check_cycle_dates("2026-11-30", "2027-01-10", 2).has_value());
  EXPECT_FALSE(check_cycle_dates("2026-12-14", "2027-01-17", 2).has_value());  // five calendar weeks
}

TEST(BoardRules, ACyclesEndMovesPastTheHolidayWeeksItSpans) {
  const std::vector<std::string> christmas{"2026-12-21", "2026-12-28"};
  // Six weeks from 30 November: the two Christmas weeks push the end two weeks later.
  EXPECT_EQ(end_past_holidays("2026-11-30", "2027-01-10", christmas), "2027-01-24");
  // A cycle that ends before the holiday stays as it is.
  EXPECT_EQ(end_past_holidays("2026-10-26", "2026-12-06", christmas), "2026-12-06");
  // A holiday reached only after moving moves it again: Christmas and then a spring week.
  EXPECT_EQ(end_past_holidays("2026-11-30", "2027-01-10", {"2026-12-21", "2026-12-28", "2027-01-18"}), "2027-01-31");
  EXPECT_TRUE(check_cycle_dates("2026-11-30", end_past_holidays("2026-11-30", "2027-01-10", christmas), 2).has_value());
}

TEST(BoardRules, EachKindHasItsOwnStatuses) {
  EXPECT_TRUE(check_status(ItemKind::action, "doing").has_value());
  EXPECT_FALSE(check_status(ItemKind::action, "leadership").has_value());
  EXPECT_TRUE(check_status(ItemKind::obstacle, "leadership").has_value());
  EXPECT_FALSE(check_status(ItemKind::success, "done").has_value());
  EXPECT_EQ(statuses_of(ItemKind::action).front(), "todo");
  EXPECT_EQ(statuses_of(ItemKind::obstacle).front(), "open");
}

TEST(BoardRules, ValuesFitTheirUnit) {
  EXPECT_TRUE(check_value(GoalUnit::percentage, 100, "value").has_value());
  EXPECT_FALSE(check_value(GoalUnit::percentage, 100.5, "value").has_value());
  EXPECT_FALSE(check_value(GoalUnit::yes_no, 0.5, "value").has_value());
  EXPECT_TRUE(check_value(GoalUnit::yes_no, 1, "value").has_value());
  EXPECT_FALSE(check_value(GoalUnit::count, -1, "value").has_value());
  EXPECT_TRUE(check_value(GoalUnit::score, 3.5, "value").has_value());
  // Minutes until the class works, a rubric level: a score below zero is a typing error.
  EXPECT_FALSE(check_value(GoalUnit::score, -5, "value").has_value());
}

TEST(BoardRules, ARefusedValueNamesTheBoundsOfItsUnit) {
  const auto percentage = check_value(GoalUnit::percentage, 120, "value");
  ASSERT_FALSE(percentage.has_value());
  EXPECT_EQ(percentage.error().field, "value");
  EXPECT_EQ(percentage.error().reason, "out_of_range");
  EXPECT_EQ(percentage.error().min, 0);
  EXPECT_EQ(percentage.error().max, 100);
  const auto minutes = check_value(GoalUnit::score, -5, "baseline");
  ASSERT_FALSE(minutes.has_value());
  EXPECT_EQ(minutes.error().field, "baseline");
  EXPECT_EQ(minutes.error().reason, "negative");
  EXPECT_EQ(minutes.error().min, 0);
  EXPECT_FALSE(minutes.error().max.has_value());
  EXPECT_EQ(check_value(GoalUnit::yes_no, 2, "value").error().reason, "yes_or_no");
  EXPECT_EQ(check_cycle_dates("2026-09-07", "2026-09-20").error().reason, "cycle_weeks");
  EXPECT_EQ(check_date("due_on", "31-12-2026").error().reason, "not_a_date");
}

TEST(BoardRules, TheAgendaSharesTheSessionTime) {
  for (int total : {10, 15, 20, 30, 60}) {
    const auto minutes = agenda_minutes(total);
    EXPECT_EQ(std::accumulate(minutes.begin(), minutes.end(), 0), total) << total;
    for (int m : minutes) EXPECT_GE(m, 1);
  }
  const auto twenty = agenda_minutes(20);
  EXPECT_EQ(twenty[1], *std::max_element(twenty.begin(), twenty.end()));  // goal progress gets the most time
}

TEST(BoardRules, OnlyOpenActionsPastTheirDateAreOverdue) {
  BoardItem action;
  action.kind = ItemKind::action;
  action.status = "doing";
  action.due_on = "2026-11-20";
  EXPECT_TRUE(is_overdue(action, "2026-11-23"));
  EXPECT_FALSE(is_overdue(action, "2026-11-20"));
  action.status = "done";
  EXPECT_FALSE(is_overdue(action, "2026-11-23"));
  BoardItem success;
  success.kind = ItemKind::success;
  success.due_on = "2026-01-01";
  EXPECT_FALSE(is_overdue(success, "2026-11-23"));
}

TEST(BoardRules, TheCycleVerdictFollowsItsGoals) {
  EXPECT_TRUE(is_verdict("yes") && is_verdict("partly") && is_verdict("no"));
  EXPECT_FALSE(is_verdict("maybe"));
  EXPECT_FALSE(is_verdict(""));
  EXPECT_EQ(overall_verdict({"yes", "yes"}), "yes");
  EXPECT_EQ(overall_verdict({"no", "no"}), "no");
  EXPECT_EQ(overall_verdict({"yes", "no"}), "partly");
  EXPECT_EQ(overall_verdict({"partly"}), "partly");
  EXPECT_FALSE(overall_verdict({}).has_value());  // without goals the team says it itself
}

TEST(BoardRules, OnlyActionsStillToDoGoAlong) {
  BoardItem item;
  item.kind = ItemKind::action;
  item.status = "todo";
  EXPECT_TRUE(is_open_action(item));
  item.status = "doing";
  EXPECT_TRUE(is_open_action(item));
  item.status = "done";
  EXPECT_FALSE(is_open_action(item));
  item.kind = ItemKind::obstacle;
  item.status = "open";
  EXPECT_FALSE(is_open_action(item));
}

TEST(BoardRules, AContinuedGoalStartsWhereItsCycleEnded) {
  Goal goal;
  goal.baseline = 40;
  goal.target = 70;
  EXPECT_EQ(carried_baseline(goal), 40);  // never measured: the old baseline
  goal.measurements.push_back(Measurement{1, 1, "2026-11-02", 52, 1, "", 0, 1});
  goal.measurements.push_back(Measurement{2, 1, "2026-11-09", 58, 1, "", 0, 1});
  EXPECT_EQ(carried_baseline(goal), 58);  // the latest week
}

TEST(BoardRules, TheNextCycleStartsAfterTheClosedOneEnds) {
  Cycle closed;
  closed.name = "Cyclus 2";
  closed.starts_on = "2026-09-07";
  closed.ends_on = "2026-10-18";
  EXPECT_TRUE(check_next_cycle_start(closed, "2026-10-19", "starts_on").has_value());
  EXPECT_EQ(check_next_cycle_start(closed, "2026-10-18", "next_cycle.starts_on").error().field, "next_cycle.starts_on");
  EXPECT_FALSE(check_next_cycle_start(closed, "2026-09-01", "starts_on").has_value());
}

}  // namespace
}  // namespace sb
