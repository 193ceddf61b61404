// The classboard module's store contract: what every store implementation must
// do with class boards, their cards, ideas, measurements and screen sessions.
// Each implementation instantiates it, e.g.
// modules/classboard/sql/sql_class_board_store_test.cpp.
#include "modules/classboard/contract/class_board_store_contract.h"

#include "modules/classboard/core/store.h"
#include "modules/organisation/contract/tenants.h"

namespace sb::contract {
namespace {

ClassBoard a_board(const Tenants& w, std::string code) {
  ClassBoard b;
  b.school_id = w.school_a;
  b.team_id = w.team_a;
  b.owner_id = w.alice;
  b.class_name = "Groep 6b";
  b.goal = "We lezen elke dag een kwartier";
  b.measure_kind = ClassMeasureKind::number;
  b.measure_label = "Minuten gelezen";
  b.code = std::move(code);
  b.code_expires_at = 10'000;
  b.created_at = 1000;
  return b;
}

template <class T>
T read(Store& store, const std::function<T(ClassBoardReads&)>& work) {
  return read_value<T>(store, [&](ReadTx& tx) -> Result<T> { return work(class_boards(tx)); }).value();
}

Id insert(Store& store, const ClassBoard& board) {
  return write_value<Id>(store, [&](WriteTx& tx) { return class_boards(tx).insert_class_board(board); }).value();
}

}  // namespace

TEST_P(ClassBoardStoreContract, ABoardKeepsItsFieldsAndCountsItsChanges) {
  auto w = make_tenants(*store_);
  const Id id = insert(*store_, a_board(w, "ACE3K79"));
  auto board = read<std::optional<ClassBoard>>(*store_, [&](auto& s) { return s.find_class_board(id); });
  ASSERT_TRUE(board.has_value());
  EXPECT_EQ(board->class_name, "Groep 6b");
  EXPECT_EQ(board->measure_kind, ClassMeasureKind::number);
  EXPECT_EQ(board->code, "ACE3K79");
  EXPECT_FALSE(board->display_link);
  EXPECT_EQ(board->seq, 0);
  auto seqs = write_value<std::int64_t>(*store_, [&](WriteTx& tx) -> Result<std::int64_t> {
    SB_CHECK(class_boards(tx).next_class_board_seq(id));
    return class_boards(tx).next_class_board_seq(id);
  });
  EXPECT_EQ(seqs.value(), 2);
  EXPECT_FALSE(write_value<std::int64_t>(*store_, [&](WriteTx& tx) {
                 return class_boards(tx).next_class_board_seq(id + 99);
               }).has_value());
  board->goal = "Rustig werken";
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return class_boards(tx).update_class_board(*board); }).has_value());
  EXPECT_EQ(read<std::optional<ClassBoard>>(*store_, [&](auto& s) { return s.find_class_board(id); })->goal,
            "Rustig werken");
  EXPECT_EQ(
      read<std::vector<ClassBoard>>(*store_, [&](auto& s) { return s.class_boards_of(w.alice, w.team_a); }).size(), 1u);
  EXPECT_TRUE(
      read<std::vector<ClassBoard>>(*store_, [&](auto& s) { return s.class_boards_of(w.bob, w.team_a); }).empty());
  auto per_team =
      read<std::vector<TeamClassBoards>>(*store_, [&](auto& s) { return s.class_boards_per_team(w.school_a); });
  ASSERT_EQ(per_team.size(), 1u);
  EXPECT_EQ(per_team[0].boards, 1);
  EXPECT_TRUE(read<std::vector<TeamClassBoards>>(*store_, [&](auto& s) {
                return s.class_boards_per_team(w.school_b);
              }).empty());
}

TEST_P(ClassBoardStoreContract, ACodeFindsItsBoardUntilItExpires) {
  auto w = make_tenants(*store_);
  const Id id = insert(*store_, a_board(w, "ACE3K79"));
  auto by_code = [&](std::string_view code, UnixTime now) {
    return read<std::optional<ClassBoard>>(*store_, [&](auto& s) { return s.class_board_with_code(code, now); });
  };
  EXPECT_EQ(by_code("ACE3K79", 9999)->id, id);
  EXPECT_FALSE(by_code("ACE3K79", 10'000).has_value());
  EXPECT_FALSE(by_code("XXXXXXX", 5000).has_value());
  ASSERT_TRUE(
      store_->write([&](WriteTx& tx) { return class_boards(tx).set_class_code(id, "HJK4679", 20'000); }).has_value());
  EXPECT_FALSE(by_code("ACE3K79", 5000).has_value());
  EXPECT_EQ(by_code("HJK4679", 15'000)->id, id);
}

TEST_P(ClassBoardStoreContract, ADisplayLinkOpensUntilRevokedAndASessionUntilItEnds) {
  auto w = make_tenants(*store_);
  const Id id = insert(*store_, a_board(w, "ACE3K79"));
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return class_boards(tx).set_class_display(id, "hash-1"); }).has_value());
  EXPECT_EQ(read<std::optional<ClassBoard>>(*store_, [&](auto& s) { return s.class_board_with_display("hash-1"); })->id,
            id);
  EXPECT_TRUE(read<std::optional<ClassBoard>>(*store_, [&](auto& s) { return s.find_class_board(id); })->display_link);
  ASSERT_TRUE(
      store_->write([&](WriteTx& tx) { return class_boards(tx).set_class_display(id, std::nullopt); }).has_value());
  EXPECT_FALSE(read<std::optional<ClassBoard>>(*store_, [&](auto& s) {
                 return s.class_board_with_display("hash-1");
               }).has_value());

  const UnixTime t = 1'794'996'000;  // Wednesday 18 November 2026
  ASSERT_TRUE(write_value<Id>(*store_, [&](WriteTx& tx) {
                return class_boards(tx).insert_class_session(id, "s-1", t, t + 1000);
              }).has_value());
  auto running =
      read<std::optional<ClassSession>>(*store_, [&](auto& s) { return s.running_class_session_with("s-1", t + 500); });
  ASSERT_TRUE(running.has_value());
  EXPECT_EQ(running->board_id, id);
  EXPECT_FALSE(read<std::optional<ClassSession>>(
      *store_, [&](auto& s) { return s.running_class_session_with("s-1", t + 1000); }));
  EXPECT_TRUE(
      read<std::optional<ClassSession>>(*store_, [&](auto& s) { return s.running_class_session_of(id, t + 500); }));
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return class_boards(tx).end_class_sessions(id, t + 200); }).has_value());
  EXPECT_FALSE(read<std::optional<ClassSession>>(
      *store_, [&](auto& s) { return s.running_class_session_with("s-1", t + 300); }));
  // Sessions count per team and week for the rhythm.
  auto signals = read<std::vector<RhythmSignal>>(*store_, [&](auto& s) {
    return s.count_class_sessions_by_week({{w.team_a, w.team_b}, "2026-11-16", "2026-11-23"});
  });
  ASSERT_EQ(signals.size(), 1u);
  EXPECT_EQ(signals[0].team_id, w.team_a);
  EXPECT_EQ(signals[0].week, "2026-11-16");
  EXPECT_EQ(signals[0].kind, "class_board_session");
  EXPECT_EQ(signals[0].count, 1);
}

TEST_P(ClassBoardStoreContract, CardsIdeasAndMeasurementsBelongToTheirBoardAndGoWithIt) {
  auto w = make_tenants(*store_);
  const Id id = insert(*store_, a_board(w, "ACE3K79"));
  const Id other = insert(*store_, a_board(w, "HJK4679"));
  Id item = 0, idea = 0;
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    auto& s = class_boards(tx);
                    SB_TRY(made, s.insert_class_item({0, id, ClassItemKind::obstacle, "Te veel lawaai", false}));
                    item = made;
                    SB_CHECK(s.insert_class_item({0, other, ClassItemKind::action, "Elders", false}));
                    SB_TRY(sent, s.insert_class_idea(id, "Een stilteteken"));
                    idea = sent;
                    SB_CHECK(s.put_class_measurement(id, {"2026-11-23", 12}));
                    SB_CHECK(s.put_class_measurement(id, {"2026-11-16", 8}));
                    return s.put_class_measurement(id, {"2026-11-23", 15});  // the same week again replaces it
                  })
                  .has_value());
  auto items = read<std::vector<ClassItem>>(*store_, [&](auto& s) { return s.class_items(id); });
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].kind, ClassItemKind::obstacle);
  EXPECT_FALSE(items[0].done);
  items[0].done = true;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return class_boards(tx).update_class_item(items[0]); }).has_value());
  EXPECT_TRUE(read<std::optional<ClassItem>>(*store_, [&](auto& s) { return s.find_class_item(item); })->done);
  EXPECT_FALSE(read<std::optional<ClassIdea>>(*store_, [&](auto& s) { return s.find_class_idea(idea); })->approved);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return class_boards(tx).approve_class_idea(idea); }).has_value());
  EXPECT_TRUE(read<std::vector<ClassIdea>>(*store_, [&](auto& s) { return s.class_ideas(id); })[0].approved);
  auto weeks = read<std::vector<ClassMeasurement>>(*store_, [&](auto& s) { return s.class_measurements(id); });
  ASSERT_EQ(weeks.size(), 2u);
  EXPECT_EQ(weeks[0].week, "2026-11-16");
  EXPECT_EQ(weeks[1].value, 15);

  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return class_boards(tx).delete_class_board(id); }).has_value());
  EXPECT_FALSE(read<std::optional<ClassItem>>(*store_, [&](auto& s) { return s.find_class_item(item); }).has_value());
  EXPECT_FALSE(read<std::optional<ClassIdea>>(*store_, [&](auto& s) { return s.find_class_idea(idea); }).has_value());
  EXPECT_TRUE(read<std::vector<ClassMeasurement>>(*store_, [&](auto& s) { return s.class_measurements(id); }).empty());
  EXPECT_EQ(read<std::vector<ClassItem>>(*store_, [&](auto& s) { return s.class_items(other); }).size(), 1u);
}

}  // namespace sb::contract
