#include "modules/board/core/cycle_holidays.h"

#include "kernel/dates.h"
#include "modules/board/core/rules.h"
#include "modules/organisation/core/organisation.h"

namespace sb {
namespace {

constexpr int kHalfYear = 26 * 7;  // how far past the end a moved end may reach: past a summer and more

std::vector<HolidayWeek> weeks_of_team(Services& s, ReadTx& tx, Id team_id, const DateText& from, const DateText& to) {
  const auto& calendar = school_calendar(s);
  if (!calendar.holiday_weeks) return {};
  const auto team = organisation(tx).find_team(team_id);
  if (!team) return {};
  return calendar.holiday_weeks(tx, team->school_id, monday_of(from), to);
}

}  // namespace

int holiday_weeks_in(Services& s, ReadTx& tx, Id team_id, const DateText& from, const DateText& to) {
  if (!parse_date(from) || !parse_date(to)) return 0;
  return static_cast<int>(weeks_of_team(s, tx, team_id, from, to).size());
}

Result<CycleHolidays> cycle_holidays(Services& s, const Principal& who, Id team_id, std::string_view starts_on_text,
                                     std::string_view ends_on_text) {
  SB_TRY(starts_on, check_date("starts_on", starts_on_text));
  SB_TRY(ends_on, check_date("ends_on", ends_on_text));
  if (*parse_date(ends_on) < *parse_date(starts_on)) {
    return std::unexpected(Error::invalid("ends_on", "The end comes after the start."));
  }
  return read_value<CycleHolidays>(s.store, [&](ReadTx& tx) -> Result<CycleHolidays> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    auto reach = weeks_of_team(s, tx, team_id, starts_on, format_date(*parse_date(ends_on) + kHalfYear));
    std::vector<std::string> mondays;
    for (const auto& week : reach) mondays.push_back(week.monday);
    CycleHolidays out;
    out.end_past_holidays = end_past_holidays(starts_on, ends_on, mondays);
    int spanned = 0;
    for (auto& week : reach) {
      if (week.monday > out.end_past_holidays) break;
      if (week.monday <= ends_on) ++spanned;
      out.weeks.push_back(std::move(week));
    }
    const int days = *parse_date(ends_on) - *parse_date(monday_of(starts_on)) + 1;
    out.school_weeks = (days + 6) / 7 - spanned;
    return out;
  });
}

}  // namespace sb
