// The calendar module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (CalendarFeedWrites) over the unit of work's connection.
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/calendar/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlCalendarStore final : public CalendarFeedWrites, Part {
 public:
  explicit SqlCalendarStore(Connection& connection) : Part(connection) {}

  std::optional<CalendarFeed> feed_of(Id user_id) override;
  std::optional<CalendarFeed> feed_by_token_hash(std::string_view token_hash) override;
  Result<void> replace_feed(Id user_id, std::string_view token_hash, UnixTime created_at) override;
  Result<void> delete_feed(Id user_id) override;
};

}  // namespace sb::sql
