#include "storage/contract/store_contract.h"

#include <atomic>
#include <random>
#include <thread>

namespace sb::contract {

void StoreContract::SetUp() {
  std::random_device random;
  folder_ = std::filesystem::temp_directory_path() / ("sb-contract-" + std::to_string(random()));
  std::filesystem::create_directories(folder_);
  store_ = GetParam().make(folder_);
  ASSERT_TRUE(store_);
}

void StoreContract::TearDown() {
  store_.reset();
  std::filesystem::remove_all(folder_);
}

namespace {

struct World {
  Id bestuur_a, bestuur_b, school_a, school_b, team_a, team_b, alice, bob;
};

// Two tenants: bestuur A with school A and team A (alice teaches there), bestuur B likewise with bob.
World make_world(Store& store) {
  World w{};
  auto status = store.write([&](WriteTx& tx) -> Result<void> {
    w.bestuur_a = tx.insert_bestuur({0, "Bestuur A"}).value();
    w.bestuur_b = tx.insert_bestuur({0, "Bestuur B"}).value();
    w.school_a = tx.insert_school({0, w.bestuur_a, "School A", Sector::po, "11AA", Region::noord}).value();
    w.school_b = tx.insert_school({0, w.bestuur_b, "School B", Sector::vo, "22BB", Region::zuid}).value();
    w.team_a = tx.insert_team({0, w.school_a, "Team A"}).value();
    w.team_b = tx.insert_team({0, w.school_b, "Team B"}).value();
    User alice;
    alice.email = "alice@a.nl";
    alice.name = "Alice";
    alice.created_at = 1;
    w.alice = tx.insert_user(alice).value();
    User bob = alice;
    bob.email = "bob@b.nl";
    bob.name = "Bob";
    w.bob = tx.insert_user(bob).value();
    Membership m;
    m.user_id = w.alice;
    m.role = Role::leraar;
    m.team_id = w.team_a;
    EXPECT_TRUE(tx.insert_membership(m).has_value());
    m.user_id = w.bob;
    m.team_id = w.team_b;
    EXPECT_TRUE(tx.insert_membership(m).has_value());
    return ok();
  });
  EXPECT_TRUE(status.has_value());
  return w;
}

}  // namespace

TEST_P(StoreContract, UsersRoundTripAndEmailIsUnique) {
  User user;
  user.email = "sanne@school.nl";
  user.name = "Sanne de Vries";
  user.password_hash = "hash";
  user.locale = Locale::en;
  user.created_at = 42;
  auto id = write_value<Id>(*store_, [&](WriteTx& tx) { return tx.insert_user(user); });
  ASSERT_TRUE(id.has_value());
  auto duplicate = write_value<Id>(*store_, [&](WriteTx& tx) { return tx.insert_user(user); });
  ASSERT_FALSE(duplicate.has_value());
  EXPECT_EQ(duplicate.error().code, ErrorCode::already_exists);
  EXPECT_EQ(duplicate.error().field, "email");
  auto found = read_value<std::optional<User>>(*store_, [&](ReadTx& tx) -> Result<std::optional<User>> {
    return tx.find_user_by_email("sanne@school.nl");
  });
  ASSERT_TRUE(found.has_value() && found->has_value());
  EXPECT_EQ((*found)->id, *id);
  EXPECT_EQ((*found)->name, "Sanne de Vries");
  EXPECT_EQ((*found)->locale, Locale::en);
  EXPECT_EQ((*found)->created_at, 42);
}

TEST_P(StoreContract, FailedWriteLeavesNothingBehind) {
  auto result = store_->write([&](WriteTx& tx) -> Result<void> {
    EXPECT_TRUE(tx.insert_bestuur({0, "Half"}).has_value());
    return std::unexpected(Error::invalid("x", "changed my mind"));
  });
  EXPECT_FALSE(result.has_value());
  auto count = read_value<std::size_t>(*store_, [](ReadTx& tx) -> Result<std::size_t> { return tx.list_besturen().size(); });
  EXPECT_EQ(count.value(), 0u);
}

TEST_P(StoreContract, ConcurrentWritesAreAllDurableAndIsolated) {
  // Many threads write at once; one in every five fails and must leave no trace.
  constexpr int kThreads = 8;
  constexpr int kPerThread = 25;
  std::atomic<int> acknowledged{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        const bool fail = i % 5 == 0;
        auto r = store_->write([&](WriteTx& tx) -> Result<void> {
          auto id = tx.insert_bestuur({0, "B" + std::to_string(t) + "-" + std::to_string(i)});
          if (!id) return std::unexpected(id.error());
          if (fail) return std::unexpected(Error::invalid("x", "fail"));
          return ok();
        });
        if (r) acknowledged += 1;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  auto count = read_value<std::size_t>(*store_, [](ReadTx& tx) -> Result<std::size_t> { return tx.list_besturen().size(); });
  EXPECT_EQ(acknowledged.load(), kThreads * kPerThread * 4 / 5);
  EXPECT_EQ(count.value(), static_cast<std::size_t>(acknowledged.load()));
}

TEST_P(StoreContract, BackgroundWritesLandBeforeLaterWrites) {
  store_->write_in_background([](WriteTx& tx) { return drop_value(tx.insert_bestuur({0, "Achtergrond"})); });
  // Writes are committed in order, so a later foreground write sees the background one done.
  ASSERT_TRUE(store_->write([](WriteTx& tx) { return drop_value(tx.insert_bestuur({0, "Voorgrond"})); }).has_value());
  auto count = read_value<std::size_t>(*store_, [](ReadTx& tx) -> Result<std::size_t> { return tx.list_besturen().size(); });
  EXPECT_EQ(count.value(), 2u);
}

TEST_P(StoreContract, AfterCommitRunsOnlyForCommittedWorkInOrder) {
  std::vector<int> ran;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    tx.after_commit([&] { ran.push_back(1); });
    return ok();
  }).has_value());
  EXPECT_FALSE(store_->write([&](WriteTx& tx) -> Result<void> {
    tx.after_commit([&] { ran.push_back(2); });
    return std::unexpected(Error::invalid("x", "rolled back"));
  }).has_value());
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    tx.after_commit([&] { ran.push_back(3); });
    return ok();
  }).has_value());
  EXPECT_EQ(ran, (std::vector<int>{1, 3}));
}

TEST_P(StoreContract, BoardItemsCarryVersionsAndRefuseStaleUpdates) {
  auto w = make_world(*store_);
  BoardItem item;
  item.team_id = w.team_a;
  item.text = "Kaart";
  item.status = "todo";
  item.owner_ids = {w.alice};
  item.created_by = w.alice;
  auto id = write_value<Id>(*store_, [&](WriteTx& tx) { return tx.insert_item(item); });
  ASSERT_TRUE(id.has_value());
  item.id = *id;
  item.status = "doing";
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return tx.update_item(item, 1); }).has_value());
  auto stale = store_->write([&](WriteTx& tx) { return tx.update_item(item, 1); });
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  auto missing = store_->write([&](WriteTx& tx) { return tx.delete_item(*id + 100, 1); });
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
  auto read = read_value<std::optional<BoardItem>>(*store_, [&](ReadTx& tx) -> Result<std::optional<BoardItem>> {
    return tx.find_item(*id);
  });
  ASSERT_TRUE(read->has_value());
  EXPECT_EQ((*read)->version, 2);
  EXPECT_EQ((*read)->status, "doing");
  EXPECT_EQ((*read)->owner_ids, std::vector<Id>{w.alice});
  // Another team's list never holds it.
  auto other = read_value<std::size_t>(*store_, [&](ReadTx& tx) -> Result<std::size_t> { return tx.list_items(w.team_b).size(); });
  EXPECT_EQ(other.value(), 0u);
}

TEST_P(StoreContract, BoardSequenceCountsPerBoardAndRollsBackWithItsChange) {
  auto w = make_world(*store_);
  auto first = write_value<std::int64_t>(*store_, [&](WriteTx& tx) { return tx.next_board_seq(w.team_a); });
  auto second = write_value<std::int64_t>(*store_, [&](WriteTx& tx) { return tx.next_board_seq(w.team_a); });
  auto other = write_value<std::int64_t>(*store_, [&](WriteTx& tx) { return tx.next_board_seq(w.team_b); });
  EXPECT_EQ(first.value(), 1);
  EXPECT_EQ(second.value(), 2);
  EXPECT_EQ(other.value(), 1);
  EXPECT_FALSE(store_->write([&](WriteTx& tx) -> Result<void> {
    (void)tx.next_board_seq(w.team_a);
    return std::unexpected(Error::invalid("x", "rolled back"));
  }).has_value());
  auto seq = read_value<std::int64_t>(*store_, [&](ReadTx& tx) -> Result<std::int64_t> { return tx.board_seq(w.team_a); });
  EXPECT_EQ(seq.value(), 2);
}

TEST_P(StoreContract, AClosedSessionKeepsItsRecordAndOneSessionRunsAtATime) {
  auto w = make_world(*store_);
  BoardSession session;
  session.team_id = w.team_a;
  session.started_by = w.alice;
  session.attendance = {w.alice};
  auto id = write_value<Id>(*store_, [&](WriteTx& tx) { return tx.insert_board_session(session); });
  ASSERT_TRUE(id.has_value());
  auto second = write_value<Id>(*store_, [&](WriteTx& tx) { return tx.insert_board_session(session); });
  EXPECT_EQ(second.error().code, ErrorCode::conflict);
  std::vector<RecordEntry> record{{"attendee", w.alice, "Alice", ""}, {"success", std::nullopt, "Gelukt", ""}};
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return tx.close_board_session(*id, 99, record, 1); }).has_value());
  EXPECT_FALSE(store_->write([&](WriteTx& tx) { return tx.close_board_session(*id, 100, record, 2); }).has_value());
  auto entries = read_value<std::vector<RecordEntry>>(*store_, [&](ReadTx& tx) -> Result<std::vector<RecordEntry>> {
    return tx.list_record_entries(*id);
  });
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ(entries->at(1).text, "Gelukt");
  auto open = read_value<bool>(*store_, [&](ReadTx& tx) -> Result<bool> { return tx.find_open_board_session(w.team_a).has_value(); });
  EXPECT_FALSE(open.value());
}

namespace {

Goal goal_in(Id team_id, Id cycle_id, std::optional<Id> ambition_id = std::nullopt) {
  Goal goal;
  goal.team_id = team_id;
  goal.cycle_id = cycle_id;
  goal.ambition_id = ambition_id;
  goal.title = "Meer leesplezier";
  goal.students = "groep 5";
  goal.measure = "thuis gelezen";
  goal.baseline = 40;
  goal.target = 70;
  return goal;
}

}  // namespace

TEST_P(StoreContract, ARetrospectiveIsWrittenOnceWithItsGoalLines) {
  auto w = make_world(*store_);
  Id cycle_id = 0, goal_id = 0, copy_id = 0;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    cycle_id = tx.insert_cycle({0, w.team_a, "Cyclus 1", "2026-09-07", "2026-10-18", std::nullopt, 1}).value();
    const Id next_id = tx.insert_cycle({0, w.team_a, "Cyclus 2", "2026-10-19", "2026-11-29", std::nullopt, 1}).value();
    goal_id = tx.insert_goal(goal_in(w.team_a, cycle_id)).value();
    copy_id = tx.insert_goal(goal_in(w.team_a, next_id)).value();
    return ok();
  }).has_value());
  GoalResult line;
  line.goal_id = goal_id;
  line.title = "Meer leesplezier";
  line.unit = GoalUnit::percentage;
  line.direction = Direction::higher;
  line.baseline = 40;
  line.target = 70;
  line.latest = 58;
  line.latest_week = "2026-10-12";
  line.reached = "partly";
  line.continued_as = copy_id;
  line.actions_carried = 2;
  GoalResult unmeasured = line;
  unmeasured.latest.reset();
  unmeasured.latest_week.reset();
  unmeasured.continued_as.reset();
  unmeasured.reached = "no";
  const Retrospective retro{"partly", "Samen meten", "Kleinere acties", 77};
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return tx.close_cycle(cycle_id, retro, {line, unmeasured}, 1); }).has_value());
  // Written once: a second retrospective is refused, even on the current version.
  auto again = store_->write([&](WriteTx& tx) { return tx.close_cycle(cycle_id, retro, {}, 2); });
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  auto stale = store_->write([&](WriteTx& tx) { return tx.close_cycle(cycle_id, retro, {}, 1); });
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  // Renaming the cycle keeps its retrospective.
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    auto cycle = *tx.find_cycle(cycle_id);
    cycle.name = "Herfst";
    cycle.retrospective.reset();  // update_cycle never touches it
    return tx.update_cycle(cycle, 2);
  }).has_value());
  auto read = read_value<CycleReview>(*store_, [&](ReadTx& tx) -> Result<CycleReview> {
    return CycleReview{*tx.find_cycle(cycle_id), tx.list_goal_results(cycle_id)};
  });
  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(read->cycle.name, "Herfst");
  EXPECT_EQ(read->cycle.version, 3);
  ASSERT_TRUE(read->cycle.retrospective.has_value());
  EXPECT_EQ(read->cycle.retrospective->change, "Kleinere acties");
  EXPECT_EQ(read->cycle.retrospective->closed_at, 77);
  ASSERT_EQ(read->goals.size(), 2u);
  EXPECT_EQ(read->goals[0].goal_id, goal_id);
  EXPECT_EQ(read->goals[0].latest, 58);
  EXPECT_EQ(read->goals[0].latest_week, "2026-10-12");
  EXPECT_EQ(read->goals[0].continued_as, copy_id);
  EXPECT_EQ(read->goals[0].actions_carried, 2);
  EXPECT_FALSE(read->goals[1].latest.has_value());
  EXPECT_EQ(read->goals[1].reached, "no");
  // A deleted goal leaves its line, as it read then.
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return tx.delete_goal(goal_id, 1); }).has_value());
  auto lines = read_value<std::vector<GoalResult>>(*store_, [&](ReadTx& tx) -> Result<std::vector<GoalResult>> {
    return tx.list_goal_results(cycle_id);
  });
  ASSERT_EQ(lines->size(), 2u);
  EXPECT_FALSE(lines->at(0).goal_id.has_value());
  EXPECT_EQ(lines->at(0).title, "Meer leesplezier");
}

TEST_P(StoreContract, AmbitionsCarryVersionsAndKnowTheGoalsThatServeThem) {
  auto w = make_world(*store_);
  Id ambition_id = 0, goal_id = 0;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    ambition_id = tx.insert_ambition({0, w.school_a, "2026-2027", "Lezen", "", 1}).value();
    const Id cycle_id = tx.insert_cycle({0, w.team_a, "Cyclus 1", "2026-09-07", "2026-10-18", std::nullopt, 1}).value();
    goal_id = tx.insert_goal(goal_in(w.team_a, cycle_id, ambition_id)).value();
    return ok();
  }).has_value());
  Ambition changed{ambition_id, w.school_a, "2026-2027", "Lezen met plezier", "Voor iedereen", 1};
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return tx.update_ambition(changed, 1); }).has_value());
  EXPECT_EQ(store_->write([&](WriteTx& tx) { return tx.update_ambition(changed, 1); }).error().code, ErrorCode::conflict);
  auto serving = read_value<std::int64_t>(*store_, [&](ReadTx& tx) -> Result<std::int64_t> {
    return tx.count_goals_of_ambition(ambition_id);
  });
  EXPECT_EQ(serving.value(), 1);
  EXPECT_EQ(store_->write([&](WriteTx& tx) { return tx.delete_ambition(ambition_id, 1); }).error().code, ErrorCode::conflict);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return tx.delete_ambition(ambition_id, 2); }).has_value());
  EXPECT_EQ(store_->write([&](WriteTx& tx) { return tx.delete_ambition(ambition_id, 2); }).error().code, ErrorCode::not_found);
  // Its goals stay, without the link.
  auto goal = read_value<std::optional<Goal>>(*store_, [&](ReadTx& tx) -> Result<std::optional<Goal>> {
    return tx.find_goal(goal_id);
  });
  ASSERT_TRUE(goal->has_value());
  EXPECT_FALSE((*goal)->ambition_id.has_value());
}

TEST_P(StoreContract, MembershipsResolveUpTheTree) {
  auto w = make_world(*store_);
  auto views = read_value<std::vector<MembershipView>>(*store_, [&](ReadTx& tx) -> Result<std::vector<MembershipView>> {
    return tx.list_memberships_of_user(w.alice);
  });
  ASSERT_EQ(views->size(), 1u);
  const auto& m = views->front();
  EXPECT_EQ(m.role, Role::leraar);
  EXPECT_EQ(m.team_id, w.team_a);
  EXPECT_EQ(m.school_id, w.school_a);
  EXPECT_EQ(m.bestuur_id, w.bestuur_a);
  EXPECT_EQ(m.team_name, "Team A");
  EXPECT_EQ(m.school_name, "School A");
  EXPECT_EQ(m.bestuur_name, "Bestuur A");
}

TEST_P(StoreContract, ListingsStayInsideTheirTenant) {
  auto w = make_world(*store_);
  auto check = store_->read([&](ReadTx& tx) -> Result<void> {
    for (const auto& m : tx.list_memberships_in_school(w.school_a)) EXPECT_NE(m.user_id, w.bob);
    for (const auto& m : tx.list_memberships_in_team(w.team_a)) EXPECT_NE(m.user_id, w.bob);
    EXPECT_EQ(tx.list_memberships_in_school(w.school_a).size(), 1u);
    for (const auto& t : tx.list_teams_of_school(w.school_a)) EXPECT_NE(t.id, w.team_b);
    for (const auto& s : tx.list_schools_of_bestuur(w.bestuur_a)) EXPECT_NE(s.id, w.school_b);
    EXPECT_TRUE(tx.list_open_invitations(w.school_b, 0).empty());
    return ok();
  });
  EXPECT_TRUE(check.has_value());
}

TEST_P(StoreContract, DuplicateMembershipIsRefused) {
  auto w = make_world(*store_);
  Membership m;
  m.user_id = w.alice;
  m.role = Role::leraar;
  m.team_id = w.team_a;
  auto again = write_value<Id>(*store_, [&](WriteTx& tx) { return tx.insert_membership(m); });
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::already_exists);
}

// Caches and screens may still know a deleted row's id: a new row, maybe in
// another school, must never get it.
TEST_P(StoreContract, IdsOfDeletedRowsAreNeverHandedOutAgain) {
  auto w = make_world(*store_);
  auto status = store_->write([&](WriteTx& tx) -> Result<void> {
    BoardItem item;
    item.team_id = w.team_b;
    item.text = "Kaart";
    item.status = "todo";
    item.created_by = w.bob;
    const Id item_id = tx.insert_item(item).value();
    EXPECT_TRUE(tx.delete_item(item_id, 1).has_value());
    item.team_id = w.team_a;
    item.created_by = w.alice;
    EXPECT_GT(tx.insert_item(item).value(), item_id);

    Ambition ambition;
    ambition.school_id = w.school_b;
    ambition.school_year = "2026-2027";
    ambition.title = "Ambitie";
    const Id ambition_id = tx.insert_ambition(ambition).value();
    EXPECT_TRUE(tx.delete_ambition(ambition_id, 1).has_value());
    ambition.school_id = w.school_a;
    EXPECT_GT(tx.insert_ambition(ambition).value(), ambition_id);

    Invitation invitation;
    invitation.token_hash = "first";
    invitation.email = "new@b.nl";
    invitation.school_id = w.school_b;
    invitation.invited_by = w.bob;
    invitation.expires_at = 100;
    const Id invitation_id = tx.insert_invitation(invitation).value();
    EXPECT_TRUE(tx.delete_invitation(invitation_id).has_value());
    invitation.token_hash = "second";
    EXPECT_GT(tx.insert_invitation(invitation).value(), invitation_id);

    Membership coach;
    coach.user_id = w.bob;
    coach.role = Role::schoolcoach;
    coach.school_id = w.school_b;
    const Id membership_id = tx.insert_membership(coach).value();
    EXPECT_TRUE(tx.delete_membership(membership_id).has_value());
    coach.user_id = w.alice;
    coach.school_id = w.school_a;
    EXPECT_GT(tx.insert_membership(coach).value(), membership_id);

    const Id team_id = tx.insert_team({0, w.school_b, "Team B2"}).value();
    EXPECT_TRUE(tx.delete_team(team_id).has_value());
    EXPECT_GT(tx.insert_team({0, w.school_a, "Team A2"}).value(), team_id);
    return ok();
  });
  EXPECT_TRUE(status.has_value());
}

TEST_P(StoreContract, DeletingATeamRemovesItsMembershipsAndInvitations) {
  auto w = make_world(*store_);
  auto status = store_->write([&](WriteTx& tx) -> Result<void> {
    Invitation invitation;
    invitation.token_hash = "abc";
    invitation.email = "new@a.nl";
    invitation.school_id = w.school_a;
    invitation.team_id = w.team_a;
    invitation.invited_by = w.alice;
    invitation.expires_at = 100;
    EXPECT_TRUE(tx.insert_invitation(invitation).has_value());
    return tx.delete_team(w.team_a);
  });
  ASSERT_TRUE(status.has_value());
  auto check = store_->read([&](ReadTx& tx) -> Result<void> {
    EXPECT_TRUE(tx.list_memberships_of_user(w.alice).empty());
    EXPECT_FALSE(tx.find_invitation_by_token("abc").has_value());
    EXPECT_EQ(tx.list_memberships_of_user(w.bob).size(), 1u);
    return ok();
  });
  EXPECT_TRUE(check.has_value());
}

TEST_P(StoreContract, SessionsAndInvitationLifecycle) {
  auto w = make_world(*store_);
  auto status = store_->write([&](WriteTx& tx) -> Result<void> {
    EXPECT_TRUE(tx.insert_session({"h1", w.alice, "csrf", 10, 10}).has_value());
    EXPECT_TRUE(tx.insert_session({"h2", w.alice, "csrf", 10, 10}).has_value());
    EXPECT_TRUE(tx.touch_session("h1", 50).has_value());
    Invitation invitation;
    invitation.token_hash = "tok";
    invitation.email = "x@a.nl";
    invitation.role = Role::schoolcoach;
    invitation.school_id = w.school_a;
    invitation.invited_by = w.alice;
    invitation.created_at = 10;
    invitation.expires_at = 100;
    auto id = tx.insert_invitation(invitation);
    EXPECT_TRUE(id.has_value());
    EXPECT_EQ(tx.list_open_invitations(w.school_a, 50).size(), 1u);
    EXPECT_TRUE(tx.list_open_invitations(w.school_a, 101).empty());
    EXPECT_TRUE(tx.mark_invitation_accepted(*id, 60).has_value());
    EXPECT_FALSE(tx.mark_invitation_accepted(*id, 61).has_value());  // only once
    EXPECT_TRUE(tx.list_open_invitations(w.school_a, 70).empty());
    return ok();
  });
  ASSERT_TRUE(status.has_value());
  auto check = store_->read([&](ReadTx& tx) -> Result<void> {
    EXPECT_EQ(tx.find_session("h1")->last_seen_at, 50);
    return ok();
  });
  ASSERT_TRUE(check.has_value());
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return tx.delete_sessions_of_user(w.alice); }).has_value());
  auto gone = store_->read([&](ReadTx& tx) -> Result<void> {
    EXPECT_FALSE(tx.find_session("h1").has_value());
    EXPECT_FALSE(tx.find_session("h2").has_value());
    return ok();
  });
  EXPECT_TRUE(gone.has_value());
}

TEST_P(StoreContract, BrinIsUniqueAndNamesTheField) {
  auto w = make_world(*store_);
  auto duplicate = write_value<Id>(*store_, [&](WriteTx& tx) {
    return tx.insert_school({0, w.bestuur_a, "Other", Sector::po, "11AA", Region::noord});
  });
  ASSERT_FALSE(duplicate.has_value());
  EXPECT_EQ(duplicate.error().code, ErrorCode::already_exists);
  EXPECT_EQ(duplicate.error().field, "brin");
}

TEST_P(StoreContract, AuditTrailIsNewestFirst) {
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    EXPECT_TRUE(tx.append_audit({1, std::nullopt, "first", "x", ""}).has_value());
    EXPECT_TRUE(tx.append_audit({2, 7, "second", "y", "d"}).has_value());
    return ok();
  }).has_value());
  auto entries = read_value<std::vector<AuditEntry>>(*store_, [](ReadTx& tx) -> Result<std::vector<AuditEntry>> {
    return tx.list_audit(10);
  });
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ(entries->front().action, "second");
  EXPECT_EQ(entries->front().user_id, 7);
}

}  // namespace sb::contract
