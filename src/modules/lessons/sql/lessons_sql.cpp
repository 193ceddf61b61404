#include "modules/lessons/sql/lessons_sql.h"

#include "modules/lessons/sql/sql_lesson_store.h"
#include "modules/lessons/sql/sql_material_store.h"

namespace sb::sql {

const std::vector<Migration>& lessons_sqlite_migrations();    // generated from sqlite/migrations/*.sql
const std::vector<Migration>& lessons_postgres_migrations();  // generated from postgres/migrations/*.sql

Module lessons_sql() {
  return {"lessons", lessons_sqlite_migrations(), lessons_postgres_migrations(),
          [](Connection& connection, Parts& parts) {
            parts.make<SqlLessonStore, LessonReads, LessonWrites>(connection);
            parts.make<SqlMaterialStore, LessonMaterialReads, LessonMaterialWrites>(connection);
          }};
}

}  // namespace sb::sql
