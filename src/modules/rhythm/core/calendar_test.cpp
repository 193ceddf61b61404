// The rhythm's calendar: school-year weeks, holiday weeks per region, the
// dataset that comes with the module, and a cycle's end moved past holidays.
#include <gtest/gtest.h>

#include "modules/rhythm/core/calendar.h"
#include "modules/rhythm/core/rates.h"

namespace sb {
namespace {

Holiday holiday(Region region, std::string name, std::string from, std::string to) {
  return Holiday{0, region, "2026-2027", std::move(name), std::move(from), std::move(to), "test"};
}

TEST(RhythmCalendar, SchoolYearRunsFromTheFirstMondayOfAugustToJuly) {
  const auto weeks = weeks_of_school_year("2026-2027");
  ASSERT_FALSE(weeks.empty());
  EXPECT_EQ(weeks.front(), "2026-08-03");
  EXPECT_EQ(weeks.back(), "2027-07-26");
  EXPECT_EQ(weeks.size(), 52u);
  EXPECT_EQ(school_year_of("2026-12-01"), "2026-2027");
  EXPECT_EQ(school_year_of("2027-07-31"), "2026-2027");
  EXPECT_EQ(school_year_of("2027-08-01"), "2027-2028");
}

TEST(RhythmCalendar, SchoolYearMustReadAsTwoFollowingYears) {
  EXPECT_TRUE(check_school_year("school_year", "2026-2027"));
  EXPECT_FALSE(check_school_year("school_year", "2026-2028"));
  EXPECT_FALSE(check_school_year("school_year", "2026/2027"));
  EXPECT_EQ(check_school_year("year", "26-27").error().field, "year");
}

TEST(RhythmCalendar, AWeekIsAHolidayWeekWhenThreeOfItsSchoolDaysAreOff) {
  const std::vector<Holiday> holidays{holiday(Region::noord, "herfstvakantie", "2026-10-10", "2026-10-18"),
                                      holiday(Region::midden, "herfstvakantie", "2026-10-17", "2026-10-25"),
                                      // Wednesday to Sunday: three school days off.
                                      holiday(Region::zuid, "carnaval", "2027-02-10", "2027-02-14"),
                                      // Thursday and Friday only: two days, the week still counts.
                                      holiday(Region::zuid, "hemelvaart", "2027-05-06", "2027-05-07")};
  EXPECT_EQ(holiday_of_week("2026-10-12", Region::noord, holidays)->name, "herfstvakantie");
  EXPECT_FALSE(holiday_of_week("2026-10-12", Region::midden, holidays));
  EXPECT_EQ(holiday_of_week("2026-10-19", Region::midden, holidays)->name, "herfstvakantie");
  EXPECT_FALSE(holiday_of_week("2026-10-19", Region::noord, holidays));
  EXPECT_TRUE(holiday_of_week("2027-02-08", Region::zuid, holidays));
  EXPECT_FALSE(holiday_of_week("2027-05-03", Region::zuid, holidays));
}

TEST(RhythmCalendar, TheHolidayWeeksOfASpanAreThoseOfTheRegion) {
  const std::vector<Holiday> holidays{holiday(Region::midden, "kerstvakantie", "2026-12-19", "2027-01-03")};
  // From a Wednesday: the span starts at its Monday.
  const auto weeks = holiday_weeks_between("2026-12-02", "2027-01-10", Region::midden, holidays);
  ASSERT_EQ(weeks.size(), 2u);
  EXPECT_EQ(weeks[0].monday, "2026-12-21");
  EXPECT_EQ(weeks[0].name, "kerstvakantie");
  EXPECT_EQ(weeks[1].monday, "2026-12-28");
  // Another region's holidays are not there; a span that ends before the holiday has none.
  EXPECT_TRUE(holiday_weeks_between("2026-11-30", "2027-01-10", Region::noord, holidays).empty());
  EXPECT_TRUE(holiday_weeks_between("2026-10-26", "2026-12-20", Region::midden, holidays).empty());
}

TEST(RhythmCalendar, TheDatasetCoversEveryRegionForThreeSchoolYears) {
  const auto& all = builtin_holidays();
  for (auto region : {Region::noord, Region::midden, Region::zuid}) {
    for (std::string year : {"2025-2026", "2026-2027", "2027-2028"}) {
      const auto count = std::count_if(all.begin(), all.end(),
                                       [&](const Holiday& h) { return h.region == region && h.school_year == year; });
      EXPECT_EQ(count, 5) << to_string(region) << " " << year;
    }
  }
  // Read on rijksoverheid.nl: the summer of 2028 in region zuid.
  EXPECT_EQ(holiday_of_week("2028-08-28", Region::zuid, all)->name, "zomervakantie");
  EXPECT_FALSE(holiday_of_week("2028-08-28", Region::midden, all));
}

TEST(RhythmCalendar, AMalformedDatasetLineIsRefusedByNumber) {
  auto parsed = parse_holidays("# comment\nnoord;2026-2027;herfst;2026-10-10;2026-10-18;x\nwest;2026-2027;a;b;c;d\n");
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().field, "line 3");
}

TEST(RhythmCalendar, StaffHolidaysAreChecked) {
  EXPECT_TRUE(check_holiday("noord", "2028-2029", "herfstvakantie", "2028-10-14", "2028-10-22"));
  EXPECT_EQ(check_holiday("west", "2028-2029", "x", "2028-10-14", "2028-10-22").error().field, "region");
  EXPECT_EQ(check_holiday("noord", "2028-2029", "", "2028-10-14", "2028-10-22").error().field, "name");
  EXPECT_EQ(check_holiday("noord", "2028-2029", "x", "2028-10-22", "2028-10-14").error().field, "ends_on");
  EXPECT_EQ(check_holiday("noord", "2028-2029", "x", "2028-10-14", "2029-06-22").error().field, "ends_on");
  EXPECT_EQ(check_holiday("noord", "2028-2029", "x", "2030-10-14", "2030-10-22").error().field, "starts_on");
}

}  // namespace
}  // namespace sb

namespace sb {
namespace {

TEST(RhythmCalendar, EachWeeksHolidayDrawnForAWholeYearIsTheOneHolidayOfWeekGives) {
  const auto holidays = builtin_holidays();
  for (const auto* year : {"2025-2026", "2026-2027", "2027-2028"}) {
    const auto weeks = weeks_of_school_year(year);
    for (auto region : {Region::noord, Region::midden, Region::zuid}) {
      const auto drawn = holidays_by_week(weeks, region, holidays);
      ASSERT_EQ(drawn.size(), weeks.size());
      int holiday_weeks = 0;
      for (std::size_t i = 0; i < weeks.size(); ++i) {
        const auto one = holiday_of_week(weeks[i], region, holidays);
        EXPECT_EQ(drawn[i], one ? one->name : "") << year << ' ' << weeks[i];
        holiday_weeks += one ? 1 : 0;
      }
      EXPECT_GE(holiday_weeks, 7) << year;  // autumn, Christmas, spring, May (and the summer that ends it)
    }
  }
}

}  // namespace
}  // namespace sb
