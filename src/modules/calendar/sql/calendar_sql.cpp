#include "modules/calendar/sql/calendar_sql.h"

#include "modules/calendar/sql/sql_calendar_store.h"

namespace sb::sql {

const std::vector<Migration>& calendar_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& calendar_postgres_migrations();  // generated from postgres/migrations/*.sql

Module calendar_sql() {
  return {"calendar", calendar_sqlite_migrations(), calendar_postgres_migrations(),
          [](Connection& connection, Parts& parts) {
            parts.make<SqlCalendarStore, CalendarFeedReads, CalendarFeedWrites>(connection);
          }};
}

}  // namespace sb::sql
