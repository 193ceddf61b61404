#include "modules/board/sqlite/board_sqlite.h"

#include "modules/board/sqlite/sqlite_board_store.h"

namespace sb::sqlite {

const std::vector<Migration>& board_migrations();  // generated from migrations/*.sql

SqliteModule board_sqlite() {
  return {"board", board_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteBoardStore, BoardReads, BoardWrites>(connection);
          }};
}

}  // namespace sb::sqlite
