// The calendar module on SQLite: its migrations (sqlite/migrations, embedded)
// and its part of every unit of work (SqliteCalendarStore). The composition
// root passes it to SqliteStore::open after the organisation, whose users the
// feeds belong to.
#pragma once

#include "storage/sqlite/sqlite_module.h"

namespace sb::sqlite {

SqliteModule calendar_sqlite();

}  // namespace sb::sqlite
