// The programmes module in SQL: its migrations (sqlite/migrations,
// embedded) and its part of every unit of work (SqlProgrammesStore). The
// composition root passes it to the store (SqliteStore or PostgresStore) after the organisation,
// whose users, besturen and schools its rows name.
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module programmes_sql();

}  // namespace sb::sql
