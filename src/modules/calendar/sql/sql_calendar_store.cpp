#include "modules/calendar/sql/sql_calendar_store.h"

namespace sb::sql {

std::optional<CalendarFeed> SqlCalendarStore::feed_of(Id user_id) {
  auto q = db_.prepare("SELECT user_id, created_at FROM calendar_feeds WHERE user_id = ?");
  q.bind(1, user_id);
  if (!q.step()) return std::nullopt;
  return CalendarFeed{q.integer(0), q.integer(1)};
}

std::optional<CalendarFeed> SqlCalendarStore::feed_by_token_hash(std::string_view token_hash) {
  auto q = db_.prepare("SELECT user_id, created_at FROM calendar_feeds WHERE token_hash = ?");
  q.bind(1, token_hash);
  if (!q.step()) return std::nullopt;
  return CalendarFeed{q.integer(0), q.integer(1)};
}

Result<void> SqlCalendarStore::replace_feed(Id user_id, std::string_view token_hash, UnixTime created_at) {
  auto q = db_.prepare(
      "INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (?, ?, ?) "
      "ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at");
  q.bind(1, user_id).bind(2, token_hash).bind(3, created_at);
  return q.run();
}

Result<void> SqlCalendarStore::delete_feed(Id user_id) {
  auto q = db_.prepare("DELETE FROM calendar_feeds WHERE user_id = ?");
  q.bind(1, user_id);
  return q.run();
}

}  // namespace sb::sql
