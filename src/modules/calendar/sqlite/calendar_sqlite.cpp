#include "modules/calendar/sqlite/calendar_sqlite.h"

#include "modules/calendar/sqlite/sqlite_calendar_store.h"

namespace sb::sqlite {

const std::vector<Migration>& calendar_migrations();  // generated from migrations/*.sql

SqliteModule calendar_sqlite() {
  return {"calendar", calendar_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteCalendarStore, CalendarFeedReads, CalendarFeedWrites>(connection);
          }};
}

}  // namespace sb::sqlite
