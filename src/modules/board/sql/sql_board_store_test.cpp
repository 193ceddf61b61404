// The board module's store contract on SQLite and PostgreSQL (with the organisation, whose
// teams a board belongs to), and the carry-over of a database whose
// migrations were counted before modules had lists of their own.
#include <gtest/gtest.h>

#include "modules/board/contract/board_store_contract.h"
#include "modules/board/core/store.h"
#include "modules/board/sql/board_sql.h"
#include "modules/organisation/core/store.h"
#include "modules/organisation/sql/organisation_sql.h"
#include "storage/postgres/test_store.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::contract {
namespace {

std::vector<sql::Module> modules() {
  return {sql::organisation_sql(), sql::board_sql()};
}

std::unique_ptr<Store> make_sqlite(const std::filesystem::path& folder) {
  auto store = sqlite::SqliteStore::open((folder / "test.sqlite").string(), modules());
  EXPECT_TRUE(store.has_value());
  return store ? std::unique_ptr<Store>(std::move(*store)) : nullptr;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, BoardStoreContract, testing::Values(StoreFactory{"sqlite", make_sqlite}),
                         [](const auto&) { return std::string("sqlite"); });

// The same contract on PostgreSQL (skipped unless SAMENBETER_TEST_POSTGRES names a test database).
INSTANTIATE_TEST_SUITE_P(Postgres, BoardStoreContract, testing::Values(postgres::test_store_factory(modules)),
                         [](const auto&) { return std::string("postgres"); });

// A database of the release before modules: its three migrations counted as versions 1 to 3.
TEST(SqlBoardStore, ADatabaseFromBeforeModulesKeepsItsDataAndGoesOn) {
  const auto folder = std::filesystem::temp_directory_path() / "sb-sqlite-before-modules";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const auto path = (folder / "db.sqlite").string();
  {
    auto db = sqlite::Connection::open(path, sqlite::OpenMode::read_write);
    ASSERT_TRUE(db.has_value());
    auto& c = **db;
    ASSERT_TRUE(
        c.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
               "applied_at INTEGER NOT NULL DEFAULT (unixepoch()))"));
    const auto organisation = sql::organisation_sql();
    const auto board = sql::board_sql();
    const sql::Migration* old[] = {&organisation.sqlite_migrations[0], &board.sqlite_migrations[0],
                                   &board.sqlite_migrations[1]};
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
  // Every migration of each module is applied: those of before modules and every later one.
  const std::vector<std::pair<std::string, int>> expected{
      {"organisation", static_cast<int>(sql::organisation_sql().sqlite_migrations.back().version)},
      {"board", static_cast<int>(sql::board_sql().sqlite_migrations.back().version)}};
  EXPECT_EQ((*store)->schema_versions(), expected);
  auto names = read_value<std::vector<Bestuur>>(
      **store, [](ReadTx& tx) -> Result<std::vector<Bestuur>> { return organisation(tx).list_besturen(); });
  ASSERT_EQ(names->size(), 1u);
  EXPECT_EQ(names->front().name, "Van vroeger");
  std::filesystem::remove_all(folder);
}

// A board of the release before the obstacle's life (board migrations 1 to 3):
// an answered obstacle and one a leader took on were both 'leadership' with a
// reply; after the migration they are answered and taken_on, the leader's
// action names the obstacle, and a waiting or resolved obstacle stays as it was.
TEST(SqlBoardStore, ObstaclesOfAnOlderBoardFindTheirPlaceInTheirLife) {
  const auto folder = std::filesystem::temp_directory_path() / "sb-sqlite-obstacle-life";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const auto path = (folder / "db.sqlite").string();
  auto older = modules();
  older[1].sqlite_migrations.resize(3);
  {
    auto store = sqlite::SqliteStore::open(path, older);
    ASSERT_TRUE(store.has_value()) << store.error().message;
  }
  {
    auto db = sqlite::Connection::open(path, sqlite::OpenMode::read_write);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE((*db)->exec(
        "INSERT INTO users (id, email, name, created_at) VALUES (1, 'l@x.nl', 'Karin Hofman', 0), (2, 't@x.nl', "
        "'Sanne', 0);"
        "INSERT INTO besturen (id, name) VALUES (1, 'B');"
        "INSERT INTO schools (id, bestuur_id, name, sector, brin, region) VALUES (1, 1, 'S', 'PO', '00AA', 'noord');"
        "INSERT INTO teams (id, school_id, name) VALUES (1, 1, 'T');"
        "INSERT INTO board_items (id, team_id, kind, text, notes, status, position, created_by, created_at, "
        "updated_at, "
        "status_changed_at, leadership_reply) VALUES "
        "(1, 1, 'obstacle', 'Wacht', '', 'leadership', 1, 2, 0, 0, 0, ''),"
        "(2, 1, 'obstacle', 'Beantwoord', '', 'leadership', 2, 2, 0, 0, 0, 'Komt goed'),"
        "(3, 1, 'obstacle', 'Opgepakt', '', 'leadership', 3, 2, 0, 0, 0, 'Karin Hofman: Ik regel het'),"
        "(4, 1, 'action', 'Ik regel het', 'Opgepakt', 'todo', 1, 1, 0, 0, 0, ''),"
        "(5, 1, 'obstacle', 'Klaar', '', 'resolved', 4, 2, 0, 0, 0, 'Gedaan'),"
        "(6, 1, 'action', 'Gewone actie', 'Opgepakt', 'todo', 2, 2, 0, 0, 0, '');"));
  }
  auto store = sqlite::SqliteStore::open(path, modules());
  ASSERT_TRUE(store.has_value()) << store.error().message;
  auto items = read_value<std::vector<BoardItem>>(
      **store, [](ReadTx& tx) -> Result<std::vector<BoardItem>> { return board(tx).list_items(1); });
  ASSERT_EQ(items->size(), 6u);
  const auto& all = *items;
  EXPECT_EQ(all[0].status, "leadership");
  EXPECT_EQ(all[1].status, "answered");
  EXPECT_EQ(all[2].status, "taken_on");
  EXPECT_EQ(all[3].from_obstacle_id, Id{3});
  EXPECT_EQ(all[4].status, "resolved");
  EXPECT_EQ(all[5].from_obstacle_id, std::nullopt);  // the team's own action with a like note stays the team's
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace sb::contract
