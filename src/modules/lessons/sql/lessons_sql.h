// The lessons module in SQL: its migrations for SQLite and PostgreSQL (sqlite/migrations,
// postgres/migrations, embedded) and its part of every unit of work (SqlLessonStore). The composition root
// passes it to the store (SqliteStore or PostgresStore) after the organisation and the board.
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module lessons_sql();

}  // namespace sb::sql
