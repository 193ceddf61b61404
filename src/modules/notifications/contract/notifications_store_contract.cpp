// The notifications module's store contract: what every store implementation
// must do with people's mail wishes and the record of scheduled mailings. Each
// implementation instantiates it, e.g. modules/notifications/sql/sql_notifications_store_test.cpp.
#include "modules/notifications/contract/notifications_store_contract.h"

#include "modules/notifications/core/store.h"
#include "modules/organisation/contract/tenants.h"

namespace sb::contract {

TEST_P(NotificationsStoreContract, EveryTopicIsWantedUntilSwitchedOffAndEachPersonSwitchesTheirOwn) {
  auto w = make_tenants(*store_);
  auto wants = [&](Id user, Topic topic) {
    return read_value<bool>(*store_, [&](ReadTx& tx) -> Result<bool> { return notifications(tx).wants(user, topic); })
        .value();
  };
  for (auto topic : kTopics) EXPECT_TRUE(wants(w.alice, topic)) << to_string(topic);
  ASSERT_TRUE(
      store_->write([&](WriteTx& tx) { return notifications(tx).set_wanted(w.alice, Topic::overdue_digest, false); })
          .has_value());
  EXPECT_FALSE(wants(w.alice, Topic::overdue_digest));
  EXPECT_TRUE(wants(w.alice, Topic::action_assigned));
  EXPECT_TRUE(wants(w.bob, Topic::overdue_digest));
  // Switched on again; and a switch in a rolled-back unit of work never happened.
  ASSERT_TRUE(
      store_->write([&](WriteTx& tx) { return notifications(tx).set_wanted(w.alice, Topic::overdue_digest, true); })
          .has_value());
  EXPECT_TRUE(wants(w.alice, Topic::overdue_digest));
  EXPECT_FALSE(store_
                   ->write([&](WriteTx& tx) -> Result<void> {
                     SB_CHECK(notifications(tx).set_wanted(w.bob, Topic::action_assigned, false));
                     return std::unexpected(Error::invalid("x", "rolled back"));
                   })
                   .has_value());
  EXPECT_TRUE(wants(w.bob, Topic::action_assigned));
}

TEST_P(NotificationsStoreContract, AMailingIsDoneOnceAndItsDeliveriesAreKept) {
  auto w = make_tenants(*store_);
  auto done = [&](std::string_view period) {
    return read_value<bool>(*store_,
                            [&](ReadTx& tx) -> Result<bool> {
                              return notifications(tx).mailing_done(Topic::overdue_digest, period);
                            })
        .value();
  };
  EXPECT_FALSE(done("2026-11-16"));
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    SB_CHECK(notifications(tx).insert_delivery({w.alice, Topic::overdue_digest, "2026-11-16", 100}));
                    return notifications(tx).mark_mailing_done(Topic::overdue_digest, "2026-11-16", 100);
                  })
                  .has_value());
  EXPECT_TRUE(done("2026-11-16"));
  EXPECT_FALSE(done("2026-11-23"));
  // A second run of the same week cannot finish: marking it again, or mailing someone again, is refused.
  auto again = store_->write(
      [&](WriteTx& tx) { return notifications(tx).mark_mailing_done(Topic::overdue_digest, "2026-11-16", 200); });
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::already_exists);
  auto twice = store_->write([&](WriteTx& tx) {
    return notifications(tx).insert_delivery({w.alice, Topic::overdue_digest, "2026-11-16", 200});
  });
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code, ErrorCode::already_exists);
  // A run rolled back leaves its week open and its deliveries unwritten.
  EXPECT_FALSE(store_
                   ->write([&](WriteTx& tx) -> Result<void> {
                     SB_CHECK(notifications(tx).insert_delivery({w.bob, Topic::overdue_digest, "2026-11-23", 300}));
                     SB_CHECK(notifications(tx).mark_mailing_done(Topic::overdue_digest, "2026-11-23", 300));
                     return std::unexpected(Error::invalid("x", "rolled back"));
                   })
                   .has_value());
  EXPECT_FALSE(done("2026-11-23"));
  auto deliveries = [&](Id user) {
    return read_value<std::vector<Delivery>>(
               *store_,
               [&](ReadTx& tx) -> Result<std::vector<Delivery>> { return notifications(tx).list_deliveries(user); })
        .value();
  };
  ASSERT_EQ(deliveries(w.alice).size(), 1u);
  EXPECT_EQ(deliveries(w.alice)[0].period, "2026-11-16");
  EXPECT_EQ(deliveries(w.alice)[0].sent_at, 100);
  EXPECT_TRUE(deliveries(w.bob).empty());
}

}  // namespace sb::contract
