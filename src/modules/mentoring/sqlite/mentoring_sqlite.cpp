#include "modules/mentoring/sqlite/mentoring_sqlite.h"

#include "modules/mentoring/sqlite/sqlite_mentoring_store.h"

namespace sb::sqlite {

const std::vector<Migration>& mentoring_migrations();  // generated from migrations/*.sql

SqliteModule mentoring_sqlite() {
  return {"mentoring", mentoring_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteMentoringStore, MentoringReads, MentoringWrites>(connection);
          }};
}

}  // namespace sb::sqlite
