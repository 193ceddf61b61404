// iCalendar (RFC 5545): the text of a calendar with events, for a person's
// feed and for .ics attachments to mails. Times are written in UTC (the "Z"
// form), which every calendar program shows in its own time zone, so no
// VTIMEZONE is needed. Lines end in CRLF and fold at 75 octets without
// splitting a UTF-8 character; text values are escaped.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kernel/model.h"

namespace sb {

struct CalendarEvent {
  std::string uid;  // stable and unique, e.g. "lesson-visit-42@samenbeter"
  UnixTime starts_at = 0;
  UnixTime ends_at = 0;
  std::string summary;
  std::string description;
  std::string location;
  bool cancelled = false;  // kept in the feed as STATUS:CANCELLED so calendars remove it
  int sequence = 0;        // raise it when the event changes, for mail attachments
};

namespace ical {

// A whole VCALENDAR with these events; `now` is each event's DTSTAMP.
std::string write_calendar(std::string_view calendar_name, const std::vector<CalendarEvent>& events, UnixTime now);

// A TEXT value escaped per RFC 5545 3.3.11 (backslash, semicolon, comma, newline).
std::string escape_text(std::string_view text);

// One content line folded at 75 octets, each line ending in CRLF.
std::string fold_line(std::string_view line);

// A UTC date-time such as 20261201T083000Z.
std::string utc_date_time(UnixTime t);

}  // namespace ical
}  // namespace sb
