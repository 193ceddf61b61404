#include "kernel/event_arrivals.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

// What the live channel behind EventArrivals gets.
struct Recorded final : EventSink {
  std::vector<std::string> lines;
  void publish(const Room& room, std::int64_t seq, std::function<std::string()> render) override {
    lines.push_back(room.kind + " " + std::to_string(room.id) + " " + std::to_string(seq) + " " + render());
  }
  void access_changed() override { lines.push_back("access"); }
  void resync(const Room& room) override { lines.push_back("resync " + room.kind + " " + std::to_string(room.id)); }
  void session_ended(const std::string& token_hash) override { lines.push_back("ended " + token_hash); }
};

class EventArrivalsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    arrivals_.watch("board", {[this](Id id, std::int64_t seq) { heard_.push_back({id, seq}); },
                              [this](std::optional<Id> id) { lost_.push_back(id.value_or(-1)); }});
  }
  Recorded screens_;
  PrincipalCache principals_;
  EventArrivals arrivals_{screens_, principals_};
  std::vector<std::pair<Id, std::int64_t>> heard_;
  std::vector<Id> lost_;
};

TEST_F(EventArrivalsTest, AWatchHearsEveryEventOfItsKindBeforeTheScreensDo) {
  arrivals_.publish({"board", 4}, 7, [this] { return "after " + std::to_string(heard_.size()); });
  arrivals_.publish({"obstacles", 4}, 1, [] { return "x"; });
  EXPECT_EQ(heard_, (std::vector<std::pair<Id, std::int64_t>>{{4, 7}}));
  EXPECT_EQ(screens_.lines, (std::vector<std::string>{"board 4 7 after 1", "obstacles 4 1 x"}));
}

TEST_F(EventArrivalsTest, ALostEventMakesTheWatchForgetItsRoomOrEverything) {
  arrivals_.resync({"board", 4});
  arrivals_.resync({"obstacles", 5});
  arrivals_.resync_all();
  EXPECT_EQ(lost_, (std::vector<Id>{4, -1}));
  EXPECT_EQ(screens_.lines, (std::vector<std::string>{"resync board 4", "resync obstacles 5"}));
}

TEST_F(EventArrivalsTest, ChangedAccessOrAnEndedSessionElsewhereEmptiesThePrincipalCache) {
  principals_.put("h1", Session{}, Principal{}, 100);
  principals_.put("h2", Session{}, Principal{}, 100);
  const auto generation = principals_.generation();
  arrivals_.session_ended("h1");
  EXPECT_FALSE(principals_.find("h1", 100).has_value());
  EXPECT_TRUE(principals_.find("h2", 100).has_value());
  arrivals_.access_changed();
  EXPECT_FALSE(principals_.find("h2", 100).has_value());
  EXPECT_GT(principals_.generation(), generation);  // caches keyed on it (a board's names) are stale now
  EXPECT_EQ(screens_.lines, (std::vector<std::string>{"ended h1", "access"}));
}

}  // namespace
}  // namespace sb
