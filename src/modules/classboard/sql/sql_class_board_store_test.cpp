// The classboard module's store contract on SQLite (with the organisation, whose schools, teams and users boards belong
// to).
#include <gtest/gtest.h>

#include "modules/classboard/contract/class_board_store_contract.h"
#include "modules/classboard/sql/classboard_sql.h"
#include "modules/organisation/sql/organisation_sql.h"
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

}  // namespace
}  // namespace sb::contract
