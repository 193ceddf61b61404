#include "modules/measurements/sqlite/measurements_sqlite.h"

#include "modules/measurements/sqlite/sqlite_measurement_store.h"

namespace sb::sqlite {

const std::vector<Migration>& measurements_migrations();  // generated from migrations/*.sql

SqliteModule measurements_sqlite() {
  return {"measurements", measurements_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteMeasurementStore, MeasurementReads, MeasurementWrites>(connection);
          }};
}

}  // namespace sb::sqlite
