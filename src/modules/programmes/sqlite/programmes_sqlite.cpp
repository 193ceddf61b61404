#include "modules/programmes/sqlite/programmes_sqlite.h"

#include "modules/programmes/sqlite/sqlite_programmes_store.h"

namespace sb::sqlite {

const std::vector<Migration>& programmes_migrations();  // generated from migrations/*.sql

SqliteModule programmes_sqlite() {
  return {"programmes", programmes_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteProgrammesStore, ProgrammeReads, ProgrammeWrites>(connection);
          }};
}

}  // namespace sb::sqlite
