#include "modules/voice/sql/voice_sql.h"

#include "modules/voice/sql/sql_voice_store.h"

namespace sb::sql {

const std::vector<Migration>& voice_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& voice_postgres_migrations();  // generated from postgres/migrations/*.sql

Module voice_sql() {
  return {"voice", voice_sqlite_migrations(), voice_postgres_migrations(),
          [](Connection& connection, Parts& parts) { parts.make<SqlVoiceStore, VoiceReads, VoiceWrites>(connection); }};
}

}  // namespace sb::sql
