// The organisation module's store contract on SQLite, and what only SQLite
// has: migrations that run once and a schema that survives reopening.
#include <gtest/gtest.h>

#include "modules/organisation/core/store.h"
#include "modules/organisation/contract/organisation_store_contract.h"
#include "modules/organisation/sqlite/organisation_sqlite.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::contract {
namespace {

std::unique_ptr<Store> make_sqlite(const std::filesystem::path& folder) {
  auto store = sqlite::SqliteStore::open((folder / "test.sqlite").string(), {sqlite::organisation_sqlite()});
  EXPECT_TRUE(store.has_value());
  return store ? std::unique_ptr<Store>(std::move(*store)) : nullptr;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, OrganisationStoreContract, testing::Values(StoreFactory{"sqlite", make_sqlite}),
                         [](const auto&) { return std::string("sqlite"); });

TEST(SqliteOrganisationStore, MigratesOnceAndReopens) {
  const auto folder = std::filesystem::temp_directory_path() / "sb-sqlite-reopen";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const auto path = (folder / "db.sqlite").string();
  {
    auto store = sqlite::SqliteStore::open(path, {sqlite::organisation_sqlite()});
    ASSERT_TRUE(store.has_value());
    const auto versions = (*store)->schema_versions();
    ASSERT_EQ(versions.size(), 1u);
    EXPECT_EQ(versions[0].first, "organisation");
    EXPECT_GE(versions[0].second, 2);
    ASSERT_TRUE((*store)->write([](WriteTx& tx) { return drop_value(organisation(tx).insert_bestuur({0, "Blijft"})); }));
  }
  auto again = sqlite::SqliteStore::open(path, {sqlite::organisation_sqlite()});
  ASSERT_TRUE(again.has_value());
  auto names = read_value<std::vector<Bestuur>>(**again, [](ReadTx& tx) -> Result<std::vector<Bestuur>> {
    return organisation(tx).list_besturen();
  });
  ASSERT_EQ(names->size(), 1u);
  EXPECT_EQ(names->front().name, "Blijft");
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace sb::contract
