// The store of the lessons module's use-case tests (organisation/core/test_world.h): the real SQLite store with
// the organisation's part, the board's and the lessons module's. Test code only.
#include "modules/board/sqlite/board_sqlite.h"
#include "modules/lessons/sqlite/lessons_sqlite.h"
#include "modules/organisation/core/test_world.h"
#include "modules/organisation/sqlite/organisation_sqlite.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::testing {

Result<std::unique_ptr<Store>> open_world_store(const std::string& path) {
  SB_TRY(store, sqlite::SqliteStore::open(path, {sqlite::organisation_sqlite(), sqlite::board_sqlite(),
                                                 sqlite::lessons_sqlite()}));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace sb::testing
