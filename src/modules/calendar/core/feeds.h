// Use cases of a person's calendar feed: a secret address that calendar
// programs (Outlook, Google, Apple) subscribe to, showing what the person takes
// part in across the modules (visits, sessions, meetings). The token is shown
// once, when the feed starts or is renewed; the store keeps only its hash, so
// a lost address is replaced, never looked up. Only ever one's own feed.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/calendar.h"
#include "kernel/policy.h"

namespace sb {

struct FeedStatus {
  std::optional<UnixTime> active_since;  // nullopt: no feed
};

struct StartedFeed {
  std::string token;  // shown once
  UnixTime created_at = 0;
};

Result<FeedStatus> feed_status(Services& s, const Principal& who);
// Starts the caller's feed, or replaces its token: the old address stops working at once.
Result<StartedFeed> start_feed(Services& s, const Principal& who);
Result<void> stop_feed(Services& s, const Principal& who);

// The iCalendar text of the feed with this token: every source's events for its person, by start time.
// not_found for a token that is not (or no longer) in use.
Result<std::string> feed_calendar(Services& s, std::string_view token, const std::vector<CalendarSource>& sources);

}  // namespace sb
