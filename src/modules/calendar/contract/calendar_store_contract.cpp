// The calendar module's store contract: what every store implementation must
// do with people's feeds. Each implementation instantiates it, e.g.
// modules/calendar/sql/sql_calendar_store_test.cpp.
#include "modules/calendar/contract/calendar_store_contract.h"

#include "modules/calendar/core/store.h"
#include "modules/organisation/contract/tenants.h"

namespace sb::contract {
namespace {

std::optional<CalendarFeed> by_hash(Store& store, std::string_view hash) {
  return read_value<std::optional<CalendarFeed>>(store,
                                                 [&](ReadTx& tx) -> Result<std::optional<CalendarFeed>> {
                                                   return calendar_feeds(tx).feed_by_token_hash(hash);
                                                 })
      .value();
}

std::optional<CalendarFeed> of(Store& store, Id user) {
  return read_value<std::optional<CalendarFeed>>(
             store, [&](ReadTx& tx) -> Result<std::optional<CalendarFeed>> { return calendar_feeds(tx).feed_of(user); })
      .value();
}

}  // namespace

TEST_P(CalendarStoreContract, APersonHasOneFeedAndANewTokenReplacesTheOld) {
  auto w = make_tenants(*store_);
  EXPECT_FALSE(of(*store_, w.alice).has_value());
  ASSERT_TRUE(
      store_->write([&](WriteTx& tx) { return calendar_feeds(tx).replace_feed(w.alice, "hash-1", 100); }).has_value());
  ASSERT_TRUE(
      store_->write([&](WriteTx& tx) { return calendar_feeds(tx).replace_feed(w.bob, "hash-b", 110); }).has_value());
  EXPECT_EQ(by_hash(*store_, "hash-1")->user_id, w.alice);
  EXPECT_EQ(of(*store_, w.alice)->created_at, 100);

  ASSERT_TRUE(
      store_->write([&](WriteTx& tx) { return calendar_feeds(tx).replace_feed(w.alice, "hash-2", 200); }).has_value());
  EXPECT_FALSE(by_hash(*store_, "hash-1").has_value());
  EXPECT_EQ(by_hash(*store_, "hash-2")->user_id, w.alice);
  EXPECT_EQ(of(*store_, w.alice)->created_at, 200);
  EXPECT_EQ(by_hash(*store_, "hash-b")->user_id, w.bob);
}

TEST_P(CalendarStoreContract, AStoppedFeedIsGoneAndARolledBackOneNeverStarted) {
  auto w = make_tenants(*store_);
  ASSERT_TRUE(
      store_->write([&](WriteTx& tx) { return calendar_feeds(tx).replace_feed(w.alice, "hash-1", 100); }).has_value());
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return calendar_feeds(tx).delete_feed(w.alice); }).has_value());
  EXPECT_FALSE(of(*store_, w.alice).has_value());
  EXPECT_FALSE(by_hash(*store_, "hash-1").has_value());
  EXPECT_FALSE(store_
                   ->write([&](WriteTx& tx) -> Result<void> {
                     SB_CHECK(calendar_feeds(tx).replace_feed(w.bob, "hash-b", 100));
                     return std::unexpected(Error::invalid("x", "rolled back"));
                   })
                   .has_value());
  EXPECT_FALSE(of(*store_, w.bob).has_value());
}

}  // namespace sb::contract
