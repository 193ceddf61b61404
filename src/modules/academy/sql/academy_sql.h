// The academy module in SQL: its migrations for SQLite and PostgreSQL (sqlite/migrations,
// postgres/migrations, embedded) and its part of every unit of work (SqlAcademyStore). After the
// organisation, whose users and teams its marks and progress refer to.
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module academy_sql();

}  // namespace sb::sql
