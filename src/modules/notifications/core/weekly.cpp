#include "modules/notifications/core/weekly.h"

#include <chrono>
#include <cstdio>

namespace sb {
namespace {

namespace chrono = std::chrono;
constexpr UnixTime kDay = 86400;

UnixTime seconds_of(chrono::sys_days day) { return static_cast<UnixTime>(day.time_since_epoch().count()) * kDay; }

// The last Sunday of `month` in `year`, 01:00 UTC: when the EU's clocks change.
UnixTime clocks_change(chrono::year year, chrono::month month) {
  const chrono::sys_days last{year / month / chrono::last};
  const chrono::weekday weekday{last};
  return seconds_of(last - chrono::days{weekday.c_encoding()}) + 3600;  // c_encoding: Sunday is 0
}

std::string date_text(chrono::sys_days day) {
  const chrono::year_month_day ymd{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return text;
}

chrono::sys_days day_of(UnixTime t) {
  return chrono::sys_days{chrono::days{(t >= 0 ? t : t - kDay + 1) / kDay}};
}

}  // namespace

int amsterdam_offset(UnixTime t) {
  const auto year = chrono::year_month_day{day_of(t)}.year();
  const bool summer = t >= clocks_change(year, chrono::March) && t < clocks_change(year, chrono::October);
  return summer ? 7200 : 3600;
}

DigestWeek digest_week(UnixTime now) {
  const UnixTime local = now + amsterdam_offset(now);
  const auto today = day_of(local);
  auto monday = today - chrono::days{(chrono::weekday{today}.c_encoding() + 6) % 7};
  if (local < seconds_of(monday) + 8 * 3600) monday -= chrono::days{7};
  const UnixTime local_due = seconds_of(monday) + 8 * 3600;
  // Monday 08:00 is hours away from any change of the clocks (Sundays, 01:00 UTC): the offset an hour
  // before it in UTC is the offset at it.
  return {date_text(monday), local_due - amsterdam_offset(local_due - 3600)};
}

}  // namespace sb
