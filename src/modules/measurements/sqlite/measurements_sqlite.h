// The measurements module on SQLite: its migrations (sqlite/migrations,
// embedded) and its part of every unit of work (SqliteMeasurementStore). The
// composition root passes it to SqliteStore::open after the organisation,
// whose schools and teams the rounds belong to.
#pragma once

#include "storage/sqlite/sqlite_module.h"

namespace sb::sqlite {

SqliteModule measurements_sqlite();

}  // namespace sb::sqlite
