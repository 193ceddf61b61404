// The cards of a team's board and the obstacles handed to the school
// leadership, called as the use cases they are, against the real store with
// the demo's boards.
#include <gtest/gtest.h>

#include "modules/board/core/board.h"
#include "modules/board/core/test_board.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

class Board : public ::testing::Test, protected testing::BoardWorld {};

TEST_F(Board, ACardMovesOnTheVersionItWasReadAtAndAStaleMoveOrDeletionIsAConflictThatChangesNothing) {
  auto seq = board().seq;
  const auto card = add("action", "Leesouders vragen");
  EXPECT_EQ(card.status, "todo");
  EXPECT_EQ(card.version, 1);
  const auto moved = must(move_item(s, teacher, card.id, "doing", std::nullopt, card.version));
  EXPECT_EQ(moved.status, "doing");
  EXPECT_EQ(moved.version, 2);
  EXPECT_EQ(board().seq, seq + 2);  // two changes, each with the board's next number
  seq = board().seq;

  const auto stale = move_item(s, leader, card.id, "done", std::nullopt, card.version);
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  EXPECT_EQ(stale.error().field, "version");
  const auto now = must(find_item_for(s, teacher, card.id));
  EXPECT_EQ(now.status, "doing");
  EXPECT_EQ(now.version, 2);
  EXPECT_EQ(board().seq, seq);

  // Nor is a card deleted on a version someone else already changed.
  EXPECT_EQ(delete_item(s, leader, card.id, card.version).error().code, ErrorCode::conflict);
  EXPECT_EQ(must(find_item_for(s, teacher, card.id)).status, "doing");
  must(delete_item(s, leader, card.id, card.version + 1));
  EXPECT_EQ(find_item_for(s, teacher, card.id).error().code, ErrorCode::not_found);
}

TEST_F(Board, AnObstacleGoesToTheLeadershipWhoAnswerAndResolveIt) {
  const auto obstacle = add("obstacle", "Geen tijd voor lesbezoek");
  const auto handed = must(hand_to_leadership(s, teacher, obstacle.id, obstacle.version));
  EXPECT_EQ(handed.status, "leadership");
  const auto listed = must(list_leadership_obstacles(s, leader));
  const auto seen = std::find_if(listed.begin(), listed.end(), [&](const auto& o) { return o.item.id == obstacle.id; });
  ASSERT_NE(seen, listed.end());
  EXPECT_EQ(seen->team_name, "Groep 5-6");
  EXPECT_TRUE(must(list_leadership_obstacles(s, teacher)).empty());

  EXPECT_EQ(answer_obstacle(s, teacher, obstacle.id, "Zelf geregeld", true, handed.version).error().code,
            ErrorCode::permission_denied);
  const auto resolved = must(answer_obstacle(s, leader, obstacle.id, "Invaller geregeld", true, handed.version));
  EXPECT_EQ(resolved.status, "resolved");
  EXPECT_EQ(resolved.leadership_reply, "Invaller geregeld");
}

TEST_F(Board, ObstaclesStartOpenAndOnlyTheLeadershipMovesThemOn) {
  NewItem straight_to_leadership{"obstacle", "Rooster klopt niet", "", "leadership", std::nullopt, std::nullopt, {}};
  EXPECT_EQ(create_item(s, teacher, team_id, straight_to_leadership).error().field, "status");
  const auto obstacle = add("obstacle", "Rooster klopt niet");
  const auto dragged = move_item(s, teacher, obstacle.id, "resolved", std::nullopt, obstacle.version);
  ASSERT_FALSE(dragged.has_value());
  EXPECT_EQ(dragged.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(must(find_item_for(s, teacher, obstacle.id)).status, "open");
}

TEST_F(Board, AnObstacleWithTheLeadershipAlreadyIsNotHandedAgain) {
  const auto obstacle = add("obstacle", "Geen tijd voor lesbezoek");
  const auto handed = must(hand_to_leadership(s, teacher, obstacle.id, obstacle.version));
  // On the version as it is now: not a stale version, a state that does not allow it.
  const auto again = hand_to_leadership(s, teacher, obstacle.id, handed.version);
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(must(find_item_for(s, teacher, obstacle.id)).version, handed.version);
}

TEST_F(Board, TheLeaderTakesAnObstacleOnAsAnActionOfHerOwn) {
  const auto obstacle = add("obstacle", "Te weinig leesboeken");
  const auto handed = must(hand_to_leadership(s, teacher, obstacle.id, obstacle.version));
  const auto action = must(take_obstacle_as_action(s, leader, obstacle.id, "Wisselcollectie aanvragen", "2026-12-01", handed.version));
  EXPECT_EQ(action.kind, ItemKind::action);
  EXPECT_EQ(action.status, "todo");
  EXPECT_EQ(action.owner_ids, std::vector<Id>{leader.user.id});
  EXPECT_EQ(action.notes, "Te weinig leesboeken");
  const auto answered = must(find_item_for(s, teacher, obstacle.id));
  EXPECT_EQ(answered.leadership_reply, "Karin Hofman: Wisselcollectie aanvragen");
  EXPECT_EQ(answered.version, handed.version + 1);
}

TEST_F(Board, AnActionIsOwnedByPeopleOfTheBoard) {
  NewItem action{"action", "Samen lesbezoek plannen", "", std::nullopt, std::nullopt, std::nullopt, {other_leader.user.id}};
  EXPECT_EQ(create_item(s, teacher, team_id, action).error().field, "owner_ids");
  const auto coach = world.who(demo("schoolcoach"));
  action.owner_ids = {teacher.user.id, coach.user.id, leader.user.id};
  EXPECT_EQ(must(create_item(s, teacher, team_id, action)).owner_ids.size(), 3u);
}

TEST_F(Board, AnotherSchoolsBoardIsNotFoundAndReadersOfTheBestuurDoNotChangeIt) {
  const auto other_card = must(get_board(s, other_leader, other_team_id)).items.front();
  for (const auto& who : {teacher, leader}) {
    EXPECT_EQ(get_board(s, who, other_team_id).error().code, ErrorCode::not_found);
    EXPECT_EQ(create_item(s, who, other_team_id, {"idea", "Overgenomen", "", {}, {}, {}, {}}).error().code, ErrorCode::not_found);
    EXPECT_EQ(find_item_for(s, who, other_card.id).error().code, ErrorCode::not_found);
    EXPECT_EQ(move_item(s, who, other_card.id, other_card.status, std::nullopt, other_card.version).error().code,
              ErrorCode::not_found);
  }
  EXPECT_EQ(must(find_item_for(s, other_leader, other_card.id)).version, other_card.version);
  // The bestuurder and the expert coach read the board but do not change it.
  for (const auto& email : {demo("bestuurder"), demo("expertcoach")}) {
    const auto reader = world.who(email);
    EXPECT_EQ(must(get_board(s, reader, team_id)).team.name, "Groep 5-6");
    EXPECT_EQ(create_item(s, reader, team_id, {"idea", "Van buiten", "", {}, {}, {}, {}}).error().code,
              ErrorCode::permission_denied);
  }
}

}  // namespace
}  // namespace sb
