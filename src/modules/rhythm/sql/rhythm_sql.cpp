#include "modules/rhythm/sql/rhythm_sql.h"

#include "modules/rhythm/sql/sql_rhythm_store.h"

namespace sb::sql {

const std::vector<Migration>& rhythm_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& rhythm_postgres_migrations();  // generated from postgres/migrations/*.sql

Module rhythm_sql() {
  return {"rhythm", rhythm_sqlite_migrations(), rhythm_postgres_migrations(), [](Connection& connection, Parts& parts) {
            parts.make<SqlRhythmStore, RhythmReads, RhythmWrites, TeamDataVersions>(connection);
          }};
}

}  // namespace sb::sql
