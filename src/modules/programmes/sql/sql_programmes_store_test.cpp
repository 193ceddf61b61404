// The programmes module's store contract on SQLite and on PostgreSQL (with
// the organisation, whose users, besturen and schools the rows name).
#include <gtest/gtest.h>

#include "modules/organisation/sql/organisation_sql.h"
#include "modules/programmes/contract/programmes_store_contract.h"
#include "modules/programmes/sql/programmes_sql.h"
#include "storage/postgres/test_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::contract {
namespace {

std::unique_ptr<Store> make_sqlite(const std::filesystem::path& folder) {
  auto store =
      sqlite::SqliteStore::open((folder / "test.sqlite").string(), {sql::organisation_sql(), sql::programmes_sql()});
  EXPECT_TRUE(store.has_value());
  return store ? std::unique_ptr<Store>(std::move(*store)) : nullptr;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, ProgrammesStoreContract, testing::Values(StoreFactory{"sqlite", make_sqlite}),
                         [](const auto&) { return std::string("sqlite"); });

// Skipped unless SAMENBETER_TEST_POSTGRES names a database (scripts/postgres-cluster.sh starts one).
INSTANTIATE_TEST_SUITE_P(Postgres, ProgrammesStoreContract, testing::Values(postgres::test_store_factory([] {
                           return std::vector<sql::Module>{sql::organisation_sql(), sql::programmes_sql()};
                         })),
                         [](const auto&) { return std::string("postgres"); });

}  // namespace
}  // namespace sb::contract
