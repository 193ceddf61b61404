#include "modules/organisation/sql/organisation_sql.h"

#include "modules/organisation/sql/sql_organisation_store.h"

namespace sb::sql {

const std::vector<Migration>& organisation_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& organisation_postgres_migrations();  // generated from postgres/migrations/*.sql

Module organisation_sql() {
  return {"organisation", organisation_sqlite_migrations(), organisation_postgres_migrations(),
          [](Connection& connection, Parts& parts) {
            parts.make<SqlOrganisationStore, OrganisationReads, OrganisationWrites>(connection);
          }};
}

}  // namespace sb::sql
