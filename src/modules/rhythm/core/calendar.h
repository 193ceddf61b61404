// The calendar of the weekly rhythm, as pure functions: the weeks of a school
// year (named by their Monday), which of them fall in a region's school
// holiday, and where a cycle's planned end lands when it moves past holidays.
// The Dutch school holidays of 2025-26 to 2027-28 come with the module
// (data/schoolvakanties.csv, read by builtin_holidays()); staff add more.
// Thread-safety: pure functions; builtin_holidays() reads its data once, thread-safely.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/dates.h"
#include "kernel/error.h"
#include "kernel/school_calendar.h"
#include "modules/rhythm/core/model.h"

namespace sb {

// The Mondays from 1 August to 31 July of the school year, in order (52 or 53 weeks).
std::vector<std::string> weeks_of_school_year(std::string_view school_year);

// A week counts as a holiday week when at least 3 of its 5 school days (Monday to Friday)
// fall in one of the region's holidays. Returns that holiday, or nullopt.
std::optional<Holiday> holiday_of_week(std::string_view monday, Region region, const std::vector<Holiday>& holidays);
// The rule of holiday_of_week on days (kernel/dates.h): the week of `monday` lies in the holiday from `from` to `to`.
bool week_in_holiday(int monday, int from, int to);

// The region's holiday weeks (holiday_of_week) whose Monday lies from `from` to `to`, in order:
// what the board needs of the holidays (kernel/school_calendar.h).
std::vector<HolidayWeek> holiday_weeks_between(std::string_view from, std::string_view to, Region region,
                                               const std::vector<Holiday>& holidays);

// The holidays that come with the module: data/schoolvakanties.csv, parsed once.
const std::vector<Holiday>& builtin_holidays();
// Parses the dataset's text (lines "region;school_year;holiday;starts_on;ends_on;checked",
// '#' starts a comment); a malformed line is an error naming its number.
Result<std::vector<Holiday>> parse_holidays(std::string_view text);

// A holiday staff add: a known region, a name, valid dates in order, at most 16 weeks long,
// within the school year.
Result<Holiday> check_holiday(std::string_view region, std::string_view school_year, std::string_view name,
                              std::string_view starts_on, std::string_view ends_on);

}  // namespace sb
