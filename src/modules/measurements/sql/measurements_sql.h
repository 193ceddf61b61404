// The measurements module in SQL: its migrations (sqlite/migrations,
// embedded) and its part of every unit of work (SqlMeasurementStore). The
// composition root passes it to the store (SqliteStore or PostgresStore) after the organisation,
// whose schools and teams the rounds belong to.
#pragma once

#include "storage/sql/module.h"

namespace sb::sql {

Module measurements_sql();

}  // namespace sb::sql
