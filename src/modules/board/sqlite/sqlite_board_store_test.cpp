// The board module's store contract on SQLite (with the organisation, whose
// teams a board belongs to), and the carry-over of a database whose
// migrations were counted before modules had lists of their own.
#include <gtest/gtest.h>

#include "modules/organisation/core/store.h"
#include "modules/board/contract/board_store_contract.h"
#include "modules/board/sqlite/board_sqlite.h"
#include "modules/organisation/sqlite/organisation_sqlite.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::contract {
namespace {

std::vector<sqlite::SqliteModule> modules() { return {sqlite::organisation_sqlite(), sqlite::board_sqlite()}; }

std::unique_ptr<Store> make_sqlite(const std::filesystem::path& folder) {
  auto store = sqlite::SqliteStore::open((folder / "test.sqlite").string(), modules());
  EXPECT_TRUE(store.has_value());
  return store ? std::unique_ptr<Store>(std::move(*store)) : nullptr;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, BoardStoreContract, testing::Values(StoreFactory{"sqlite", make_sqlite}),
                         [](const auto&) { return std::string("sqlite"); });

// A database of the release before modules: its three migrations counted as versions 1 to 3.
TEST(SqliteBoardStore, ADatabaseFromBeforeModulesKeepsItsDataAndGoesOn) {
  const auto folder = std::filesystem::temp_directory_path() / "sb-sqlite-before-modules";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const auto path = (folder / "db.sqlite").string();
  {
    auto db = sqlite::Connection::open(path, sqlite::OpenMode::read_write);
    ASSERT_TRUE(db.has_value());
    auto& c = **db;
    ASSERT_TRUE(c.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "applied_at INTEGER NOT NULL DEFAULT (unixepoch()))"));
    const auto organisation = sqlite::organisation_sqlite();
    const auto board = sqlite::board_sqlite();
    const sqlite::Migration* old[] = {&organisation.migrations[0], &board.migrations[0], &board.migrations[1]};
    for (int version = 1; version <= 3; ++version) {
      ASSERT_TRUE(c.exec(old[version - 1]->sql));
      auto q = c.prepare("INSERT INTO schema_migrations (version, name) VALUES (?, ?)");
      q.bind(1, std::int64_t{version}).bind(2, old[version - 1]->name);
      ASSERT_TRUE(q.run());
    }
    ASSERT_TRUE(c.exec("INSERT INTO besturen (name) VALUES ('Van vroeger')"));
  }
  auto store = sqlite::SqliteStore::open(path, modules());
  ASSERT_TRUE(store.has_value()) << store.error().message;
  const std::vector<std::pair<std::string, int>> expected{{"organisation", 2}, {"board", 6}};
  EXPECT_EQ((*store)->schema_versions(), expected);
  auto names = read_value<std::vector<Bestuur>>(**store, [](ReadTx& tx) -> Result<std::vector<Bestuur>> {
    return organisation(tx).list_besturen();
  });
  ASSERT_EQ(names->size(), 1u);
  EXPECT_EQ(names->front().name, "Van vroeger");
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace sb::contract
