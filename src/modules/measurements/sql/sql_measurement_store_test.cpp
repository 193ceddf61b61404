// The measurements module's store contract on SQLite and on PostgreSQL (with the organisation, whose schools and teams
// rounds belong to).
#include <gtest/gtest.h>

#include "modules/measurements/contract/measurement_store_contract.h"
#include "modules/measurements/sql/measurements_sql.h"
#include "modules/organisation/sql/organisation_sql.h"
#include "storage/postgres/test_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::contract {
namespace {

std::unique_ptr<Store> make_sqlite(const std::filesystem::path& folder) {
  auto store =
      sqlite::SqliteStore::open((folder / "test.sqlite").string(), {sql::organisation_sql(), sql::measurements_sql()});
  EXPECT_TRUE(store.has_value());
  return store ? std::unique_ptr<Store>(std::move(*store)) : nullptr;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, MeasurementStoreContract, testing::Values(StoreFactory{"sqlite", make_sqlite}),
                         [](const auto&) { return std::string("sqlite"); });

// Skips without SAMENBETER_TEST_POSTGRES (a libpq conninfo); each test gets a fresh schema.
INSTANTIATE_TEST_SUITE_P(Postgres, MeasurementStoreContract, testing::Values(postgres::test_store_factory([] {
                           return std::vector<sql::Module>{sql::organisation_sql(), sql::measurements_sql()};
                         })),
                         [](const auto&) { return std::string("postgres"); });

}  // namespace
}  // namespace sb::contract
