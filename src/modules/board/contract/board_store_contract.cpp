// The board module's store contract: what every store implementation
// must do with the board's data. Each implementation instantiates it,
// e.g. modules/board/sql/sql_board_store_test.cpp.
#include "modules/board/contract/board_store_contract.h"

#include "modules/board/core/store.h"
#include "modules/organisation/contract/tenants.h"

namespace sb::contract {

TEST_P(BoardStoreContract, BoardItemsCarryVersionsAndRefuseStaleUpdates) {
  auto w = make_tenants(*store_);
  BoardItem item;
  item.team_id = w.team_a;
  item.text = "Kaart";
  item.status = "todo";
  item.owner_ids = {w.alice};
  item.created_by = w.alice;
  auto id = write_value<Id>(*store_, [&](WriteTx& tx) { return board(tx).insert_item(item); });
  ASSERT_TRUE(id.has_value());
  item.id = *id;
  item.status = "doing";
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return board(tx).update_item(item, 1); }).has_value());
  auto stale = store_->write([&](WriteTx& tx) { return board(tx).update_item(item, 1); });
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  auto missing = store_->write([&](WriteTx& tx) { return board(tx).delete_item(*id + 100, 1); });
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
  auto read = read_value<std::optional<BoardItem>>(
      *store_, [&](ReadTx& tx) -> Result<std::optional<BoardItem>> { return board(tx).find_item(*id); });
  ASSERT_TRUE(read->has_value());
  EXPECT_EQ((*read)->version, 2);
  EXPECT_EQ((*read)->status, "doing");
  EXPECT_EQ((*read)->owner_ids, std::vector<Id>{w.alice});  // an update leaves the owners as they were
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return board(tx).replace_item_owners(*id, {w.bob, w.alice}); }));
  auto owned = read_value<std::optional<BoardItem>>(
      *store_, [&](ReadTx& tx) -> Result<std::optional<BoardItem>> { return board(tx).find_item(*id); });
  EXPECT_EQ((*owned)->owner_ids, (std::vector<Id>{std::min(w.alice, w.bob), std::max(w.alice, w.bob)}));
  EXPECT_EQ((*owned)->version, 2);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return board(tx).replace_item_owners(*id, {}); }));
  auto unowned = read_value<std::optional<BoardItem>>(
      *store_, [&](ReadTx& tx) -> Result<std::optional<BoardItem>> { return board(tx).find_item(*id); });
  EXPECT_TRUE((*unowned)->owner_ids.empty());
  EXPECT_EQ((*unowned)->text, "Kaart");
  // Another team's list never holds it.
  auto other = read_value<std::size_t>(
      *store_, [&](ReadTx& tx) -> Result<std::size_t> { return board(tx).list_items(w.team_b).size(); });
  EXPECT_EQ(other.value(), 0u);
}

TEST_P(BoardStoreContract, BoardSequenceCountsPerBoardAndRollsBackWithItsChange) {
  auto w = make_tenants(*store_);
  auto first = write_value<std::int64_t>(*store_, [&](WriteTx& tx) { return board(tx).next_board_seq(w.team_a); });
  auto second = write_value<std::int64_t>(*store_, [&](WriteTx& tx) { return board(tx).next_board_seq(w.team_a); });
  auto other = write_value<std::int64_t>(*store_, [&](WriteTx& tx) { return board(tx).next_board_seq(w.team_b); });
  EXPECT_EQ(first.value(), 1);
  EXPECT_EQ(second.value(), 2);
  EXPECT_EQ(other.value(), 1);
  EXPECT_FALSE(store_
                   ->write([&](WriteTx& tx) -> Result<void> {
                     (void)board(tx).next_board_seq(w.team_a);
                     return std::unexpected(Error::invalid("x", "rolled back"));
                   })
                   .has_value());
  auto seq = read_value<std::int64_t>(
      *store_, [&](ReadTx& tx) -> Result<std::int64_t> { return board(tx).board_seq(w.team_a); });
  EXPECT_EQ(seq.value(), 2);
}

// The school leader's live list of obstacles numbers its events in the database like a board, so that every
// server process on it counts on from the same number.
TEST_P(BoardStoreContract, LeadershipSequenceCountsPerSchoolAndRollsBackWithItsChange) {
  auto w = make_tenants(*store_);
  auto leadership_seq = [&](Id school_id) {
    return read_value<std::int64_t>(
               *store_, [&](ReadTx& tx) -> Result<std::int64_t> { return board(tx).leadership_seq(school_id); })
        .value();
  };
  EXPECT_EQ(leadership_seq(w.school_a), 0);
  auto first = write_value<std::int64_t>(*store_, [&](WriteTx& tx) { return board(tx).next_leadership_seq(w.school_a); });
  auto second = write_value<std::int64_t>(*store_, [&](WriteTx& tx) { return board(tx).next_leadership_seq(w.school_a); });
  auto other = write_value<std::int64_t>(*store_, [&](WriteTx& tx) { return board(tx).next_leadership_seq(w.school_b); });
  EXPECT_EQ(first.value(), 1);
  EXPECT_EQ(second.value(), 2);
  EXPECT_EQ(other.value(), 1);
  EXPECT_FALSE(store_
                   ->write([&](WriteTx& tx) -> Result<void> {
                     (void)board(tx).next_leadership_seq(w.school_a);
                     return std::unexpected(Error::invalid("x", "rolled back"));
                   })
                   .has_value());
  EXPECT_EQ(leadership_seq(w.school_a), 2);
  EXPECT_EQ(leadership_seq(w.school_b), 1);
  // A board's numbers and a school's are apart.
  auto board_seq = read_value<std::int64_t>(
      *store_, [&](ReadTx& tx) -> Result<std::int64_t> { return board(tx).board_seq(w.team_a); });
  EXPECT_EQ(board_seq.value(), 0);
}

TEST_P(BoardStoreContract, AClosedSessionKeepsItsRecordAndOneSessionRunsAtATime) {
  auto w = make_tenants(*store_);
  BoardSession session;
  session.team_id = w.team_a;
  session.started_by = w.alice;
  session.attendance = {w.alice};
  auto id = write_value<Id>(*store_, [&](WriteTx& tx) { return board(tx).insert_board_session(session); });
  ASSERT_TRUE(id.has_value());
  auto second = write_value<Id>(*store_, [&](WriteTx& tx) { return board(tx).insert_board_session(session); });
  EXPECT_EQ(second.error().code, ErrorCode::already_exists);
  std::vector<RecordEntry> record{{"attendee", w.alice, "Alice", ""}, {"success", std::nullopt, "Gelukt", ""}};
  ASSERT_TRUE(
      store_->write([&](WriteTx& tx) { return board(tx).close_board_session(*id, 99, record, 1); }).has_value());
  // Closed for good: not a stale version, a state that refuses every change.
  auto again = store_->write([&](WriteTx& tx) { return board(tx).close_board_session(*id, 100, record, 2); });
  EXPECT_EQ(again.error().code, ErrorCode::failed_precondition);
  session.id = *id;
  auto changed = store_->write([&](WriteTx& tx) { return board(tx).update_board_session(session, 2); });
  EXPECT_EQ(changed.error().code, ErrorCode::failed_precondition);
  auto entries = read_value<std::vector<RecordEntry>>(
      *store_, [&](ReadTx& tx) -> Result<std::vector<RecordEntry>> { return board(tx).list_record_entries(*id); });
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ(entries->at(1).text, "Gelukt");
  auto open = read_value<bool>(
      *store_, [&](ReadTx& tx) -> Result<bool> { return board(tx).find_open_board_session(w.team_a).has_value(); });
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

TEST_P(BoardStoreContract, ARetrospectiveIsWrittenOnceWithItsGoalLines) {
  auto w = make_tenants(*store_);
  Id cycle_id = 0, goal_id = 0, copy_id = 0;
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    cycle_id = board(tx)
                                   .insert_cycle({0, w.team_a, "Cyclus 1", "2026-09-07", "2026-10-18", std::nullopt, 1,
                                                  std::nullopt, ""})
                                   .value();
                    const Id next_id = board(tx)
                                           .insert_cycle({0, w.team_a, "Cyclus 2", "2026-10-19", "2026-11-29",
                                                          std::nullopt, 1, std::nullopt, ""})
                                           .value();
                    goal_id = board(tx).insert_goal(goal_in(w.team_a, cycle_id)).value();
                    copy_id = board(tx).insert_goal(goal_in(w.team_a, next_id)).value();
                    return ok();
                  })
                  .has_value());
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
  ASSERT_TRUE(store_->write([&](WriteTx& tx) {
                      return board(tx).close_cycle(cycle_id, retro, {line, unmeasured}, 1);
                    })
                  .has_value());
  // Written once: a second retrospective is refused, on the current version as on a stale one.
  auto again = store_->write([&](WriteTx& tx) { return board(tx).close_cycle(cycle_id, retro, {}, 2); });
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::already_exists);
  EXPECT_EQ(again.error().field, "retrospective");
  auto stale = store_->write([&](WriteTx& tx) { return board(tx).close_cycle(cycle_id, retro, {}, 1); });
  EXPECT_EQ(stale.error().code, ErrorCode::already_exists);
  // Renaming the cycle keeps its retrospective.
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    auto cycle = *board(tx).find_cycle(cycle_id);
                    cycle.name = "Herfst";
                    cycle.retrospective.reset();  // update_cycle never touches it
                    return board(tx).update_cycle(cycle, 2);
                  })
                  .has_value());
  auto read = read_value<CycleReview>(*store_, [&](ReadTx& tx) -> Result<CycleReview> {
    return CycleReview{*board(tx).find_cycle(cycle_id), board(tx).list_goal_results(cycle_id)};
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
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return board(tx).delete_goal(goal_id, 1); }).has_value());
  auto lines = read_value<std::vector<GoalResult>>(
      *store_, [&](ReadTx& tx) -> Result<std::vector<GoalResult>> { return board(tx).list_goal_results(cycle_id); });
  ASSERT_EQ(lines->size(), 2u);
  EXPECT_FALSE(lines->at(0).goal_id.has_value());
  EXPECT_EQ(lines->at(0).title, "Meer leesplezier");
}

TEST_P(BoardStoreContract, AmbitionsCarryVersionsAndKnowTheGoalsThatServeThem) {
  auto w = make_tenants(*store_);
  Id ambition_id = 0, goal_id = 0;
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    ambition_id = board(tx).insert_ambition({0, w.school_a, "2026-2027", "Lezen", "", 1}).value();
                    const Id cycle_id = board(tx)
                                            .insert_cycle({0, w.team_a, "Cyclus 1", "2026-09-07", "2026-10-18",
                                                           std::nullopt, 1, std::nullopt, ""})
                                            .value();
                    goal_id = board(tx).insert_goal(goal_in(w.team_a, cycle_id, ambition_id)).value();
                    return ok();
                  })
                  .has_value());
  Ambition changed{ambition_id, w.school_a, "2026-2027", "Lezen met plezier", "Voor iedereen", 1};
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return board(tx).update_ambition(changed, 1); }).has_value());
  EXPECT_EQ(store_->write([&](WriteTx& tx) { return board(tx).update_ambition(changed, 1); }).error().code,
            ErrorCode::conflict);
  auto serving = read_value<std::int64_t>(
      *store_, [&](ReadTx& tx) -> Result<std::int64_t> { return board(tx).count_goals_of_ambition(ambition_id); });
  EXPECT_EQ(serving.value(), 1);
  EXPECT_EQ(store_->write([&](WriteTx& tx) { return board(tx).delete_ambition(ambition_id, 1); }).error().code,
            ErrorCode::conflict);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return board(tx).delete_ambition(ambition_id, 2); }).has_value());
  EXPECT_EQ(store_->write([&](WriteTx& tx) { return board(tx).delete_ambition(ambition_id, 2); }).error().code,
            ErrorCode::not_found);
  // Its goals stay, without the link.
  auto goal = read_value<std::optional<Goal>>(
      *store_, [&](ReadTx& tx) -> Result<std::optional<Goal>> { return board(tx).find_goal(goal_id); });
  ASSERT_TRUE(goal->has_value());
  EXPECT_FALSE((*goal)->ambition_id.has_value());
}

// Caches and screens may still know a deleted row's id: a new row, maybe in
// another school, must never get it.
TEST_P(BoardStoreContract, IdsOfDeletedRowsAreNeverHandedOutAgain) {
  auto w = make_tenants(*store_);
  auto status = store_->write([&](WriteTx& tx) -> Result<void> {
    BoardItem item;
    item.team_id = w.team_b;
    item.text = "Kaart";
    item.status = "todo";
    item.created_by = w.bob;
    const Id item_id = board(tx).insert_item(item).value();
    EXPECT_TRUE(board(tx).delete_item(item_id, 1).has_value());
    item.team_id = w.team_a;
    item.created_by = w.alice;
    EXPECT_GT(board(tx).insert_item(item).value(), item_id);

    Ambition ambition;
    ambition.school_id = w.school_b;
    ambition.school_year = "2026-2027";
    ambition.title = "Ambitie";
    const Id ambition_id = board(tx).insert_ambition(ambition).value();
    EXPECT_TRUE(board(tx).delete_ambition(ambition_id, 1).has_value());
    ambition.school_id = w.school_a;
    EXPECT_GT(board(tx).insert_ambition(ambition).value(), ambition_id);
    return ok();
  });
  EXPECT_TRUE(status.has_value());
}

// Mijn acties and the weekly digest read a person's items across every team: only theirs, every owner of each.
TEST_P(BoardStoreContract, APersonsOpenActionsAndRaisedObstaclesAreListedAcrossTeamsAndOnlyTheirs) {
  auto w = make_tenants(*store_);
  Id open_a = 0, shared_b = 0, obstacle_a = 0;
  auto status = store_->write([&](WriteTx& tx) -> Result<void> {
    auto item = [&](Id team, ItemKind kind, const char* status_text, std::vector<Id> owners, Id by,
                    std::optional<std::string> due) {
      BoardItem i;
      i.team_id = team;
      i.kind = kind;
      i.text = "Kaart";
      i.status = status_text;
      i.owner_ids = std::move(owners);
      i.created_by = by;
      i.due_on = std::move(due);
      return board(tx).insert_item(i).value();
    };
    open_a = item(w.team_a, ItemKind::action, "todo", {w.alice}, w.alice, "2026-11-10");
    shared_b = item(w.team_b, ItemKind::action, "doing", {w.alice, w.bob}, w.bob, std::nullopt);
    item(w.team_a, ItemKind::action, "done", {w.alice}, w.alice, "2026-11-01");   // done: not open
    item(w.team_b, ItemKind::action, "todo", {w.bob}, w.bob, "2026-11-20");       // bob's alone
    item(w.team_a, ItemKind::success, "open", {w.alice}, w.alice, std::nullopt);  // not an action
    obstacle_a = item(w.team_a, ItemKind::obstacle, "leadership", {}, w.alice, std::nullopt);
    item(w.team_b, ItemKind::obstacle, "open", {}, w.bob, std::nullopt);
    return ok();
  });
  ASSERT_TRUE(status.has_value());
  std::vector<BoardItem> actions, obstacles;
  std::vector<Id> due_before_15th, due_before_21st, due_before_10th;
  ASSERT_TRUE(store_
                  ->read([&](ReadTx& tx) -> Result<void> {
                    actions = board(tx).list_open_actions_of(w.alice);
                    obstacles = board(tx).list_obstacles_raised_by(w.alice);
                    due_before_15th = board(tx).list_owners_of_open_actions_due_before("2026-11-15");
                    due_before_21st = board(tx).list_owners_of_open_actions_due_before("2026-11-21");
                    due_before_10th = board(tx).list_owners_of_open_actions_due_before("2026-11-10");
                    return ok();
                  })
                  .has_value());
  ASSERT_EQ(actions.size(), 2u);
  EXPECT_EQ(actions[0].id, open_a);
  EXPECT_EQ(actions[1].id, shared_b);
  EXPECT_EQ(actions[1].owner_ids, (std::vector<Id>{w.alice, w.bob}));  // every owner, not only the one asked for
  EXPECT_EQ(actions[0].due_on, std::optional<std::string>("2026-11-10"));
  ASSERT_EQ(obstacles.size(), 1u);
  EXPECT_EQ(obstacles[0].id, obstacle_a);
  // Owners of open actions due before a date, each once: alice's of the 10th; bob's of the 20th only later.
  EXPECT_EQ(due_before_15th, std::vector<Id>{w.alice});
  EXPECT_EQ(due_before_21st, (std::vector<Id>{w.alice, w.bob}));
  EXPECT_TRUE(due_before_10th.empty());
}

}  // namespace sb::contract
