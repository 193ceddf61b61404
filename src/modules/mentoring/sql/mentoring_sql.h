// The mentoring module in SQL: its migrations for SQLite and PostgreSQL (sqlite/migrations,
// postgres/migrations, embedded) and its part of every unit of work (SqlMentoringStore). The composition
// root passes it to the store (SqliteStore or PostgresStore) after the organisation, whose users and
// schools the applications refer to.
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module mentoring_sql();

}  // namespace sb::sql
