#include "modules/voice/sqlite/voice_sqlite.h"

#include "modules/voice/sqlite/sqlite_voice_store.h"

namespace sb::sqlite {

const std::vector<Migration>& voice_migrations();  // generated from migrations/*.sql

SqliteModule voice_sqlite() {
  return {"voice", voice_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteVoiceStore, VoiceReads, VoiceWrites>(connection);
          }};
}

}  // namespace sb::sqlite
