// The store of the voice module's use-case tests (organisation/core/test_world.h):
// the real SQLite store with the organisation's part and the voice module's. Test code only.
#include "modules/organisation/core/test_world.h"
#include "modules/organisation/sqlite/organisation_sqlite.h"
#include "modules/voice/sqlite/voice_sqlite.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::testing {

Result<std::unique_ptr<Store>> open_world_store(const std::string& path) {
  SB_TRY(store, sqlite::SqliteStore::open(path, {sqlite::organisation_sqlite(), sqlite::voice_sqlite()}));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace sb::testing
