// Dates, weeks and Amsterdam time; and the iCalendar text built on them.
#include "kernel/dates.h"

#include <gtest/gtest.h>

#include "kernel/ical.h"
#include "kernel/testing/moments.h"

namespace sb {
namespace {

using testing::utc;

TEST(Dates, DatesAreRealCalendarDates) {
  EXPECT_TRUE(parse_date("2026-11-23").has_value());
  EXPECT_TRUE(parse_date("2028-02-29").has_value());
  EXPECT_FALSE(parse_date("2026-02-29").has_value());
  EXPECT_FALSE(parse_date("2026-13-01").has_value());
  EXPECT_FALSE(parse_date("23-11-2026").has_value());
  EXPECT_FALSE(parse_date("2026-1-5").has_value());
  EXPECT_EQ(format_date(*parse_date("2026-11-23")), "2026-11-23");
  EXPECT_EQ(date_of(0), "1970-01-01");
}

TEST(Dates, AWeekIsNamedByItsMonday) {
  EXPECT_EQ(monday_of("2026-11-23"), "2026-11-23");  // a Monday
  EXPECT_EQ(monday_of("2026-11-29"), "2026-11-23");  // Sunday
  EXPECT_EQ(monday_of("2026-01-01"), "2025-12-29");  // across the year
  EXPECT_TRUE(check_week("week", "2026-11-23").has_value());
  EXPECT_EQ(check_week("week", "2026-11-24").error().field, "week");
}

TEST(Dates, AmsterdamKeepsSummerTimeFromTheLastSundayOfMarchToTheLastSundayOfOctober) {
  EXPECT_EQ(amsterdam_offset(utc(2026, 1, 15, 12)), 3600);
  EXPECT_EQ(amsterdam_offset(utc(2026, 3, 29, 0, 59, 59)), 3600);
  EXPECT_EQ(amsterdam_offset(utc(2026, 3, 29, 1)), 7200);
  EXPECT_EQ(amsterdam_offset(utc(2026, 7, 1, 12)), 7200);
  EXPECT_EQ(amsterdam_offset(utc(2026, 10, 25, 0, 59, 59)), 7200);
  EXPECT_EQ(amsterdam_offset(utc(2026, 10, 25, 1)), 3600);
  EXPECT_EQ(amsterdam_offset(utc(2027, 3, 28, 1)), 7200);  // 2027: the 28th is the last Sunday
  EXPECT_EQ(amsterdam_offset(utc(2027, 3, 27, 12)), 3600);
}

TEST(Dates, AnAmsterdamTimeOfDayIsTheRightMomentInWinterAndSummer) {
  // 10:00 in Amsterdam is 09:00 UTC in winter, 08:00 UTC in summer.
  EXPECT_EQ(amsterdam_moment(*parse_date("2024-12-09"), 10 * 60), utc(2024, 12, 9, 9));
  EXPECT_EQ(amsterdam_moment(*parse_date("2026-06-11"), 10 * 60), utc(2026, 6, 11, 8));
  // The Sunday the clocks go forward: 03:00 local is 01:00 UTC.
  EXPECT_EQ(amsterdam_moment(*parse_date("2026-03-29"), 3 * 60), utc(2026, 3, 29, 1));
}

TEST(Dates, TheAmsterdamDateTurnsAtLocalMidnight) {
  EXPECT_EQ(amsterdam_date(utc(2026, 6, 30, 21, 59)), "2026-06-30");
  EXPECT_EQ(amsterdam_date(utc(2026, 6, 30, 22, 0)), "2026-07-01");
  EXPECT_EQ(amsterdam_date(utc(2026, 12, 31, 23, 0)), "2027-01-01");
}

TEST(ICalendar, TextIsEscapedAndLongLinesFoldWithoutSplittingACharacter) {
  EXPECT_EQ(ical::escape_text("a;b,c\\d\nregel"), "a\\;b\\,c\\\\d\\nregel");
  const std::string line = "SUMMARY:" + std::string(70, 'e') + "\xC3\xA9\xC3\xA9";  // é é past octet 75
  const std::string folded = ical::fold_line(line);
  EXPECT_EQ(folded.substr(0, 77), line.substr(0, 75) + "\r\n");  // 8 + 67 octets, then the fold
  EXPECT_EQ(folded.substr(77, 1), " ");
  for (std::size_t start = 0; start < folded.size();) {
    const auto end = folded.find("\r\n", start);
    EXPECT_LE(end - start, 75u);
    start = end + 2;
  }
  // Unfolding gives the line back.
  std::string unfolded;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\r\n ") == 0) { i += 2; continue; }
    if (folded.compare(i, 2, "\r\n") == 0) break;
    unfolded += folded[i];
  }
  EXPECT_EQ(unfolded, line);
}

TEST(ICalendar, ACalendarHoldsEachEventInUtc) {
  CalendarEvent visit{.uid = "lesson-visit-7@samenbeter",
                      .starts_at = utc(2026, 12, 3, 9, 30),
                      .ends_at = utc(2026, 12, 3, 10, 15),
                      .summary = "Lesbezoek: breuken, groep 5-6",
                      .description = "Lokaal 12\nNeem het observatieformulier mee",
                      .location = "OBS De Regenboog, Utrecht"};
  const std::string text = ical::write_calendar("SamenBeter", {visit}, utc(2026, 12, 1, 12));
  EXPECT_EQ(text.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(text.find("UID:lesson-visit-7@samenbeter\r\n"), std::string::npos);
  EXPECT_NE(text.find("DTSTART:20261203T093000Z\r\n"), std::string::npos);
  EXPECT_NE(text.find("DTEND:20261203T101500Z\r\n"), std::string::npos);
  EXPECT_NE(text.find("DTSTAMP:20261201T120000Z\r\n"), std::string::npos);
  EXPECT_NE(text.find("DESCRIPTION:Lokaal 12\\nNeem het observatieformulier mee\r\n"), std::string::npos);
  EXPECT_NE(text.find("LOCATION:OBS De Regenboog\\, Utrecht\r\n"), std::string::npos);
  EXPECT_NE(text.find("STATUS:CONFIRMED"), std::string::npos);
  EXPECT_EQ(text.substr(text.size() - 15), "END:VCALENDAR\r\n");
}

}  // namespace
}  // namespace sb
