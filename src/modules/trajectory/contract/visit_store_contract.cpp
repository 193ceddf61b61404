// The visits' store contract: visits by start time, status changes, reports,
// and the calendar's choice of visits (one's own as coach, and those at the
// schools one leads).
#include "modules/organisation/contract/tenants.h"
#include "modules/trajectory/contract/trajectory_store_contract.h"
#include "modules/trajectory/core/visit_store.h"

namespace sb::contract {
namespace {

Visit visit_at(Id school, Id coach, UnixTime start, CoachVisitStatus status = CoachVisitStatus::planned) {
  Visit v;
  v.school_id = school;
  v.coach_id = coach;
  v.starts_at = start;
  v.ends_at = start + 3600;
  v.status = status;
  v.created_at = 1;
  return v;
}

template <typename T>
T read(Store& store, std::function<T(VisitReads&)> work) {
  return read_value<T>(store, [&](ReadTx& tx) -> Result<T> { return work(visits(tx)); }).value();
}

}  // namespace

TEST_P(TrajectoryStoreContract, VisitsComeByStartTimeAndKeepTheirReport) {
  auto w = make_tenants(*store_);
  Id later = 0;
  Id sooner = 0;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(a, visits(tx).insert_visit(visit_at(w.school_a, w.alice, 5000)));
    SB_TRY(b, visits(tx).insert_visit(visit_at(w.school_a, w.alice, 2000, CoachVisitStatus::awaiting_approval)));
    later = a;
    sooner = b;
    return drop_value(visits(tx).insert_visit(visit_at(w.school_b, w.bob, 3000)));
  }).has_value());
  auto list = read<std::vector<Visit>>(*store_, [&](auto& v) { return v.visits_of_school(w.school_a); });
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, sooner);
  EXPECT_EQ(list[0].status, CoachVisitStatus::awaiting_approval);
  EXPECT_EQ(list[1].coach_name, "Alice");
  EXPECT_FALSE(list[1].reported_at.has_value());

  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(visits(tx).set_visit_status(sooner, CoachVisitStatus::planned, w.bob));
    return visits(tx).put_report(later, "Goede bordsessie", "Doelen scherper", 6000);
  }).has_value());
  const auto approved = read<std::optional<Visit>>(*store_, [&](auto& v) { return v.find_visit(sooner); });
  EXPECT_EQ(approved->status, CoachVisitStatus::planned);
  EXPECT_EQ(approved->approved_by, w.bob);
  const auto reported = read<std::optional<Visit>>(*store_, [&](auto& v) { return v.find_visit(later); });
  EXPECT_EQ(reported->status, CoachVisitStatus::held);
  EXPECT_EQ(reported->seen, "Goede bordsessie");
  EXPECT_EQ(reported->advice, "Doelen scherper");
  EXPECT_EQ(reported->reported_at, 6000);
  EXPECT_FALSE(read<std::optional<Visit>>(*store_, [&](auto& v) { return v.find_visit(9999); }).has_value());
}

TEST_P(TrajectoryStoreContract, TheCalendarShowsACoachHerVisitsAndALeaderTheVisitsAtHerSchool) {
  auto w = make_tenants(*store_);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    Membership lead;
    lead.user_id = w.bob;
    lead.role = Role::schoolleider;
    lead.school_id = w.school_a;
    SB_CHECK(drop_value(organisation(tx).insert_membership(lead)));
    SB_CHECK(drop_value(visits(tx).insert_visit(visit_at(w.school_a, w.alice, 100))));
    SB_CHECK(drop_value(visits(tx).insert_visit(visit_at(w.school_a, w.alice, 5000))));
    return drop_value(visits(tx).insert_visit(visit_at(w.school_b, w.alice, 6000)));
  }).has_value());
  EXPECT_EQ(read<std::vector<Visit>>(*store_, [&](auto& v) { return v.visits_for_calendar(w.alice, 1000); }).size(), 2u);
  const auto leader = read<std::vector<Visit>>(*store_, [&](auto& v) { return v.visits_for_calendar(w.bob, 0); });
  ASSERT_EQ(leader.size(), 2u);
  EXPECT_EQ(leader[0].school_id, w.school_a);
  EXPECT_EQ(leader[1].starts_at, 5000);
}

}  // namespace sb::contract
