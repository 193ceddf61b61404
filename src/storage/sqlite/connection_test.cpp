// The connection's statement cache finds a statement by its SQL text: a text
// built at run time and freed may leave its address to another text, and the
// cache must then prepare the other text, not hand back the first statement.
#include "storage/sqlite/connection.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

namespace sb::sqlite {
namespace {

TEST(Connection, TheStatementCacheIsKeyedByTheTextNotItsAddress) {
  const auto path =
      std::filesystem::temp_directory_path() / ("sb-connection-" + std::to_string(::getpid()) + ".sqlite");
  auto opened = Connection::open(path.string(), OpenMode::read_write);
  ASSERT_TRUE(opened.has_value());
  auto& db = **opened;
  // The same buffer holds two different texts, one after the other, as a freed temporary's address is reused.
  auto buffer = std::make_unique<char[]>(64);
  std::snprintf(buffer.get(), 64, "SELECT 1");
  {
    auto first = db.prepare(buffer.get());
    ASSERT_TRUE(first.step());
    EXPECT_EQ(first.integer(0), 1);
  }
  std::snprintf(buffer.get(), 64, "SELECT 2, 'twee'");
  {
    auto second = db.prepare(buffer.get());
    ASSERT_TRUE(second.step());
    EXPECT_EQ(second.integer(0), 2);
    EXPECT_EQ(second.text(1), "twee");
  }
  // A copy of a text at another address finds the same statement again.
  const std::string copy = "SELECT 2, 'twee'";
  {
    auto again = db.prepare(copy.c_str());
    ASSERT_TRUE(again.step());
    EXPECT_EQ(again.integer(0), 2);
  }
  opened->reset();
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace sb::sqlite
