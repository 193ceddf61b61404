// When the weekly digest is due: Monday 08:00 in Amsterdam, in winter and in summer time.
#include <gtest/gtest.h>

#include <chrono>

#include "modules/notifications/core/weekly.h"

namespace sb {
namespace {

// A moment in UTC.
UnixTime utc(int y, unsigned m, unsigned d, int hour = 0, int minute = 0, int second = 0) {
  const std::chrono::sys_days day{std::chrono::year{y} / m / d};
  return static_cast<UnixTime>(day.time_since_epoch().count()) * 86400 + hour * 3600 + minute * 60 + second;
}

TEST(Weekly, AmsterdamKeepsSummerTimeFromTheLastSundayOfMarchToTheLastSundayOfOctober) {
  EXPECT_EQ(amsterdam_offset(utc(2026, 1, 15, 12)), 3600);
  EXPECT_EQ(amsterdam_offset(utc(2026, 3, 29, 0, 59, 59)), 3600);
  EXPECT_EQ(amsterdam_offset(utc(2026, 3, 29, 1)), 7200);
  EXPECT_EQ(amsterdam_offset(utc(2026, 7, 1, 12)), 7200);
  EXPECT_EQ(amsterdam_offset(utc(2026, 10, 25, 0, 59, 59)), 7200);
  EXPECT_EQ(amsterdam_offset(utc(2026, 10, 25, 1)), 3600);
  EXPECT_EQ(amsterdam_offset(utc(2027, 3, 28, 1)), 7200);  // 2027: the 28th is the last Sunday
  EXPECT_EQ(amsterdam_offset(utc(2027, 3, 27, 12)), 3600);
}

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
