#include "kernel/dates.h"

#include <chrono>
#include <cstdio>

namespace sb {
namespace {

namespace chrono = std::chrono;
constexpr UnixTime kDay = 86400;

int day_of(UnixTime t) { return static_cast<int>((t >= 0 ? t : t - kDay + 1) / kDay); }

// The last Sunday of `month` in `year`, 01:00 UTC: when the EU's clocks change.
UnixTime clocks_change(chrono::year year, chrono::month month) {
  const chrono::sys_days last{year / month / chrono::last};
  const chrono::weekday weekday{last};
  return (last - chrono::days{weekday.c_encoding()}).time_since_epoch().count() * kDay + 3600;  // Sunday is 0
}

std::unexpected<Error> not_a_date(std::string_view field) {
  return std::unexpected(Error::invalid(std::string(field), "A date is written as YYYY-MM-DD.").because("not_a_date"));
}

}  // namespace

std::optional<int> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[static_cast<std::size_t>(i)] < '0' || text[static_cast<std::size_t>(i)] > '9') return std::nullopt;
  }
  const int y = std::stoi(std::string(text.substr(0, 4)));
  const int m = std::stoi(std::string(text.substr(5, 2)));
  const int d = std::stoi(std::string(text.substr(8, 2)));
  const chrono::year_month_day date{chrono::year{y}, chrono::month{static_cast<unsigned>(m)},
                                    chrono::day{static_cast<unsigned>(d)}};
  if (!date.ok() || y < 2000 || y > 2100) return std::nullopt;
  return static_cast<int>(chrono::sys_days{date}.time_since_epoch().count());
}

std::string format_date(int days_since_epoch) {
  const chrono::year_month_day date{chrono::sys_days{chrono::days{days_since_epoch}}};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

DateText date_of(UnixTime time) { return format_date(day_of(time)); }

DateText monday_of(const DateText& date) {
  const auto days = parse_date(date);
  if (!days) return date;
  const chrono::weekday weekday{chrono::sys_days{chrono::days{*days}}};
  const int since_monday = static_cast<int>((weekday.c_encoding() + 6) % 7);
  return format_date(*days - since_monday);
}

Result<DateText> check_date(std::string_view field, std::string_view text) {
  if (!parse_date(text)) return not_a_date(field);
  return DateText(text);
}

Result<DateText> check_week(std::string_view field, std::string_view text) {
  SB_TRY(date, check_date(field, text));
  if (monday_of(date) != date) {
    return std::unexpected(Error::invalid(std::string(field), "A week is named by its Monday.").because("not_a_monday"));
  }
  return date;
}

int amsterdam_offset(UnixTime t) {
  const auto year = chrono::year_month_day{chrono::sys_days{chrono::days{day_of(t)}}}.year();
  const bool summer = t >= clocks_change(year, chrono::March) && t < clocks_change(year, chrono::October);
  return summer ? 7200 : 3600;
}

UnixTime amsterdam_moment(int days_since_epoch, int minutes) {
  const UnixTime local = static_cast<UnixTime>(days_since_epoch) * kDay + static_cast<UnixTime>(minutes) * 60;
  // Winter time first: in the hour the clocks skip or repeat, the first
  // reading that maps back to the same local time wins.
  for (const int offset : {3600, 7200}) {
    if (amsterdam_offset(local - offset) == offset) return local - offset;
  }
  return local - 3600;
}

DateText amsterdam_date(UnixTime t) { return date_of(t + amsterdam_offset(t)); }

}  // namespace sb
