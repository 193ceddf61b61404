// The visit budget per school type, approval past it, and when a report may be written.
#include "modules/trajectory/core/budget.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

Visit visit_with(CoachVisitStatus status, UnixTime starts_at = 0) {
  Visit visit;
  visit.status = status;
  visit.starts_at = starts_at;
  return visit;
}

std::vector<Visit> visits(int held, int planned, int awaiting, int cancelled) {
  std::vector<Visit> out;
  auto add = [&](int n, CoachVisitStatus status) {
    for (int i = 0; i < n; ++i) out.push_back(visit_with(status));
  };
  add(held, CoachVisitStatus::held);
  add(planned, CoachVisitStatus::planned);
  add(awaiting, CoachVisitStatus::awaiting_approval);
  add(cancelled, CoachVisitStatus::cancelled);
  return out;
}

TEST(VisitBudget, TwelveInPoSixteenInMboAndHboTwentySixInVo) {
  EXPECT_EQ(visit_budget(Sector::po), 12);
  EXPECT_EQ(visit_budget(Sector::mbo), 16);
  EXPECT_EQ(visit_budget(Sector::hbo), 16);
  EXPECT_EQ(visit_budget(Sector::vo), 26);
}

TEST(VisitBudget, HeldAndPlannedCountAndCancelledDoNot) {
  const auto b = count_budget(Sector::po, visits(5, 3, 0, 4));
  EXPECT_EQ(b.budget, 12);
  EXPECT_EQ(b.held, 5);
  EXPECT_EQ(b.planned, 3);
  EXPECT_EQ(b.left, 4);
  EXPECT_FALSE(needs_approval(b));
}

TEST(VisitBudget, PlanningPastTheBudgetNeedsApproval) {
  EXPECT_FALSE(needs_approval(count_budget(Sector::po, visits(8, 3, 0, 0))));
  const auto full = count_budget(Sector::po, visits(8, 4, 0, 0));
  EXPECT_EQ(full.left, 0);
  EXPECT_TRUE(needs_approval(full));
  // A visit already waiting counts, so a second past the budget waits too.
  EXPECT_TRUE(needs_approval(count_budget(Sector::po, visits(8, 3, 1, 0))));
  const auto over = count_budget(Sector::vo, visits(20, 8, 1, 0));
  EXPECT_EQ(over.left, 0);
  EXPECT_EQ(over.awaiting, 1);
}

TEST(VisitBudget, AReportFollowsAPlannedVisitThatHasBegun) {
  Visit visit = visit_with(CoachVisitStatus::planned, 1000);
  EXPECT_EQ(check_report(visit, 999).error().reason, "not_yet_held");
  EXPECT_TRUE(check_report(visit, 1000).has_value());
  visit.status = CoachVisitStatus::held;
  EXPECT_TRUE(check_report(visit, 5000).has_value());
  visit.status = CoachVisitStatus::awaiting_approval;
  EXPECT_EQ(check_report(visit, 5000).error().reason, "not_planned");
  visit.status = CoachVisitStatus::cancelled;
  EXPECT_EQ(check_report(visit, 5000).error().code, ErrorCode::failed_precondition);
}

}  // namespace
}  // namespace sb
