#include "platform/local_file_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <chrono>
#include <fstream>

#include <unistd.h>

namespace sb {
namespace {

std::filesystem::path fresh_folder(const char* name) {
  auto path = std::filesystem::temp_directory_path() / (std::string("sb-files-") + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(path);
  return path;
}

std::string read_all(ByteSource& source) {
  std::string out;
  char chunk[7];  // small on purpose: reads in several chunks
  for (;;) {
    auto n = source.read(chunk, sizeof chunk);
    EXPECT_TRUE(n.has_value());
    if (!n || *n == 0) return out;
    out.append(chunk, *n);
  }
}

TEST(LocalFileStore, PutsOpensListsAndRemoves) {
  auto root = fresh_folder("round-trip");
  auto store = LocalFileStore::open(root, 1000);
  ASSERT_TRUE(store);
  TextSource text("hello, materials");
  auto stored = (*store)->put("lesson-designs/1/2", text);
  ASSERT_TRUE(stored);
  EXPECT_EQ(*stored, 16u);
  auto opened = (*store)->open("lesson-designs/1/2");
  ASSERT_TRUE(opened);
  EXPECT_EQ(read_all(**opened), "hello, materials");
  auto listed = (*store)->list("lesson-designs/");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].key, "lesson-designs/1/2");
  EXPECT_EQ(listed[0].bytes, 16u);
  ASSERT_TRUE((*store)->remove("lesson-designs/1/2"));
  EXPECT_FALSE((*store)->open("lesson-designs/1/2"));
  EXPECT_TRUE((*store)->remove("lesson-designs/1/2")) << "removing twice is fine";
  std::filesystem::remove_all(root);
}

TEST(LocalFileStore, RefusesTooLargeAndLeavesNothing) {
  auto root = fresh_folder("too-large");
  auto store = LocalFileStore::open(root, 10);
  ASSERT_TRUE(store);
  TextSource text("eleven byte");
  auto stored = (*store)->put("a/b", text);
  ASSERT_FALSE(stored);
  EXPECT_EQ(stored.error().code, ErrorCode::resource_exhausted);
  EXPECT_EQ(stored.error().reason, "too_large");
  EXPECT_EQ(stored.error().max, 10);
  EXPECT_TRUE((*store)->list("").empty());
  EXPECT_TRUE(std::filesystem::is_empty(root / ".incoming"));
  std::filesystem::remove_all(root);
}

TEST(LocalFileStore, NeverReplacesAStoredFile) {
  auto root = fresh_folder("no-replace");
  auto store = LocalFileStore::open(root, 100);
  ASSERT_TRUE(store);
  TextSource first("first");
  ASSERT_TRUE((*store)->put("k/1", first));
  TextSource second("second");
  auto again = (*store)->put("k/1", second);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::already_exists);
  EXPECT_EQ(read_all(**(*store)->open("k/1")), "first");
  std::filesystem::remove_all(root);
}

TEST(LocalFileStore, RefusesKeysOutsideItsFolder) {
  EXPECT_FALSE(is_valid_file_key("../etc/passwd"));
  EXPECT_FALSE(is_valid_file_key("/abs"));
  EXPECT_FALSE(is_valid_file_key("a//b"));
  EXPECT_FALSE(is_valid_file_key(".incoming/x"));
  EXPECT_TRUE(is_valid_file_key("lesson-designs/12/7"));
}

TEST(LocalFileStore, StartEmptiesWhatACrashLeftHalfWritten) {
  auto root = fresh_folder("crash");
  std::filesystem::create_directories(root / ".incoming");
  { std::ofstream(root / ".incoming" / "half") << "half"; }
  std::filesystem::last_write_time(root / ".incoming" / "half",
                                   std::filesystem::file_time_type::clock::now() - std::chrono::hours(2));
  auto store = LocalFileStore::open(root, 100);
  ASSERT_TRUE(store);
  EXPECT_TRUE(std::filesystem::is_empty(root / ".incoming"));
  std::filesystem::remove_all(root);
}

}  // namespace
}  // namespace sb
