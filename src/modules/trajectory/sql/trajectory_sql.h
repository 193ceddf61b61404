// The trajectory module in SQL: its migrations for SQLite and PostgreSQL (sqlite/migrations,
// postgres/migrations, embedded) and its part of every unit of work (SqlTrajectoryStore). The composition
// root passes it to the store (SqliteStore or PostgresStore) after the organisation, whose schools
// and users the trajectories refer to.
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module trajectory_sql();

}  // namespace sb::sql
