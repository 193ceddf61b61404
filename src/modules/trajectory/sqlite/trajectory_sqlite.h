// The trajectory module on SQLite: its migrations (sqlite/migrations, embedded)
// and its part of every unit of work (SqliteTrajectoryStore). The composition
// root passes it to SqliteStore::open after the organisation, whose schools
// and users the trajectories refer to.
#pragma once

#include "storage/sqlite/sqlite_module.h"

namespace sb::sqlite {

SqliteModule trajectory_sqlite();

}  // namespace sb::sqlite
