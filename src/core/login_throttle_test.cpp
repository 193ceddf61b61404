#include "core/login_throttle.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

TEST(LoginThrottle, FreeFailuresThenGrowingWaitThenForgets) {
  LoginThrottle throttle;
  UnixTime now = 1000;
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(throttle.wait_seconds("a@x.nl", "1.2.3.4", now), 0);
    throttle.record_failure("a@x.nl", "1.2.3.4", now);
  }
  EXPECT_EQ(throttle.wait_seconds("a@x.nl", "1.2.3.4", now), 1);
  now += 1;
  throttle.record_failure("a@x.nl", "1.2.3.4", now);
  EXPECT_EQ(throttle.wait_seconds("a@x.nl", "9.9.9.9", now), 2);
  // Never locked out for good: the wait is capped and the counter forgets.
  for (int i = 0; i < 50; ++i) throttle.record_failure("a@x.nl", "5.5.5.5", now);
  EXPECT_LE(throttle.wait_seconds("a@x.nl", "5.5.5.5", now), 15 * 60);
  EXPECT_EQ(throttle.wait_seconds("a@x.nl", "5.5.5.5", now + 60 * 60), 0);
}

TEST(LoginThrottle, AddressLimitCoversSprayOverAccounts) {
  LoginThrottle throttle;
  for (int i = 0; i < 20; ++i) throttle.record_failure("user" + std::to_string(i) + "@x.nl", "6.6.6.6", 100);
  EXPECT_GT(throttle.wait_seconds("fresh@x.nl", "6.6.6.6", 100), 0);
  EXPECT_EQ(throttle.wait_seconds("fresh@x.nl", "7.7.7.7", 100), 0);
}

TEST(LoginThrottle, SuccessClearsAccount) {
  LoginThrottle throttle;
  for (int i = 0; i < 6; ++i) throttle.record_failure("a@x.nl", "1.1.1.1", 100);
  throttle.record_success("a@x.nl");
  EXPECT_EQ(throttle.wait_seconds("a@x.nl", "2.2.2.2", 100), 0);
}

}  // namespace
}  // namespace sb
