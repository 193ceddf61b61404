// The board module in SQL: its migrations for SQLite and PostgreSQL (sqlite/migrations,
// postgres/migrations, embedded) and its part of every unit of work (SqlBoardStore). The composition root
// passes it to the store (SqliteStore or PostgresStore).
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module board_sql();

}  // namespace sb::sql
