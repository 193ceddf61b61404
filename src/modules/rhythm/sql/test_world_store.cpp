// The store of the rhythm's use-case tests (organisation/core/test_world.h): the real SQLite store with the
// organisation's part, the board's and the rhythm's. Test code only.
#include "modules/board/sql/board_sql.h"
#include "modules/organisation/core/test_world.h"
#include "modules/organisation/sql/organisation_sql.h"
#include "modules/rhythm/sql/rhythm_sql.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::testing {

Result<std::unique_ptr<Store>> open_world_store(const std::string& path) {
  SB_TRY(store, sqlite::SqliteStore::open(path, {sql::organisation_sql(), sql::board_sql(), sql::rhythm_sql()}));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace sb::testing
