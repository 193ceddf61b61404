// The rhythm module's store contract on SQLite and PostgreSQL (with the organisation and the
// board, whose besturen and ambitions its rows belong to).
#include <gtest/gtest.h>

#include "modules/board/sql/board_sql.h"
#include "modules/organisation/sql/organisation_sql.h"
#include "modules/rhythm/contract/rhythm_store_contract.h"
#include "modules/rhythm/sql/rhythm_sql.h"
#include "storage/postgres/test_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::contract {
namespace {

std::unique_ptr<Store> make_sqlite(const std::filesystem::path& folder) {
  auto store = sqlite::SqliteStore::open((folder / "test.sqlite").string(),
                                         {sql::organisation_sql(), sql::board_sql(), sql::rhythm_sql()});
  EXPECT_TRUE(store.has_value());
  return store ? std::unique_ptr<Store>(std::move(*store)) : nullptr;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, RhythmStoreContract, testing::Values(StoreFactory{"sqlite", make_sqlite}),
                         [](const auto&) { return std::string("sqlite"); });

// The same contract on PostgreSQL (skipped unless SAMENBETER_TEST_POSTGRES names a test database).
INSTANTIATE_TEST_SUITE_P(
    Postgres, RhythmStoreContract, testing::Values(postgres::test_store_factory([] {
      return std::vector<sql::Module>{sql::organisation_sql(), sql::board_sql(), sql::rhythm_sql()};
    })),
    [](const auto&) { return std::string("postgres"); });

}  // namespace
}  // namespace sb::contract
