// The school holidays a cycle spans (kernel/school_calendar.h, kept by the
// rhythm module): a cycle runs 6 to 8 school weeks, so its holiday weeks do
// not count, and a team can ask for the end that moves past them.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <string_view>
#include <vector>

#include "kernel/dates.h"
#include "kernel/policy.h"
#include "kernel/school_calendar.h"
#include "kernel/services.h"

namespace sb {

struct CycleHolidays {
  std::vector<HolidayWeek> weeks;  // the holiday weeks from the start to the moved end, in order
  int school_weeks = 0;            // the weeks from the start to the end asked, less its holiday weeks
  std::string end_past_holidays;   // the end asked, moved one week per holiday week
};

// For a cycle of `team_id` from `starts_on` to `ends_on` (view_board on the team).
// invalid_argument for a date that is not one, or an end before the start.
Result<CycleHolidays> cycle_holidays(Services& s, const Principal& who, Id team_id, std::string_view starts_on,
                                     std::string_view ends_on);

// Inside a unit of work: how many holiday weeks the team's school has from the week of `from` to `to`.
int holiday_weeks_in(Services& s, ReadTx& tx, Id team_id, const DateText& from, const DateText& to);

}  // namespace sb
