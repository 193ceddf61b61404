#include "server/realtime/hub.h"

#include <gtest/gtest.h>

namespace sb::realtime {
namespace {

struct Screen final : Subscriber {
  std::vector<std::string> received;
  int rechecks = 0;
  void send(Message message) override { received.push_back(*message); }
  void recheck_access() override { rechecks += 1; }
  void session_ended(const std::string& key) override { ended.push_back(key); }
  std::vector<std::string> ended;
};

Room board(Id team_id) { return {"board", team_id}; }

// Publishes an event of the board whose message names its sequence number.
void publish(Hub& hub, Id team_id, std::int64_t seq) {
  hub.publish(board(team_id), seq, [seq] { return "{\"type\":\"event\",\"seq\":" + std::to_string(seq) + "}"; });
}

class HubTest : public ::testing::Test {
 protected:
  void SetUp() override {
    hub_.set_post([](std::function<void()> task) { task(); });  // the test is its own I/O thread
  }
  Hub hub_{3};
};

TEST_F(HubTest, EverySubscriberOfTheBoardGetsEachEventOnce) {
  Screen a, b, other;
  hub_.subscribe(board(1), &a, 0);
  hub_.subscribe(board(1), &b, 0);
  hub_.subscribe(board(2), &other, 0);
  publish(hub_, 1, 1);
  ASSERT_EQ(a.received.size(), 1u);
  EXPECT_EQ(a.received, b.received);
  EXPECT_TRUE(other.received.empty());
  EXPECT_NE(a.received[0].find("\"seq\":1"), std::string::npos);
  publish(hub_, 1, 1);  // a repeat is not delivered twice
  EXPECT_EQ(a.received.size(), 1u);
}

TEST_F(HubTest, ReplaysWhatTheHistoryHoldsAndAsksForAReloadBeyondIt) {
  Screen a;
  hub_.subscribe(board(1), &a, 10);
  EXPECT_EQ(hub_.last_seq(board(1)), 10);
  for (int seq = 11; seq <= 15; ++seq) publish(hub_, 1, seq);
  auto recent = hub_.since(board(1), 13);
  ASSERT_TRUE(recent.has_value());
  EXPECT_EQ(recent->size(), 2u);
  EXPECT_TRUE(hub_.since(board(1), 15)->empty());
  EXPECT_FALSE(hub_.since(board(1), 11).has_value());  // history keeps 3: 13, 14, 15
  EXPECT_FALSE(hub_.since(board(7), 0).has_value());   // a board nobody watches
}

TEST_F(HubTest, AccessChangesAreCheckedByEverySubscriber) {
  Screen a, b;
  hub_.subscribe(board(1), &a, 0);
  hub_.subscribe(board(2), &b, 0);
  hub_.access_changed();
  EXPECT_EQ(a.rechecks, 1);
  EXPECT_EQ(b.rechecks, 1);
  hub_.unsubscribe(board(1), &a);
  hub_.access_changed();
  EXPECT_EQ(a.rechecks, 1);
  EXPECT_EQ(hub_.subscriber_count(), 1u);
}

TEST_F(HubTest, ASignedOutSessionIsToldToEverySubscriber) {
  Screen a, b;
  hub_.subscribe(board(1), &a, 0);
  hub_.subscribe(board(2), &b, 0);
  hub_.session_ended("hash-of-a");
  EXPECT_EQ(a.ended, std::vector<std::string>{"hash-of-a"});
  EXPECT_EQ(b.ended, std::vector<std::string>{"hash-of-a"});
}

TEST_F(HubTest, RoomsOfAnotherKindWithTheSameIdAreApart) {
  Screen board_screen, obstacles_screen;
  hub_.subscribe(board(1), &board_screen, 0);
  hub_.subscribe({"obstacles", 1}, &obstacles_screen, 0);
  publish(hub_, 1, 1);
  EXPECT_EQ(board_screen.received.size(), 1u);
  EXPECT_TRUE(obstacles_screen.received.empty());
}

TEST_F(HubTest, TellsWhoFollowsARoomEachPersonOnceUntilTheirLastScreenLeaves) {
  Screen a, a_again, b, anonymous;
  EXPECT_TRUE(hub_.present(board(1)).empty());
  hub_.subscribe(board(1), &a, 0, 7);
  hub_.subscribe(board(1), &a_again, 0, 7);
  hub_.subscribe(board(1), &b, 0, 9);
  hub_.subscribe(board(1), &anonymous, 0);
  hub_.subscribe(board(2), &b, 0, 11);
  EXPECT_EQ(hub_.present(board(1)), (std::vector<Id>{7, 9}));
  hub_.unsubscribe(board(1), &a);
  EXPECT_EQ(hub_.present(board(1)), (std::vector<Id>{7, 9}));  // still on the second screen
  hub_.unsubscribe(board(1), &a_again);
  hub_.unsubscribe(board(1), &b);
  EXPECT_TRUE(hub_.present(board(1)).empty());
  EXPECT_EQ(hub_.present(board(2)), std::vector<Id>{11});
}

// A room nobody follows keeps its history for a while (a screen that lost its connection resumes), then is
// forgotten, so memory follows the boards in use; a followed room is kept however quiet it is.
TEST_F(HubTest, ForgetsTheHistoryOfARoomNobodyFollowsOnceItHasBeenQuietAWhile) {
  Screen watcher;
  hub_.subscribe(board(2), &watcher, 0);
  publish(hub_, 1, 1);
  publish(hub_, 2, 1);
  const auto now = Hub::Clock::now();
  hub_.forget_idle_rooms(now + std::chrono::minutes(4));
  EXPECT_EQ(hub_.since(board(1), 0)->size(), 1u);  // still there for a screen that comes back
  hub_.forget_idle_rooms(now + std::chrono::minutes(6));
  EXPECT_FALSE(hub_.since(board(1), 0).has_value());  // gone: a screen that comes back now reloads
  EXPECT_EQ(hub_.since(board(2), 0)->size(), 1u);
  EXPECT_EQ(hub_.room_count(), 1u);
}

}  // namespace
}  // namespace sb::realtime
