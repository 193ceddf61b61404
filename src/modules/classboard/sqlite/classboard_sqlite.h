// The classboard module on SQLite: its migrations (sqlite/migrations, embedded)
// and its part of every unit of work (SqliteClassBoardStore). The composition
// root passes it to SqliteStore::open after the organisation, whose schools,
// teams and users the boards belong to.
#pragma once

#include "storage/sqlite/sqlite_module.h"

namespace sb::sqlite {

SqliteModule classboard_sqlite();

}  // namespace sb::sqlite
