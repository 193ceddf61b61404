#include "modules/programmes/core/times.h"

#include <chrono>
#include <cstdio>

#include "modules/notifications/core/weekly.h"

namespace sb {
namespace {

namespace chrono = std::chrono;

struct LocalTime {
  int year = 0;
  unsigned month = 0, day = 0;
  int hour = 0, minute = 0;
};

LocalTime local(UnixTime t) {
  const UnixTime l = t + amsterdam_offset(t);
  const chrono::year_month_day ymd{chrono::sys_days{chrono::days{l / 86400}}};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
          static_cast<int>((l % 86400) / 3600), static_cast<int>((l % 3600) / 60)};
}

}  // namespace

UnixTime amsterdam_time(int year, unsigned month, unsigned day, int hour, int minute) {
  const chrono::sys_days date{chrono::year{year} / chrono::month{month} / chrono::day{day}};
  const UnixTime local_seconds = static_cast<UnixTime>(date.time_since_epoch().count()) * 86400 + hour * 3600 + minute * 60;
  // The offset an hour before, in UTC, is the offset at the moment for every time of day people meet.
  return local_seconds - amsterdam_offset(local_seconds - 3600);
}

std::string date_text(UnixTime t) {
  const auto l = local(t);
  char text[16];
  std::snprintf(text, sizeof text, "%02u-%02u-%04d", l.day, l.month, l.year);
  return text;
}

std::string iso_date(UnixTime t) {
  const auto l = local(t);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", l.year, l.month, l.day);
  return text;
}

std::string session_time_text(const ProgrammeSession& session) {
  const auto a = local(session.starts_at), b = local(session.ends_at);
  char text[48];
  std::snprintf(text, sizeof text, "%s %02d:%02d-%02d:%02d", date_text(session.starts_at).c_str(), a.hour, a.minute, b.hour,
                b.minute);
  return text;
}

std::string month_of(UnixTime t) { return iso_date(t).substr(0, 7); }

std::string clock_text(UnixTime t) {
  const auto l = local(t);
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", l.hour, l.minute);
  return text;
}

std::optional<UnixTime> parse_amsterdam(std::string_view date, std::string_view clock) {
  int year = 0, hour = 0, minute = 0;
  unsigned month = 0, day = 0;
  char tail = 0;
  if (date.size() != 10 || clock.size() != 5) return std::nullopt;
  if (std::sscanf(std::string(date).c_str(), "%4d-%2u-%2u%c", &year, &month, &day, &tail) != 3) return std::nullopt;
  if (std::sscanf(std::string(clock).c_str(), "%2d:%2d%c", &hour, &minute, &tail) != 2) return std::nullopt;
  const chrono::year_month_day ymd{chrono::year{year}, chrono::month{month}, chrono::day{day}};
  if (!ymd.ok() || year < 2000 || year > 2100 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  return amsterdam_time(year, month, day, hour, minute);
}

}  // namespace sb
