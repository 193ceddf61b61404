// The lessons module on SQLite: its migrations (sqlite/migrations, embedded)
// and its part of every unit of work (SqliteLessonStore). The composition root
// passes it to SqliteStore::open after the organisation and the board.
#pragma once

#include "storage/sqlite/sqlite_module.h"

namespace sb::sqlite {

SqliteModule lessons_sqlite();

}  // namespace sb::sqlite
