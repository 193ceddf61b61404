// The programmes module on SQLite: its migrations (sqlite/migrations,
// embedded) and its part of every unit of work (SqliteProgrammesStore). The
// composition root passes it to SqliteStore::open after the organisation,
// whose users, besturen and schools its rows name.
#pragma once

#include "storage/sqlite/sqlite_module.h"

namespace sb::sqlite {

SqliteModule programmes_sqlite();

}  // namespace sb::sqlite
