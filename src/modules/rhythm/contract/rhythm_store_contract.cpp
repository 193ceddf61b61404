// The rhythm module's store contract: what every store implementation must do
// with strategic goals, the links of ambitions to them, and staff's holidays.
#include "modules/rhythm/contract/rhythm_store_contract.h"

#include <map>

#include "kernel/ports/team_versions.h"
#include "modules/board/core/store.h"
#include "modules/organisation/contract/tenants.h"
#include "modules/rhythm/core/store.h"

namespace sb::contract {

TEST_P(RhythmStoreContract, StrategicGoalsRoundTripWithVersionsPerBestuur) {
  auto w = make_tenants(*store_);
  auto id = write_value<Id>(*store_, [&](WriteTx& tx) {
    return rhythm(tx).insert_strategic_goal({0, w.bestuur_a, "2026-2027", "Lezen", "Alle scholen", 1});
  });
  ASSERT_TRUE(id.has_value());
  StrategicGoal changed{*id, w.bestuur_a, "2026-2027", "Lezen met plezier", "", 1};
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return rhythm(tx).update_strategic_goal(changed, 1); }).has_value());
  auto stale = store_->write([&](WriteTx& tx) { return rhythm(tx).update_strategic_goal(changed, 1); });
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  auto missing = store_->write([&](WriteTx& tx) { return rhythm(tx).delete_strategic_goal(*id + 100, 1); });
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
  auto lists = read_value<std::pair<std::vector<StrategicGoal>, std::size_t>>(
      *store_, [&](ReadTx& tx) -> Result<std::pair<std::vector<StrategicGoal>, std::size_t>> {
        return std::pair{rhythm(tx).list_strategic_goals(w.bestuur_a), rhythm(tx).list_strategic_goals(w.bestuur_b).size()};
      });
  ASSERT_EQ(lists->first.size(), 1u);
  EXPECT_EQ(lists->first[0].title, "Lezen met plezier");
  EXPECT_EQ(lists->first[0].version, 2);
  EXPECT_EQ(lists->second, 0u);  // another bestuur's list never holds it
}

TEST_P(RhythmStoreContract, AnAmbitionServesOneStrategicGoalAndLosesTheLinkWithIt) {
  auto w = make_tenants(*store_);
  Id goal = 0, other = 0, ambition = 0;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(g, rhythm(tx).insert_strategic_goal({0, w.bestuur_a, "2026-2027", "Lezen", "", 1}));
    SB_TRY(o, rhythm(tx).insert_strategic_goal({0, w.bestuur_a, "2026-2027", "Rekenen", "", 1}));
    SB_TRY(a, board(tx).insert_ambition({0, w.school_a, "2026-2027", "Leesplezier", "", 1}));
    goal = g, other = o, ambition = a;
    SB_CHECK(rhythm(tx).set_ambition_link(ambition, goal));
    return rhythm(tx).set_ambition_link(ambition, other);  // moves the link, never a second one
  }).has_value());
  auto links = read_value<std::vector<std::pair<Id, Id>>>(*store_, [&](ReadTx& tx) -> Result<std::vector<std::pair<Id, Id>>> {
    return rhythm(tx).list_ambition_links(w.bestuur_a);
  });
  ASSERT_EQ(links->size(), 1u);
  EXPECT_EQ((*links)[0], std::pair(ambition, other));
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return rhythm(tx).delete_strategic_goal(other, 1); }).has_value());
  auto after = read_value<std::optional<Id>>(*store_, [&](ReadTx& tx) -> Result<std::optional<Id>> {
    return rhythm(tx).strategic_goal_of_ambition(ambition);
  });
  EXPECT_FALSE(after->has_value());
  // Unlinking what is not linked is fine; a link to a goal that does not exist is refused.
  EXPECT_TRUE(store_->write([&](WriteTx& tx) { return rhythm(tx).set_ambition_link(ambition, std::nullopt); }).has_value());
  EXPECT_FALSE(store_->write([&](WriteTx& tx) { return rhythm(tx).set_ambition_link(ambition, other + 100); }).has_value());
}

TEST_P(RhythmStoreContract, StaffHolidaysAreUniqueAndIdsAreNeverReused) {
  auto w = make_tenants(*store_);
  Holiday h{0, Region::noord, "2028-2029", "herfstvakantie", "2028-10-14", "2028-10-22", "staff"};
  auto first = write_value<Id>(*store_, [&](WriteTx& tx) { return rhythm(tx).insert_holiday(h, w.alice, 10); });
  ASSERT_TRUE(first.has_value());
  auto twice = write_value<Id>(*store_, [&](WriteTx& tx) { return rhythm(tx).insert_holiday(h, w.alice, 11); });
  EXPECT_EQ(twice.error().code, ErrorCode::already_exists);
  h.region = Region::zuid;  // another region may have the same dates
  ASSERT_TRUE(write_value<Id>(*store_, [&](WriteTx& tx) { return rhythm(tx).insert_holiday(h, w.alice, 12); }).has_value());
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return rhythm(tx).delete_holiday(*first); }).has_value());
  EXPECT_EQ(store_->write([&](WriteTx& tx) { return rhythm(tx).delete_holiday(*first); }).error().code, ErrorCode::not_found);
  h.region = Region::midden;
  auto again = write_value<Id>(*store_, [&](WriteTx& tx) { return rhythm(tx).insert_holiday(h, w.alice, 13); });
  ASSERT_TRUE(again.has_value());
  EXPECT_GT(*again, *first);
  auto listed = read_value<std::vector<Holiday>>(*store_, [&](ReadTx& tx) -> Result<std::vector<Holiday>> {
    return rhythm(tx).list_added_holidays();
  });
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].name, "herfstvakantie");
}

TEST_P(RhythmStoreContract, TeamSizesCountTheTeachersOfEachTeamOfTheSchoolsAsked) {
  auto w = make_tenants(*store_);
  Id empty = 0, carol = 0;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(e, organisation(tx).insert_team({0, w.school_a, "Team Leeg"}));
    empty = e;
    User c;
    c.email = "carol@a.nl";
    c.name = "Carol";
    c.created_at = 1;
    SB_TRY(id, organisation(tx).insert_user(c));
    carol = id;
    Membership m;
    m.user_id = carol;
    m.role = Role::leraar;
    m.team_id = w.team_a;
    SB_CHECK(organisation(tx).insert_membership(m));
    m.role = Role::schoolleider;  // a leader of the school is no teacher of its teams
    m.team_id.reset();
    m.school_id = w.school_a;
    return drop_value(organisation(tx).insert_membership(m));
  }).has_value());
  auto sizes = read_value<std::vector<TeamSize>>(*store_, [&](ReadTx& tx) -> Result<std::vector<TeamSize>> {
    return rhythm(tx).list_team_sizes({w.school_a});
  });
  ASSERT_EQ(sizes->size(), 2u);  // team B is of another school
  std::map<Id, TeamSize> by_id;
  for (const auto& t : *sizes) by_id[t.team_id] = t;
  EXPECT_EQ(by_id.at(w.team_a).teachers, 2);
  EXPECT_EQ(by_id.at(w.team_a).school_id, w.school_a);
  EXPECT_EQ(by_id.at(w.team_a).name, "Team A");
  EXPECT_EQ(by_id.at(empty).teachers, 0);
  auto none = read_value<std::vector<TeamSize>>(*store_, [&](ReadTx& tx) -> Result<std::vector<TeamSize>> {
    return rhythm(tx).list_team_sizes({});
  });
  EXPECT_TRUE(none->empty());
}

TEST_P(RhythmStoreContract, ATeamsDataVersionMovesWithEachBumpAndOnlyInACommittedUnitOfWork) {
  auto w = make_tenants(*store_);
  auto versions = [&] {
    return read_value<std::map<Id, std::int64_t>>(*store_, [&](ReadTx& tx) -> Result<std::map<Id, std::int64_t>> {
      std::map<Id, std::int64_t> out;
      for (const auto& t : rhythm(tx).list_team_sizes({w.school_a, w.school_b})) out[t.team_id] = t.data_version;
      return out;
    }).value();
  };
  EXPECT_EQ(versions(), (std::map<Id, std::int64_t>{{w.team_a, 0}, {w.team_b, 0}}));  // no write yet
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(team_data_changed(tx, w.team_a));
    return team_data_changed(tx, w.team_a);
  }).has_value());
  EXPECT_EQ(versions(), (std::map<Id, std::int64_t>{{w.team_a, 2}, {w.team_b, 0}}));
  // A unit of work that fails leaves the version where it was: no view may keep figures of a write that never was.
  auto failed = store_->write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(team_data_changed(tx, w.team_b));
    return std::unexpected(Error::invalid("x", "on purpose"));
  });
  EXPECT_FALSE(failed.has_value());
  EXPECT_EQ(versions(), (std::map<Id, std::int64_t>{{w.team_a, 2}, {w.team_b, 0}}));
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return team_data_changed(tx, w.team_b); }).has_value());
  EXPECT_EQ(versions().at(w.team_b), 1);
}

}  // namespace sb::contract
