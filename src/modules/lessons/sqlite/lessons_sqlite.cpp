#include "modules/lessons/sqlite/lessons_sqlite.h"

#include "modules/lessons/sqlite/sqlite_lesson_store.h"
#include "modules/lessons/sqlite/sqlite_material_store.h"

namespace sb::sqlite {

const std::vector<Migration>& lessons_migrations();  // generated from migrations/*.sql

SqliteModule lessons_sqlite() {
  return {"lessons", lessons_migrations(), [](Connection& connection, SqliteParts& parts) {
            parts.make<SqliteLessonStore, LessonReads, LessonWrites>(connection);
            parts.make<SqliteMaterialStore, LessonMaterialReads, LessonMaterialWrites>(connection);
          }};
}

}  // namespace sb::sqlite
