#include "modules/classboard/sql/classboard_sql.h"

#include "modules/classboard/sql/sql_class_board_store.h"

namespace sb::sql {

const std::vector<Migration>& classboard_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& classboard_postgres_migrations();  // generated from postgres/migrations/*.sql

Module classboard_sql() {
  return {"classboard", classboard_sqlite_migrations(), classboard_postgres_migrations(),
          [](Connection& connection, Parts& parts) {
            parts.make<SqlClassBoardStore, ClassBoardReads, ClassBoardWrites>(connection);
          }};
}

}  // namespace sb::sql
