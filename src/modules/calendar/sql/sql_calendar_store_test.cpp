// The calendar module's store contract on SQLite and PostgreSQL (with the
// organisation, whose users the feeds belong to).
#include <gtest/gtest.h>

#include "modules/calendar/contract/calendar_store_contract.h"
#include "modules/calendar/sql/calendar_sql.h"
#include "modules/organisation/sql/organisation_sql.h"
#include "storage/postgres/test_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::contract {
namespace {

std::unique_ptr<Store> make_sqlite(const std::filesystem::path& folder) {
  auto store =
      sqlite::SqliteStore::open((folder / "test.sqlite").string(), {sql::organisation_sql(), sql::calendar_sql()});
  EXPECT_TRUE(store.has_value());
  return store ? std::unique_ptr<Store>(std::move(*store)) : nullptr;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, CalendarStoreContract, testing::Values(StoreFactory{"sqlite", make_sqlite}),
                         [](const auto&) { return std::string("sqlite"); });

// The same contract on PostgreSQL (skipped unless SAMENBETER_TEST_POSTGRES names a test database).
INSTANTIATE_TEST_SUITE_P(Postgres, CalendarStoreContract, testing::Values(postgres::test_store_factory([] {
                           return std::vector<sql::Module>{sql::organisation_sql(), sql::calendar_sql()};
                         })),
                         [](const auto&) { return std::string("postgres"); });

}  // namespace
}  // namespace sb::contract
