#include "modules/rhythm/sqlite/rhythm_sqlite.h"

#include "modules/rhythm/sqlite/sqlite_rhythm_store.h"

namespace sb::sqlite {

const std::vector<Migration>& rhythm_migrations();  // generated from migrations/*.sql

SqliteModule rhythm_sqlite() {
  return {"rhythm", rhythm_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteRhythmStore, RhythmReads, RhythmWrites>(connection);
          }};
}

}  // namespace sb::sqlite
