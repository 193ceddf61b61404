#include "modules/measurements/sql/measurements_sql.h"

#include "modules/measurements/sql/sql_measurement_store.h"

namespace sb::sql {

const std::vector<Migration>& measurements_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& measurements_postgres_migrations();  // generated from postgres/migrations/*.sql

Module measurements_sql() {
  return {"measurements", measurements_sqlite_migrations(), measurements_postgres_migrations(),
          [](Connection& connection, Parts& parts) {
            parts.make<SqlMeasurementStore, MeasurementReads, MeasurementWrites>(connection);
          }};
}

}  // namespace sb::sql
