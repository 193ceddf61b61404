#include "modules/organisation/core/request_limiter.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

TEST(RequestLimiter, AllowsTheLimitPerWindowThenSaysHowLongToWait) {
  RequestLimiter limiter;
  for (int i = 0; i < 3; ++i) EXPECT_EQ(limiter.take("reset:a@x.nl", 3, 3600, 1000 + i), 0);
  EXPECT_EQ(limiter.take("reset:a@x.nl", 3, 3600, 1010), 3600 - 10);
  EXPECT_EQ(limiter.take("reset:b@x.nl", 3, 3600, 1010), 0);
  EXPECT_EQ(limiter.take("reset:a@x.nl", 3, 3600, 1000 + 3600), 0);
}

}  // namespace
}  // namespace sb
