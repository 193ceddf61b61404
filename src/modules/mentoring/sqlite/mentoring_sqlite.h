// The mentoring module on SQLite: its migrations (sqlite/migrations, embedded)
// and its part of every unit of work (SqliteMentoringStore). The composition
// root passes it to SqliteStore::open after the organisation, whose users and
// schools the applications refer to.
#pragma once

#include "storage/sqlite/sqlite_module.h"

namespace sb::sqlite {

SqliteModule mentoring_sqlite();

}  // namespace sb::sqlite
