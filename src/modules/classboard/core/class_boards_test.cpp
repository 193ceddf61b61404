// Class boards called as the use cases they are, against the real store with
// the demo's organisation and a clock the test moves: a board is its teacher's
// alone, screens reach it by a token (a display link only reads), students send
// ideas by the class code, bounded, and each change advances the sequence.
#include <gtest/gtest.h>

#include "modules/classboard/core/class_boards.h"
#include "modules/organisation/core/demo.h"
#include "modules/organisation/core/test_world.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

class ClassBoards : public ::testing::Test {
 protected:
  testing::World world{{organisation_demo()}};
  Services& s = world.services();
  Principal teacher = world.who(demo("leraar"));
  Principal colleague = world.who(demo("thijs.mulder"));
  Principal leader = world.who(demo("schoolleider"));
  Id team = world.team("OBS De Regenboog", "Groep 5-6").id;

  ClassBoard make() { return must(create_class_board(s, teacher, team, {"Groep 6", "Rustig werken", "smiley", "Hoe rustig?"})); }
};

TEST_F(ClassBoards, ABoardIsItsTeachersAlone) {
  const auto board = make();
  EXPECT_EQ(board.code.size(), 7u);
  EXPECT_EQ(board.code_expires_at, s.clock.now() + kClassCodeLifetime);
  EXPECT_EQ(must(my_class_boards(s, teacher, team)).size(), 1u);
  // A colleague in the same team neither sees nor changes it.
  EXPECT_TRUE(must(my_class_boards(s, colleague, team)).empty());
  EXPECT_EQ(view_class_board(s, colleague, board.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(add_class_item(s, colleague, board.id, "action", "x").error().code, ErrorCode::not_found);
  // The school leader sees how many there are, not the board.
  EXPECT_EQ(view_class_board(s, leader, board.id).error().code, ErrorCode::permission_denied);
  auto counts = must(school_class_boards(s, leader, world.school("OBS De Regenboog").id));
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0].boards, 1);
  EXPECT_EQ(counts[0].team_name, "Groep 5-6");
  EXPECT_EQ(school_class_boards(s, teacher, world.school("OBS De Regenboog").id).error().code, ErrorCode::permission_denied);
}

TEST_F(ClassBoards, EveryChangeAdvancesTheSequence) {
  const auto board = make();
  EXPECT_EQ(must(class_board_seq(s, teacher, board.id)), 0);
  const auto item = must(add_class_item(s, teacher, board.id, "obstacle", "Lawaai na de gym"));
  must(change_class_item(s, teacher, item.id, std::nullopt, true));
  must(record_class_measurement(s, teacher, board.id, "2026-11-16", 2));
  EXPECT_EQ(must(class_board_seq(s, teacher, board.id)), 3);
  auto view = must(view_class_board(s, teacher, board.id));
  ASSERT_EQ(view.items.size(), 1u);
  EXPECT_TRUE(view.items[0].done);
  ASSERT_EQ(view.measurements.size(), 1u);
  EXPECT_EQ(record_class_measurement(s, teacher, board.id, "2026-11-17", 2).error().field, "week");  // not a Monday
  EXPECT_EQ(record_class_measurement(s, teacher, board.id, "2026-11-16", 5).error().reason, "out_of_range");
  must(remove_class_item(s, teacher, item.id));
  EXPECT_TRUE(must(view_class_board(s, teacher, board.id)).items.empty());
}

TEST_F(ClassBoards, ADisplayLinkOnlyReadsAndStopsWhenRevoked) {
  const auto board = make();
  const auto token = must(make_class_display_link(s, teacher, board.id));
  auto screen = must(view_class_screen(s, token));
  EXPECT_EQ(screen.grant, ScreenGrant::display);
  EXPECT_EQ(screen.view.board.class_name, "Groep 6");
  EXPECT_EQ(screen_add_class_item(s, token, "action", "x").error().code, ErrorCode::permission_denied);
  EXPECT_EQ(screen_record_class_measurement(s, token, "2026-11-16", 3).error().code, ErrorCode::permission_denied);
  // A new link replaces the old; revoking ends it.
  const auto second = must(make_class_display_link(s, teacher, board.id));
  EXPECT_EQ(view_class_screen(s, token).error().code, ErrorCode::not_found);
  must(revoke_class_display_link(s, teacher, board.id));
  EXPECT_EQ(view_class_screen(s, second).error().code, ErrorCode::not_found);
}

TEST_F(ClassBoards, ASessionScreenOperatesUntilItEnds) {
  const auto board = make();
  const auto started = must(start_class_session(s, teacher, board.id, 30));
  EXPECT_EQ(must(view_class_screen(s, started.token)).grant, ScreenGrant::session);
  const auto item = must(screen_add_class_item(s, started.token, "success", "Stil gelezen"));
  EXPECT_TRUE(must(screen_set_class_item_done(s, started.token, item.id, true)).done);
  must(screen_record_class_measurement(s, started.token, "2026-11-16", 3));
  // Another board's card cannot be reached through this session.
  const auto other = must(create_class_board(s, teacher, team, {"Groep 5", "Netjes", "number", "Laatjes netjes"}));
  const auto foreign = must(add_class_item(s, teacher, other.id, "action", "x"));
  EXPECT_EQ(screen_set_class_item_done(s, started.token, foreign.id, true).error().code, ErrorCode::not_found);
  world.clock.advance(31 * 60);
  EXPECT_EQ(view_class_screen(s, started.token).error().code, ErrorCode::not_found);
  const auto again = must(start_class_session(s, teacher, board.id, std::nullopt));
  must(end_class_session(s, teacher, board.id));
  EXPECT_EQ(screen_add_class_item(s, again.token, "action", "x").error().code, ErrorCode::not_found);
}

TEST_F(ClassBoards, IdeasShowOnlyOnceApprovedAndTheirNumberIsBounded) {
  const auto board = make();
  EXPECT_EQ(must(class_for_code(s, board.code, "10.0.0.1")), "Groep 6");
  must(send_class_idea(s, board.code, "Muziek tijdens het rekenen", "10.0.0.1"));
  const auto token = must(make_class_display_link(s, teacher, board.id));
  auto screen = must(view_class_screen(s, token));
  EXPECT_TRUE(screen.view.ideas.empty());
  EXPECT_EQ(screen.view.pending_ideas, 1);
  auto mine = must(view_class_board(s, teacher, board.id));
  ASSERT_EQ(mine.ideas.size(), 1u);
  must(approve_class_idea(s, teacher, mine.ideas[0].id));
  screen = must(view_class_screen(s, token));
  ASSERT_EQ(screen.view.ideas.size(), 1u);
  EXPECT_EQ(screen.view.ideas[0].text, "Muziek tijdens het rekenen");
  for (int i = 0; i < kMaxPendingClassIdeas; ++i) must(send_class_idea(s, board.code, "idee " + std::to_string(i), "10.0.0.2"));
  auto full = send_class_idea(s, board.code, "nog een", "10.0.0.3");
  EXPECT_EQ(full.error().code, ErrorCode::resource_exhausted);
  EXPECT_EQ(full.error().reason, "ideas_waiting");
}

TEST_F(ClassBoards, GuessingCodesIsSlowedPerAddressAndCodesExpire) {
  const auto board = make();
  for (int i = 0; i < kClassFailedLookupsPerAddress; ++i) {
    EXPECT_EQ(class_for_code(s, "AAAAAAA", "10.9.9.9").error().code, ErrorCode::not_found);
  }
  EXPECT_EQ(class_for_code(s, board.code, "10.9.9.9").error().code, ErrorCode::resource_exhausted);
  EXPECT_TRUE(class_for_code(s, board.code, "10.9.9.8").has_value());
  world.clock.advance(kClassCodeLifetime);
  EXPECT_EQ(class_for_code(s, board.code, "10.9.9.7").error().code, ErrorCode::not_found);
  const auto renewed = must(renew_class_code(s, teacher, board.id));
  EXPECT_TRUE(class_for_code(s, renewed.code, "10.9.9.6").has_value());
}

}  // namespace
}  // namespace sb
