#include "modules/organisation/core/login_throttle.h"

#include <gtest/gtest.h>

#include <vector>

namespace sb {
namespace {

// One failed attempt on `account` from `address`, or false when the throttle refused it.
bool fail(LoginThrottle& throttle, std::string_view account, std::string_view address, UnixTime now) {
  auto admission = throttle.admit(account, address, now);
  if (!admission.attempt) return false;
  admission.attempt->failed(now);
  return true;
}

TEST(LoginThrottle, FreeFailuresThenGrowingWaitThenForgets) {
  LoginThrottle throttle;
  const UnixTime now = 1000;
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(fail(throttle, "a@x.nl", "1.2.3.4", now));
  // The first wait is a full second: it runs from the end of the failure's (whole) second.
  EXPECT_EQ(throttle.account_wait("a@x.nl", now), 2);
  EXPECT_EQ(throttle.admit("a@x.nl", "9.9.9.9", now + 1).wait, 1);
  EXPECT_TRUE(fail(throttle, "a@x.nl", "1.2.3.4", now + 2));
  EXPECT_EQ(throttle.admit("a@x.nl", "9.9.9.9", now + 2).wait, 3);
  for (int i = 0; i < 50; ++i) fail(throttle, "a@x.nl", "5.5.5.5", now + 10'000 + i * 1000);
  EXPECT_LE(throttle.account_wait("a@x.nl", now + 60'000), 15 * 60);
  EXPECT_EQ(throttle.account_wait("a@x.nl", now + 60'000 + 60 * 60), 0);
}

TEST(LoginThrottle, ParallelAttemptsAreCountedExactly) {
  LoginThrottle throttle;
  std::vector<LoginThrottle::Attempt> admitted;
  int refused = 0;
  for (int i = 0; i < 40; ++i) {
    auto admission = throttle.admit("a@x.nl", "1.2.3.4", 100);
    if (admission.attempt) admitted.push_back(std::move(*admission.attempt));
    else refused += 1;
  }
  EXPECT_EQ(admitted.size(), 5u);
  EXPECT_EQ(refused, 35);
  for (auto& attempt : admitted) attempt.failed(100);
  EXPECT_EQ(throttle.account_wait("a@x.nl", 100), 2);
}

TEST(LoginThrottle, AnAttemptDroppedWithoutOutcomeGivesItsPlaceBack) {
  LoginThrottle throttle;
  for (int i = 0; i < 10; ++i) {
    auto admission = throttle.admit("a@x.nl", "1.2.3.4", 100);
    ASSERT_TRUE(admission.attempt);
  }
  EXPECT_EQ(throttle.account_wait("a@x.nl", 100), 0);
}

TEST(LoginThrottle, AddressLimitSlowsASprayButAdmitsTheOwner) {
  LoginThrottle throttle;
  for (int i = 0; i < 20; ++i) EXPECT_TRUE(fail(throttle, "user" + std::to_string(i) + "@x.nl", "6.6.6.6", 100));
  auto admission = throttle.admit("owner@x.nl", "6.6.6.6", 100);
  ASSERT_TRUE(admission.attempt);
  EXPECT_GT(admission.attempt->address_wait(), 0);
  admission.attempt->succeeded();
  auto elsewhere = throttle.admit("fresh@x.nl", "7.7.7.7", 100);
  ASSERT_TRUE(elsewhere.attempt);
  EXPECT_EQ(elsewhere.attempt->address_wait(), 0);
}

TEST(LoginThrottle, SuccessClearsAccount) {
  LoginThrottle throttle;
  for (int i = 0; i < 4; ++i) fail(throttle, "a@x.nl", "1.1.1.1", 100);
  auto admission = throttle.admit("a@x.nl", "2.2.2.2", 100);
  ASSERT_TRUE(admission.attempt);
  admission.attempt->succeeded();
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(fail(throttle, "a@x.nl", "2.2.2.2", 100));
}

}  // namespace
}  // namespace sb
