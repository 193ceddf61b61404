// The calendar module in SQL: its migrations for SQLite and PostgreSQL (sqlite/migrations,
// postgres/migrations, embedded) and its part of every unit of work (SqlCalendarStore). The composition
// root passes it to the store (SqliteStore or PostgresStore) after the organisation, whose users the
// feeds belong to.
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module calendar_sql();

}  // namespace sb::sql
