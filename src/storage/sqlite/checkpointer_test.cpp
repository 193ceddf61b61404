// The writer's WAL is copied back by the Checkpointer's thread once it passes
// the threshold, and the database file then holds the committed rows.
#include "storage/sqlite/checkpointer.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

namespace sb::sqlite {
namespace {

TEST(Checkpointer, CopiesTheWalBackOnItsOwnThreadOncePastTheThreshold) {
  const auto path =
      std::filesystem::temp_directory_path() / ("sb-checkpointer-" + std::to_string(::getpid()) + ".sqlite");
  std::filesystem::remove(path);
  auto writer = Connection::open(path.string(), OpenMode::read_write);
  ASSERT_TRUE(writer.has_value());
  auto& db = **writer;
  ASSERT_TRUE(db.exec("CREATE TABLE t (x TEXT)").has_value());
  auto checkpointer = Checkpointer::start(path.string(), db, {.pages = 40, .writer_pages = 100000});
  ASSERT_TRUE(checkpointer.has_value());
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(db.exec("INSERT INTO t VALUES (hex(randomblob(2000)))").has_value());
  }
  // Three commits of a few pages each: below the threshold, so nothing was copied.
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ((*checkpointer)->checkpoints(), 0u);
  for (int i = 0; i < 60; ++i) {
    ASSERT_TRUE(db.exec("INSERT INTO t VALUES (hex(randomblob(2000)))").has_value());
  }
  for (int wait = 0; wait < 200 && (*checkpointer)->checkpoints() == 0; ++wait) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_GT((*checkpointer)->checkpoints(), 0u);
  // The database file grew: pages came back from the WAL (it held only the schema before).
  EXPECT_GT(std::filesystem::file_size(path), 4u * 4096u);
  checkpointer->reset();
  writer->reset();
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
}

}  // namespace
}  // namespace sb::sqlite
