#include "modules/academy/sqlite/academy_sqlite.h"

#include "modules/academy/sqlite/sqlite_academy_store.h"

namespace sb::sqlite {

const std::vector<Migration>& academy_migrations();  // generated from migrations/*.sql

SqliteModule academy_sqlite() {
  return {"academy", academy_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteAcademyStore, AcademyReads, AcademyWrites>(connection);
          }};
}

}  // namespace sb::sqlite
