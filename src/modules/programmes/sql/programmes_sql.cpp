#include "modules/programmes/sql/programmes_sql.h"

#include "modules/programmes/sql/sql_assignments_store.h"
#include "modules/programmes/sql/sql_programmes_store.h"

namespace sb::sql {

const std::vector<Migration>& programmes_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& programmes_postgres_migrations();  // generated from postgres/migrations/*.sql

Module programmes_sql() {
  return {"programmes", programmes_sqlite_migrations(), programmes_postgres_migrations(),
          [](Connection& connection, Parts& parts) {
            parts.make<SqlProgrammesStore, ProgrammeReads, ProgrammeWrites>(connection);
            parts.make<SqlAssignmentsStore, AssignmentReads, AssignmentWrites>(connection);
          }};
}

}  // namespace sb::sql
