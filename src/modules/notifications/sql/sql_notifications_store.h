// The notifications module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (NotificationWrites) over the unit of work's connection. Made once per
// connection by notifications_sql().
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/notifications/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlNotificationsStore final : public NotificationWrites, Part {
 public:
  explicit SqlNotificationsStore(Connection& connection) : Part(connection) {}

  bool wants(Id user_id, Topic topic) override;
  bool mailing_done(Topic topic, std::string_view period) override;
  std::vector<Delivery> list_deliveries(Id user_id) override;
  Result<void> set_wanted(Id user_id, Topic topic, bool wanted) override;
  Result<void> mark_mailing_done(Topic topic, std::string_view period, UnixTime at) override;
  Result<void> insert_delivery(const Delivery& delivery) override;
};

}  // namespace sb::sql
