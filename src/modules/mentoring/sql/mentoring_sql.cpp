#include "modules/mentoring/sql/mentoring_sql.h"

#include "modules/mentoring/sql/sql_mentoring_store.h"

namespace sb::sql {

const std::vector<Migration>& mentoring_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& mentoring_postgres_migrations();  // generated from postgres/migrations/*.sql

Module mentoring_sql() {
  return {"mentoring", mentoring_sqlite_migrations(), mentoring_postgres_migrations(),
          [](Connection& connection, Parts& parts) {
            parts.make<SqlMentoringStore, MentoringReads, MentoringWrites>(connection);
          }};
}

}  // namespace sb::sql
