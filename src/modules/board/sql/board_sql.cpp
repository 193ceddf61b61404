#include "modules/board/sql/board_sql.h"

#include "modules/board/sql/sql_board_store.h"

namespace sb::sql {

const std::vector<Migration>& board_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& board_postgres_migrations();  // generated from postgres/migrations/*.sql

Module board_sql() {
  return {"board", board_sqlite_migrations(), board_postgres_migrations(),
          [](Connection& connection, Parts& parts) { parts.make<SqlBoardStore, BoardReads, BoardWrites>(connection); }};
}

}  // namespace sb::sql
