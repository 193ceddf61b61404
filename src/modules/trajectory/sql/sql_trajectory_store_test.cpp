// The trajectory module's store contract on SQLite and on PostgreSQL (with
// the organisation, whose schools it follows).
#include <gtest/gtest.h>

#include "modules/organisation/sql/organisation_sql.h"
#include "modules/trajectory/contract/trajectory_store_contract.h"
#include "modules/trajectory/sql/trajectory_sql.h"
#include "storage/postgres/test_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::contract {
namespace {

std::unique_ptr<Store> make_sqlite(const std::filesystem::path& folder) {
  auto store =
      sqlite::SqliteStore::open((folder / "test.sqlite").string(), {sql::organisation_sql(), sql::trajectory_sql()});
  EXPECT_TRUE(store.has_value());
  return store ? std::unique_ptr<Store>(std::move(*store)) : nullptr;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, TrajectoryStoreContract, testing::Values(StoreFactory{"sqlite", make_sqlite}),
                         [](const auto&) { return std::string("sqlite"); });

// Skipped unless SAMENBETER_TEST_POSTGRES names a database (scripts/postgres-cluster.sh starts one).
INSTANTIATE_TEST_SUITE_P(Postgres, TrajectoryStoreContract, testing::Values(postgres::test_store_factory([] {
                           return std::vector<sql::Module>{sql::organisation_sql(), sql::trajectory_sql()};
                         })),
                         [](const auto&) { return std::string("postgres"); });

}  // namespace
}  // namespace sb::contract
