// The notifications module in SQL: its migrations (sqlite/migrations,
// embedded) and its part of every unit of work (SqlNotificationsStore).
// The composition root passes it to the store (SqliteStore or PostgresStore), after the
// organisation, whose users its rows belong to.
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module notifications_sql();

}  // namespace sb::sql
