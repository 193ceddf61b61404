#include "modules/academy/sql/academy_sql.h"

#include "modules/academy/sql/sql_academy_store.h"

namespace sb::sql {

const std::vector<Migration>& academy_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& academy_postgres_migrations();  // generated from postgres/migrations/*.sql

Module academy_sql() {
  return {"academy", academy_sqlite_migrations(), academy_postgres_migrations(),
          [](Connection& connection, Parts& parts) {
            parts.make<SqlAcademyStore, AcademyReads, AcademyWrites>(connection);
          }};
}

}  // namespace sb::sql
