#include "modules/notifications/sql/notifications_sql.h"

#include "modules/notifications/sql/sql_notifications_store.h"

namespace sb::sql {

const std::vector<Migration>& notifications_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& notifications_postgres_migrations();  // generated from postgres/migrations/*.sql

Module notifications_sql() {
  return {"notifications", notifications_sqlite_migrations(), notifications_postgres_migrations(),
          [](Connection& connection, Parts& parts) {
            parts.make<SqlNotificationsStore, NotificationReads, NotificationWrites>(connection);
          }};
}

}  // namespace sb::sql
