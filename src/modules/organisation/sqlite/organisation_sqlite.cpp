#include "modules/organisation/sqlite/organisation_sqlite.h"

#include "modules/organisation/sqlite/sqlite_organisation_store.h"

namespace sb::sqlite {

const std::vector<Migration>& organisation_migrations();  // generated from migrations/*.sql

SqliteModule organisation_sqlite() {
  return {"organisation", organisation_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteOrganisationStore, OrganisationReads, OrganisationWrites>(connection);
          }};
}

}  // namespace sb::sqlite
