// The notifications module on SQLite: its migrations (sqlite/migrations,
// embedded) and its part of every unit of work (SqliteNotificationsStore).
// The composition root passes it to SqliteStore::open, after the
// organisation, whose users its rows belong to.
#pragma once

#include "storage/sqlite/sqlite_module.h"

namespace sb::sqlite {

SqliteModule notifications_sqlite();

}  // namespace sb::sqlite
