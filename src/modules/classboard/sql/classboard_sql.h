// The classboard module in SQL: its migrations for SQLite and PostgreSQL (sqlite/migrations,
// postgres/migrations, embedded) and its part of every unit of work (SqlClassBoardStore). The composition
// root passes it to the store (SqliteStore or PostgresStore) after the organisation, whose schools,
// teams and users the boards belong to.
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module classboard_sql();

}  // namespace sb::sql
