#include "kernel/ical.h"

#include <chrono>
#include <cstdio>

namespace sb::ical {

std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string fold_line(std::string_view line) {
  std::string out;
  std::size_t width = 0;  // octets on the current physical line
  for (std::size_t i = 0; i < line.size();) {
    // The length of the UTF-8 character starting here, so a fold never splits one.
    const auto lead = static_cast<unsigned char>(line[i]);
    std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    n = std::min(n, line.size() - i);
    if (width + n > 75) {
      out += "\r\n ";
      width = 1;  // the leading space counts
    }
    out.append(line.substr(i, n));
    width += n;
    i += n;
  }
  out += "\r\n";
  return out;
}

std::string utc_date_time(UnixTime t) {
  const auto seconds = std::chrono::sys_seconds{std::chrono::seconds{t}};
  const auto day = std::chrono::floor<std::chrono::days>(seconds);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss time{seconds - day};
  char text[32];
  std::snprintf(text, sizeof text, "%04d%02u%02uT%02d%02d%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return text;
}

std::string write_calendar(std::string_view calendar_name, const std::vector<CalendarEvent>& events, UnixTime now) {
  std::string out;
  const auto line = [&](std::string_view name, std::string_view value) {
    out += fold_line(std::string(name) + ":" + std::string(value));
  };
  line("BEGIN", "VCALENDAR");
  line("VERSION", "2.0");
  line("PRODID", "-//SamenBeter//SamenBeter//NL");
  line("CALSCALE", "GREGORIAN");
  line("METHOD", "PUBLISH");
  line("X-WR-CALNAME", escape_text(calendar_name));
  line("X-WR-TIMEZONE", "Europe/Amsterdam");
  const std::string stamp = utc_date_time(now);
  for (const auto& event : events) {
    line("BEGIN", "VEVENT");
    line("UID", event.uid);
    line("DTSTAMP", stamp);
    line("DTSTART", utc_date_time(event.starts_at));
    line("DTEND", utc_date_time(event.ends_at > event.starts_at ? event.ends_at : event.starts_at));
    line("SEQUENCE", std::to_string(event.sequence));
    line("SUMMARY", escape_text(event.summary));
    if (!event.description.empty()) line("DESCRIPTION", escape_text(event.description));
    if (!event.location.empty()) line("LOCATION", escape_text(event.location));
    line("STATUS", event.cancelled ? "CANCELLED" : "CONFIRMED");
    line("END", "VEVENT");
  }
  line("END", "VCALENDAR");
  return out;
}

}  // namespace sb::ical
