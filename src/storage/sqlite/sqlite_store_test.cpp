#include "storage/sqlite/sqlite_store.h"

#include <gtest/gtest.h>

#include "storage/contract/store_contract.h"

namespace sb::contract {
namespace {

std::unique_ptr<Store> make_sqlite(const std::filesystem::path& folder) {
  auto store = sqlite::SqliteStore::open((folder / "test.sqlite").string());
  EXPECT_TRUE(store.has_value());
  return store ? std::unique_ptr<Store>(std::move(*store)) : nullptr;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, StoreContract, testing::Values(StoreFactory{"sqlite", make_sqlite}),
                         [](const auto&) { return std::string("sqlite"); });

// SQLite-specific: migrations run once, and the schema survives reopening.
TEST(SqliteStore, MigratesOnceAndReopens) {
  const auto folder = std::filesystem::temp_directory_path() / "sb-sqlite-reopen";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const auto path = (folder / "db.sqlite").string();
  {
    auto store = sqlite::SqliteStore::open(path);
    ASSERT_TRUE(store.has_value());
    EXPECT_GE((*store)->schema_version(), 1);
    ASSERT_TRUE((*store)->write([](WriteTx& tx) { return drop_value(tx.insert_bestuur({0, "Blijft"})); }));
  }
  auto again = sqlite::SqliteStore::open(path);
  ASSERT_TRUE(again.has_value());
  auto names = read_value<std::vector<Bestuur>>(**again, [](ReadTx& tx) -> Result<std::vector<Bestuur>> {
    return tx.list_besturen();
  });
  ASSERT_EQ(names->size(), 1u);
  EXPECT_EQ(names->front().name, "Blijft");
  std::filesystem::remove_all(folder);
}

TEST(SqliteStore, ConcurrentWritesShareCommits) {
  const auto folder = std::filesystem::temp_directory_path() / "sb-sqlite-group";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  auto store = sqlite::SqliteStore::open((folder / "db.sqlite").string());
  ASSERT_TRUE(store.has_value());
  std::vector<std::thread> threads;
  for (int t = 0; t < 16; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        (void)(*store)->write([&](WriteTx& tx) {
          return drop_value(tx.insert_bestuur({0, std::to_string(t) + "/" + std::to_string(i)}));
        });
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ((*store)->committed_jobs(), 320u);
  // With 16 writers waiting at once, commits must be shared (group commit).
  EXPECT_LT((*store)->commits(), 320u);
  store->reset();
  std::filesystem::remove_all(folder);
}

TEST(SqliteStore, BackupCopiesALiveDatabase) {
  const auto folder = std::filesystem::temp_directory_path() / "sb-sqlite-backup";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  auto store = sqlite::SqliteStore::open((folder / "db.sqlite").string());
  ASSERT_TRUE(store.has_value());
  ASSERT_TRUE((*store)->write([](WriteTx& tx) { return drop_value(tx.insert_bestuur({0, "Bewaard"})); }));
  ASSERT_TRUE(sqlite::backup_database((folder / "db.sqlite").string(), (folder / "copy.sqlite").string()));
  auto copy = sqlite::SqliteStore::open((folder / "copy.sqlite").string());
  ASSERT_TRUE(copy.has_value());
  auto names = read_value<std::vector<Bestuur>>(**copy, [](ReadTx& tx) -> Result<std::vector<Bestuur>> {
    return tx.list_besturen();
  });
  ASSERT_EQ(names->size(), 1u);
  store->reset();
  copy->reset();
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace sb::contract
