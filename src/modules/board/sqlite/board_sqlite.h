// The board module on SQLite: its migrations (sqlite/migrations, embedded)
// and its part of every unit of work (SqliteBoardStore). The composition root
// passes it to SqliteStore::open.
#pragma once

#include "storage/sqlite/sqlite_module.h"

namespace sb::sqlite {

SqliteModule board_sqlite();

}  // namespace sb::sqlite
