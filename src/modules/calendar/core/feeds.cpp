#include "modules/calendar/core/feeds.h"

#include <algorithm>

#include "modules/calendar/core/store.h"

namespace sb {

Result<FeedStatus> feed_status(Services& s, const Principal& who) {
  return read_value<FeedStatus>(s.store, [&](ReadTx& tx) -> Result<FeedStatus> {
    const auto feed = calendar_feeds(tx).feed_of(who.user.id);
    return FeedStatus{feed ? std::optional(feed->created_at) : std::nullopt};
  });
}

Result<StartedFeed> start_feed(Services& s, const Principal& who) {
  StartedFeed started{s.secrets.new_token(), s.clock.now()};
  SB_CHECK(s.store.write([&](WriteTx& tx) {
    return calendar_feeds(tx).replace_feed(who.user.id, s.secrets.hash_token(started.token), started.created_at);
  }));
  return started;
}

Result<void> stop_feed(Services& s, const Principal& who) {
  return s.store.write([&](WriteTx& tx) { return calendar_feeds(tx).delete_feed(who.user.id); });
}

Result<std::string> feed_calendar(Services& s, std::string_view token, const std::vector<CalendarSource>& sources) {
  SB_TRY(feed, read_value<CalendarFeed>(s.store, [&](ReadTx& tx) -> Result<CalendarFeed> {
    const auto found = calendar_feeds(tx).feed_by_token_hash(s.secrets.hash_token(token));
    if (!found) return std::unexpected(Error::not_found("This calendar address is not in use."));
    return *found;
  }));
  const UnixTime now = s.clock.now();
  std::vector<CalendarEvent> events;
  for (const auto& source : sources) {
    SB_TRY(more, source.events_for(s, feed.user_id, now));
    events.insert(events.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  std::ranges::stable_sort(events, {}, &CalendarEvent::starts_at);
  return ical::write_calendar("SamenBeter", events, now);
}

}  // namespace sb
