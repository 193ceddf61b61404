// The classboard module's store contract on SQLite and on PostgreSQL (with the organisation, whose schools, teams and
// users boards belong to).
#include <gtest/gtest.h>

#include "modules/classboard/contract/class_board_store_contract.h"
#include "modules/classboard/sql/classboard_sql.h"
#include "modules/organisation/sql/organisation_sql.h"
#include "storage/postgres/test_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::contract {
namespace {

std::unique_ptr<Store> make_sqlite(const std::filesystem::path& folder) {
  auto store =
      sqlite::SqliteStore::open((folder / "test.sqlite").string(), {sql::organisation_sql(), sql::classboard_sql()});
  EXPECT_TRUE(store.has_value());
  return store ? std::unique_ptr<Store>(std::move(*store)) : nullptr;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, ClassBoardStoreContract, testing::Values(StoreFactory{"sqlite", make_sqlite}),
                         [](const auto&) { return std::string("sqlite"); });

// Skips without SAMENBETER_TEST_POSTGRES (a libpq conninfo); each test gets a fresh schema.
INSTANTIATE_TEST_SUITE_P(Postgres, ClassBoardStoreContract, testing::Values(postgres::test_store_factory([] {
                           return std::vector<sql::Module>{sql::organisation_sql(), sql::classboard_sql()};
                         })),
                         [](const auto&) { return std::string("postgres"); });

}  // namespace
}  // namespace sb::contract
