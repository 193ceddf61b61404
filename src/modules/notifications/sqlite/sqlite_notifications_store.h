// The notifications module's store on SQLite: its part of every unit of work
// (NotificationWrites) over the unit of work's connection. Made once per
// connection by notifications_sqlite().
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/notifications/core/store.h"
#include "storage/sqlite/sqlite_part.h"

namespace sb::sqlite {

class SqliteNotificationsStore final : public NotificationWrites, SqlitePart {
 public:
  explicit SqliteNotificationsStore(Connection& connection) : SqlitePart(connection) {}

  bool wants(Id user_id, Topic topic) override;
  bool mailing_done(Topic topic, std::string_view period) override;
  std::vector<Delivery> list_deliveries(Id user_id) override;
  Result<void> set_wanted(Id user_id, Topic topic, bool wanted) override;
  Result<void> mark_mailing_done(Topic topic, std::string_view period, UnixTime at) override;
  Result<void> insert_delivery(const Delivery& delivery) override;
};

}  // namespace sb::sqlite
