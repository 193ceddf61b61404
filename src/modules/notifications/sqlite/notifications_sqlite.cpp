#include "modules/notifications/sqlite/notifications_sqlite.h"

#include "modules/notifications/sqlite/sqlite_notifications_store.h"

namespace sb::sqlite {

const std::vector<Migration>& notifications_migrations();  // generated from migrations/*.sql

SqliteModule notifications_sqlite() {
  return {"notifications", notifications_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteNotificationsStore, NotificationReads, NotificationWrites>(connection);
          }};
}

}  // namespace sb::sqlite
