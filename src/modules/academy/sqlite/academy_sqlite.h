// The academy module on SQLite: its migrations (sqlite/migrations, embedded)
// and its part of every unit of work (SqliteAcademyStore). After the
// organisation, whose users and teams its marks and progress refer to.
#pragma once

#include "storage/sqlite/sqlite_module.h"

namespace sb::sqlite {

SqliteModule academy_sqlite();

}  // namespace sb::sqlite
