#include "modules/programmes/core/times.h"

#include <cstdio>

#include "kernel/dates.h"

namespace sb {
namespace {

// Minutes after midnight of a moment, Amsterdam time.
int minutes_of_day(UnixTime t) {
  const UnixTime local = t + amsterdam_offset(t);
  return static_cast<int>(((local % 86400) + 86400) % 86400 / 60);
}

}  // namespace

UnixTime amsterdam_time(int year, unsigned month, unsigned day, int hour, int minute) {
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", year, month, day);
  return amsterdam_moment(parse_date(text).value_or(0), hour * 60 + minute);
}

std::string iso_date(UnixTime t) { return amsterdam_date(t); }

std::string date_text(UnixTime t) {
  const auto iso = iso_date(t);  // YYYY-MM-DD
  return iso.substr(8, 2) + "-" + iso.substr(5, 2) + "-" + iso.substr(0, 4);
}

std::string clock_text(UnixTime t) {
  const int minutes = minutes_of_day(t);
  char text[24];
  std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
  return text;
}

std::string session_time_text(const ProgrammeSession& session) {
  return date_text(session.starts_at) + " " + clock_text(session.starts_at) + "-" + clock_text(session.ends_at);
}

std::string month_of(UnixTime t) { return iso_date(t).substr(0, 7); }

UnixTime shift_days(UnixTime t, int days) {
  const auto day = parse_date(iso_date(t));
  return day ? amsterdam_moment(*day + days, minutes_of_day(t)) : t + static_cast<UnixTime>(days) * 86400;
}

std::optional<int> days_until(UnixTime t, std::string_view date) {
  const auto from = parse_date(iso_date(t));
  const auto to = parse_date(date);
  if (!from || !to) return std::nullopt;
  return *to - *from;
}

std::optional<UnixTime> parse_amsterdam(std::string_view date, std::string_view clock) {
  auto day = parse_date(date);
  int hour = 0, minute = 0;
  char tail = 0;
  if (!day || clock.size() != 5 || std::sscanf(std::string(clock).c_str(), "%2d:%2d%c", &hour, &minute, &tail) != 2) {
    return std::nullopt;
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  return amsterdam_moment(*day, hour * 60 + minute);
}

}  // namespace sb
