// The relay of live events between processes, over a real PostgreSQL: two
// relays stand for two processes; what one publishes reaches both local
// sinks once and in order, a missing event turns into a resync after a short
// wait, and an event too large for a NOTIFY arrives as a resync. Skipped
// without SAMENBETER_TEST_POSTGRES.
#include "storage/postgres/live_relay.h"

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>

#include "storage/postgres/test_store.h"

namespace sb::postgres {
namespace {

// What a process's Hub would get of one room: events as "seq:message", resyncs as "resync". Other rooms
// (other tests, running at the same time on the same channel) are left out.
class Recorded final : public EventSink {
 public:
  explicit Recorded(const Room& room) : room_(room) {}
  void publish(const Room& room, std::int64_t seq, std::function<std::string()> render) override {
    if (room == room_) add(std::to_string(seq) + ":" + render());
  }
  void resync(const Room& room) override {
    if (room == room_) add("resync");
  }
  void session_ended(const std::string& token_hash) override {
    if (token_hash == "ended-" + std::to_string(room_.id)) add("ended");
  }

  // Waits until `count` lines arrived (or 3 s passed) and returns them.
  std::vector<std::string> wait_for(std::size_t count) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, std::chrono::seconds(3), [&] { return lines_.size() >= count; });
    return lines_;
  }

 private:
  void add(std::string line) {
    std::lock_guard lock(mutex_);
    lines_.push_back(std::move(line));
    changed_.notify_all();
  }
  const Room& room_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::string> lines_;
};

class LiveRelayTest : public testing::Test {
 protected:
  void SetUp() override {
    if (!test_database()) GTEST_SKIP() << "no PostgreSQL: set SAMENBETER_TEST_POSTGRES";
    room_.id = static_cast<Id>(std::random_device{}() % 1'000'000'000);
    for (auto* local : {&here_, &there_}) {
      auto relay = LiveRelay::start(*test_database(), *local);
      ASSERT_TRUE(relay.has_value()) << relay.error().message;
      relays_.push_back(std::move(*relay));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // both listening
  }
  // Each test its own room, so other tests' events on the channel do not count.
  Room room_{"board", 0};
  Recorded here_{room_}, there_{room_};
  std::vector<std::unique_ptr<LiveRelay>> relays_;
};

TEST_F(LiveRelayTest, AnEventReachesEveryProcessOnceAndInOrder) {
  relays_[1]->publish(room_, 1, [] { return std::string("m1"); });
  ASSERT_EQ(here_.wait_for(1).size(), 1u);
  ASSERT_EQ(there_.wait_for(1).size(), 1u);
  // Then through both processes in turn: their NOTIFYs may cross, the relay puts them back in order.
  for (int seq = 2; seq <= 20; ++seq)
    relays_[seq % 2]->publish(room_, seq, [seq] { return "m" + std::to_string(seq); });
  for (auto* local : {&here_, &there_}) {
    auto lines = local->wait_for(20);
    ASSERT_EQ(lines.size(), 20u);
    for (int seq = 1; seq <= 20; ++seq) {
      EXPECT_EQ(lines[seq - 1], std::to_string(seq) + ":m" + std::to_string(seq));
    }
  }
}

TEST_F(LiveRelayTest, AMissingEventBecomesAResyncAndTheRoomGoesOn) {
  relays_[0]->publish(room_, 7, [] { return "a"; });
  relays_[0]->publish(room_, 9, [] { return "c"; });  // 8 never comes: its process died after the commit
  auto lines = there_.wait_for(3);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "7:a");
  EXPECT_EQ(lines[1], "resync");
  EXPECT_EQ(lines[2], "9:c");
}

TEST_F(LiveRelayTest, AnEventThatArrivesAfterItsRoomWentOnMakesTheScreensReload) {
  relays_[0]->publish(room_, 5, [] { return "e"; });
  ASSERT_EQ(there_.wait_for(1).size(), 1u);
  relays_[1]->publish(room_, 4, [] { return "d"; });  // committed before 5, but its NOTIFY came later
  auto lines = there_.wait_for(2);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1], "resync");
}

TEST_F(LiveRelayTest, AnEventTooLargeToTravelArrivesAsAResync) {
  relays_[0]->publish(room_, 1, [] { return std::string(10'000, 'x'); });
  relays_[0]->publish(room_, 2, [] { return "klein"; });
  auto lines = there_.wait_for(2);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "resync");
  EXPECT_EQ(lines[1], "2:klein");
  // The process that wrote it hands it to its own screens whole, without the trip through the database.
  lines = here_.wait_for(2);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "1:" + std::string(10'000, 'x'));
  EXPECT_EQ(lines[1], "2:klein");
}

TEST_F(LiveRelayTest, AProcessHearsItsOwnEventsOnceWithoutWaitingForTheDatabase) {
  relays_[0]->publish(room_, 1, [] { return "eigen"; });
  // Handed on in publish() itself, before its NOTIFY can have come back.
  EXPECT_EQ(here_.wait_for(0), std::vector<std::string>{"1:eigen"});
  ASSERT_EQ(there_.wait_for(1), std::vector<std::string>{"1:eigen"});
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // its own NOTIFY has come back by now
  EXPECT_EQ(here_.wait_for(1), std::vector<std::string>{"1:eigen"});
}

TEST_F(LiveRelayTest, ASignOutReachesEveryProcess) {
  relays_[1]->session_ended("ended-" + std::to_string(room_.id));
  EXPECT_EQ(here_.wait_for(1), std::vector<std::string>{"ended"});
}

// A command-line process (no relay, no screens) ends a session: every server process hears it.
TEST_F(LiveRelayTest, ACommandsSignOutReachesEveryServerProcess) {
  auto notices = AccessNotices::open(*test_database());
  ASSERT_TRUE(notices.has_value()) << notices.error().message;
  (*notices)->session_ended("ended-" + std::to_string(room_.id));
  EXPECT_EQ(here_.wait_for(1), std::vector<std::string>{"ended"});
  EXPECT_EQ(there_.wait_for(1), std::vector<std::string>{"ended"});
}

}  // namespace
}  // namespace sb::postgres
