// When the weekly digest is due: Monday 08:00 in Amsterdam, in winter and in summer time.
#include <gtest/gtest.h>

#include "kernel/testing/moments.h"
#include "modules/notifications/core/weekly.h"

namespace sb {
namespace {

using testing::utc;

TEST(Weekly, TheDigestIsDueOnMondayAtEightInTheMorningAmsterdamTime) {
  // Winter: 08:00 in Amsterdam is 07:00 UTC.
  EXPECT_EQ(digest_week(utc(2026, 11, 18, 10)).monday, "2026-11-16");
  EXPECT_EQ(digest_week(utc(2026, 11, 18, 10)).due_at, utc(2026, 11, 16, 7));
  EXPECT_EQ(digest_week(utc(2026, 11, 16, 6, 59, 59)).monday, "2026-11-09");
  EXPECT_EQ(digest_week(utc(2026, 11, 16, 7)).monday, "2026-11-16");
  // Sunday night in UTC is Monday 00:30 in Amsterdam: still the week before.
  EXPECT_EQ(digest_week(utc(2026, 11, 22, 23, 30)).monday, "2026-11-16");
  // Summer: 08:00 in Amsterdam is 06:00 UTC.
  EXPECT_EQ(digest_week(utc(2026, 6, 15, 5, 59, 59)).monday, "2026-06-08");
  EXPECT_EQ(digest_week(utc(2026, 6, 15, 6)).monday, "2026-06-15");
  EXPECT_EQ(digest_week(utc(2026, 6, 15, 6)).due_at, utc(2026, 6, 15, 6));
  // The Monday after the clocks went back, and across a new year.
  EXPECT_EQ(digest_week(utc(2026, 10, 26, 7)).due_at, utc(2026, 10, 26, 7));
  EXPECT_EQ(digest_week(utc(2026, 10, 26, 6, 59)).monday, "2026-10-19");
  EXPECT_EQ(digest_week(utc(2027, 1, 1, 12)).monday, "2026-12-28");
}

}  // namespace
}  // namespace sb
