// The cards of a team's board and the obstacles handed to the school
// leadership, called as the use cases they are, against the real store with
// the demo's boards.
#include <gtest/gtest.h>

#include "modules/board/core/board.h"
#include "modules/board/core/board_state.h"
#include "modules/board/core/test_board.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

class Board : public ::testing::Test, protected testing::BoardWorld {
 protected:
  // What the school leadership's rooms hear.
  struct Heard final : BoardEventSink {
    std::vector<LeadershipEvent> leadership;
    void publish(const BoardEvent&) override {}
    void publish(const LeadershipEvent& event) override { leadership.push_back(event); }
  };

  std::vector<std::string> statuses_listed_for(const Principal& who, Id item_id) {
    std::vector<std::string> out;
    for (const auto& o : must(list_leadership_obstacles(s, who))) {
      if (o.item.id == item_id) out.push_back(o.item.status);
    }
    return out;
  }
};

TEST_F(Board, ACardMovesOnTheVersionItWasReadAtAndAStaleMoveOrDeletionIsAConflictThatChangesNothing) {
  auto seq = board().seq;
  const auto card = add("action", "Leesouders vragen");
  EXPECT_EQ(card.status, "todo");
  EXPECT_EQ(card.version, 1);
  const auto moved = must(move_item(s, teacher, card.id, "doing", std::nullopt, card.version));
  EXPECT_EQ(moved.status, "doing");
  EXPECT_EQ(moved.version, 2);
  EXPECT_TRUE(moved == must(find_item_for(s, teacher, card.id)));  // what a change answers is what is stored
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
  EXPECT_EQ(statuses_listed_for(leader, obstacle.id), std::vector<std::string>{"resolved"});  // recently resolved
}

TEST_F(Board, AnAnsweredObstacleLeavesTheWaitingListAndCanBeHandedBackWhenTheAnswerDidNotSolveIt) {
  const auto obstacle = add("obstacle", "Kopieerapparaat staat steeds stil");
  const auto handed = must(hand_to_leadership(s, teacher, obstacle.id, obstacle.version));
  EXPECT_EQ(statuses_listed_for(leader, obstacle.id), std::vector<std::string>{"leadership"});
  const auto answered = must(answer_obstacle(s, leader, obstacle.id, "Monteur komt dinsdag", false, handed.version));
  EXPECT_EQ(answered.status, "answered");
  EXPECT_EQ(answered.previous_status, "leadership");
  EXPECT_EQ(statuses_listed_for(leader, obstacle.id), std::vector<std::string>{"answered"});
  // A second reply keeps it answered; the team may hand it back.
  const auto again = must(answer_obstacle(s, leader, obstacle.id, "Of woensdag", false, answered.version));
  EXPECT_EQ(again.status, "answered");
  EXPECT_EQ(must(hand_to_leadership(s, teacher, obstacle.id, again.version)).status, "leadership");
}

TEST_F(Board, TheTeamResolvesItsOwnObstacleInAnyStateButNotTwiceAndReadersCannot) {
  const auto open = add("obstacle", "Leesboeken kwijt");
  const auto resolved = must(resolve_obstacle(s, teacher, open.id, open.version));
  EXPECT_EQ(resolved.status, "resolved");
  EXPECT_TRUE(statuses_listed_for(leader, open.id).empty());  // never with the leadership: not on its list
  EXPECT_EQ(resolve_obstacle(s, teacher, open.id, resolved.version).error().code, ErrorCode::failed_precondition);

  const auto handed_over = add("obstacle", "Geen invaller");
  const auto handed = must(hand_to_leadership(s, teacher, handed_over.id, handed_over.version));
  const auto bestuurder = world.who(demo("bestuurder"));
  EXPECT_EQ(resolve_obstacle(s, bestuurder, handed_over.id, handed.version).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(must(resolve_obstacle(s, teacher, handed_over.id, handed.version)).status, "resolved");
  EXPECT_EQ(statuses_listed_for(leader, handed_over.id), std::vector<std::string>{"resolved"});

  const auto action = add("action", "Geen obstakel");
  EXPECT_EQ(resolve_obstacle(s, teacher, action.id, action.version).error().code, ErrorCode::invalid_argument);
}

TEST_F(Board, TheSchoolsLeadershipRoomHearsItsObstaclesOnceTheyAreHandedOverInOrder) {
  auto heard = std::make_shared<Heard>();
  board_state(s).events = heard;
  const auto obstacle = add("obstacle", "Geen gymzaal vrij");
  add("success", "Mooie voorstelling");
  EXPECT_TRUE(heard->leadership.empty());  // open obstacles and other cards stay on the board
  const auto handed = must(hand_to_leadership(s, teacher, obstacle.id, obstacle.version));
  const auto answered = must(answer_obstacle(s, leader, obstacle.id, "Ik bel de gemeente", false, handed.version));
  must(delete_item(s, teacher, obstacle.id, answered.version));
  ASSERT_EQ(heard->leadership.size(), 3u);
  const auto school_id = world.team("OBS De Regenboog", "Groep 5-6").school_id;
  for (std::size_t i = 0; i < heard->leadership.size(); ++i) {
    EXPECT_EQ(heard->leadership[i].school_id, school_id);
    EXPECT_EQ(heard->leadership[i].seq, static_cast<std::int64_t>(i + 1));
  }
  const auto& first = std::get<LeadershipObstacle>(heard->leadership[0].change);
  EXPECT_EQ(first.item.status, "leadership");
  EXPECT_EQ(first.team_name, "Groep 5-6");
  EXPECT_EQ(first.school_name, "OBS De Regenboog");
  EXPECT_EQ(std::get<LeadershipObstacle>(heard->leadership[1].change).item.status, "answered");
  EXPECT_EQ(std::get<ItemDeleted>(heard->leadership[2].change).id, obstacle.id);
  EXPECT_EQ(leadership_sequence(s, school_id).value(), 3);
  board_state(s).events = nullptr;
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
  // Hers, marked as coming from the team's obstacle; not a copy of the team's card.
  EXPECT_EQ(action.created_by_name, "Karin Hofman");
  EXPECT_EQ(action.from_obstacle_id, obstacle.id);
  EXPECT_EQ(action.notes, "");
  const auto taken = must(find_item_for(s, teacher, obstacle.id));
  EXPECT_EQ(taken.status, "taken_on");
  EXPECT_EQ(taken.leadership_reply, "Wisselcollectie aanvragen");
  EXPECT_EQ(taken.version, handed.version + 1);
  EXPECT_EQ(statuses_listed_for(leader, obstacle.id), std::vector<std::string>{"taken_on"});
  // Taken on once: not again.
  EXPECT_EQ(take_obstacle_as_action(s, leader, obstacle.id, "Nog een keer", std::nullopt, taken.version).error().code,
            ErrorCode::failed_precondition);
}

TEST_F(Board, AnActionIsOwnedByPeopleOfTheBoard) {
  NewItem action{"action", "Samen lesbezoek plannen", "", std::nullopt, std::nullopt, std::nullopt, {other_leader.user.id}};
  EXPECT_EQ(create_item(s, teacher, team_id, action).error().field, "owner_ids");
  const auto coach = world.who(demo("schoolcoach"));
  action.owner_ids = {teacher.user.id, coach.user.id, leader.user.id};
  const auto created = must(create_item(s, teacher, team_id, action));
  EXPECT_EQ(created.owner_ids.size(), 3u);

  // Owners change only when the change names them; either way the answer is what is stored.
  ItemChange owners_only{created.version, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                         std::vector<Id>{coach.user.id}};
  const auto handed = must(update_item(s, leader, created.id, owners_only));
  EXPECT_EQ(handed.owner_ids, std::vector<Id>{coach.user.id});
  EXPECT_TRUE(handed == must(find_item_for(s, teacher, created.id)));
  ItemChange text_only{handed.version, std::string("Lesbezoek plannen"), std::nullopt, std::nullopt, std::nullopt,
                       std::nullopt};
  const auto renamed = must(update_item(s, leader, created.id, text_only));
  EXPECT_EQ(renamed.owner_ids, std::vector<Id>{coach.user.id});
  EXPECT_EQ(renamed.updated_by_name, leader.user.name);
  EXPECT_TRUE(renamed == must(find_item_for(s, teacher, created.id)));
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
