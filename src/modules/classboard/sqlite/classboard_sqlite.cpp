#include "modules/classboard/sqlite/classboard_sqlite.h"

#include "modules/classboard/sqlite/sqlite_class_board_store.h"

namespace sb::sqlite {

const std::vector<Migration>& classboard_migrations();  // generated from migrations/*.sql

SqliteModule classboard_sqlite() {
  return {"classboard", classboard_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteClassBoardStore, ClassBoardReads, ClassBoardWrites>(connection);
          }};
}

}  // namespace sb::sqlite
