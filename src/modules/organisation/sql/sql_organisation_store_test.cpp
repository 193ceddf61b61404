// The organisation module's store contract on SQLite and PostgreSQL, and what only SQLite
// has: migrations that run once and a schema that survives reopening.
#include <gtest/gtest.h>

#include "modules/organisation/contract/organisation_store_contract.h"
#include "modules/organisation/core/store.h"
#include "modules/organisation/sql/organisation_sql.h"
#include "storage/postgres/test_store.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/sqlite_store.h"

namespace sb::contract {
namespace {

std::unique_ptr<Store> make_sqlite(const std::filesystem::path& folder) {
  auto store = sqlite::SqliteStore::open((folder / "test.sqlite").string(), {sql::organisation_sql()});
  EXPECT_TRUE(store.has_value());
  return store ? std::unique_ptr<Store>(std::move(*store)) : nullptr;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, OrganisationStoreContract, testing::Values(StoreFactory{"sqlite", make_sqlite}),
                         [](const auto&) { return std::string("sqlite"); });

// The same contract on PostgreSQL (skipped unless SAMENBETER_TEST_POSTGRES names a test database).
INSTANTIATE_TEST_SUITE_P(Postgres, OrganisationStoreContract, testing::Values(postgres::test_store_factory([] {
                           return std::vector<sql::Module>{sql::organisation_sql()};
                         })),
                         [](const auto&) { return std::string("postgres"); });

TEST(SqlOrganisationStore, MigratesOnceAndReopens) {
  const auto folder = std::filesystem::temp_directory_path() / "sb-sqlite-reopen";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const auto path = (folder / "db.sqlite").string();
  {
    auto store = sqlite::SqliteStore::open(path, {sql::organisation_sql()});
    ASSERT_TRUE(store.has_value());
    const auto versions = (*store)->schema_versions();
    ASSERT_EQ(versions.size(), 1u);
    EXPECT_EQ(versions[0].first, "organisation");
    EXPECT_GE(versions[0].second, 2);
    ASSERT_TRUE((*store)->write([](WriteTx& tx) {
      return drop_value(organisation(tx).insert_bestuur({0, "Blijft"}));
    }));
  }
  auto again = sqlite::SqliteStore::open(path, {sql::organisation_sql()});
  ASSERT_TRUE(again.has_value());
  auto names = read_value<std::vector<Bestuur>>(
      **again, [](ReadTx& tx) -> Result<std::vector<Bestuur>> { return organisation(tx).list_besturen(); });
  ASSERT_EQ(names->size(), 1u);
  EXPECT_EQ(names->front().name, "Blijft");
  std::filesystem::remove_all(folder);
}

// Migration 0003 rebuilds the invitations so they may lead to a bestuur or the
// platform: open ones stay as they were, and a deleted one's id is not handed out again.
TEST(SqlOrganisationStore, InvitationsKeepTheirRowsAndIdsThroughTheAppointmentsMigration) {
  const auto folder = std::filesystem::temp_directory_path() / "sb-sqlite-0003";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const auto path = (folder / "db.sqlite").string();
  {
    auto before = sql::organisation_sql();
    before.sqlite_migrations.resize(2);
    ASSERT_TRUE(sqlite::SqliteStore::open(path, {before}).has_value());
  }
  {
    auto db = sqlite::Connection::open(path, sqlite::OpenMode::read_write);
    ASSERT_TRUE(db.has_value());
    auto& c = **db;
    ASSERT_TRUE(
        c.exec("INSERT INTO besturen (name) VALUES ('B'); "
               "INSERT INTO schools (bestuur_id, name, sector, brin, region) VALUES (1, 'S', 'PO', '11AA', 'noord'); "
               "INSERT INTO users (email, name, created_at) VALUES ('a@a.nl', 'A', 1); "
               "INSERT INTO invitations (token_hash, email, role, school_id, invited_by, created_at, expires_at) "
               "VALUES ('kept', 'x@a.nl', 'schoolcoach', 1, 1, 1, 100), "
               "('gone', 'y@a.nl', 'schoolcoach', 1, 1, 1, 100); "
               "DELETE FROM invitations WHERE token_hash = 'gone';"));
  }
  auto store = sqlite::SqliteStore::open(path, {sql::organisation_sql()});
  ASSERT_TRUE(store.has_value()) << store.error().message;
  auto next = write_value<Id>(**store, [](WriteTx& tx) -> Result<Id> {
    auto kept = organisation(tx).find_invitation_by_token("kept");
    EXPECT_TRUE(kept.has_value());
    EXPECT_EQ(kept->id, 1);
    EXPECT_EQ(kept->school_id, 1);
    EXPECT_FALSE(kept->bestuur_id.has_value());
    Invitation invitation;
    invitation.token_hash = "new";
    invitation.email = "z@a.nl";
    invitation.role = Role::bestuurder;
    invitation.bestuur_id = 1;
    invitation.invited_by = 1;
    invitation.expires_at = 100;
    return organisation(tx).insert_invitation(invitation);
  });
  ASSERT_TRUE(next.has_value()) << next.error().message;
  EXPECT_EQ(*next, 3);
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace sb::contract
