#include "modules/mentoring/core/csv.h"

#include <gtest/gtest.h>

namespace sb::mentoring {
namespace {

TEST(Csv, SemicolonsWithBomQuotesAndCrlf) {
  const auto table = parse_csv("\xEF\xBB\xBFid;naam;onderwerpen\r\n1;\"Jansen; J.\";\"zei \"\"ja\"\"\"\r\n");
  ASSERT_TRUE(table);
  EXPECT_EQ(table->separator, ';');
  ASSERT_EQ(table->records.size(), 2u);
  EXPECT_EQ(table->records[0].fields, (std::vector<std::string>{"id", "naam", "onderwerpen"}));
  EXPECT_EQ(table->records[1].fields, (std::vector<std::string>{"1", "Jansen; J.", "zei \"ja\""}));
  EXPECT_EQ(table->records[1].line, 2);
}

TEST(Csv, CommasAndLineBreaksInsideQuotes) {
  const auto table = parse_csv("id,naam\n1,\"twee\nregels\"\n\n2,drie\n");
  ASSERT_TRUE(table);
  EXPECT_EQ(table->separator, ',');
  ASSERT_EQ(table->records.size(), 3u);
  EXPECT_EQ(table->records[1].fields[1], "twee\nregels");
  EXPECT_EQ(table->records[2].line, 5) << "line numbers count the line break inside quotes and the empty line";
}

TEST(Csv, SkipsRowsExcelLeavesEmpty) {
  const auto table = parse_csv("a;b\n1;2\n;;\n ; \n");
  ASSERT_TRUE(table);
  EXPECT_EQ(table->records.size(), 2u);
}

TEST(Csv, LastLineWithoutLineBreak) {
  const auto table = parse_csv("a;b\n1;");
  ASSERT_TRUE(table);
  ASSERT_EQ(table->records.size(), 2u);
  EXPECT_EQ(table->records[1].fields, (std::vector<std::string>{"1", ""}));
}

TEST(Csv, UnterminatedQuoteNamesItsLine) {
  const auto table = parse_csv("a;b\n1;2\n3;\"open\n4;5\n");
  ASSERT_FALSE(table);
  EXPECT_EQ(table.error().field, "line 3");
}

TEST(Csv, TextAfterClosingQuoteIsAnError) {
  const auto table = parse_csv("a;b\n\"x\"y;2\n");
  ASSERT_FALSE(table);
  EXPECT_EQ(table.error().field, "line 2");
}

// Found by fuzz_pool_csv: "\r\r\n" inside quotes lost only its last '\r', so the field held "\r\n" and read
// differently once written back. Every line break inside a field now reads as "\n" and counts as a line.
TEST(Csv, LineBreaksInsideQuotesReadAsLineFeedsWhateverTheirKind) {
  const auto table = parse_csv("id;naam\r\n1;\"a\r\r\nb\rc\nd\"\r\n2;e\r\n");
  ASSERT_TRUE(table);
  ASSERT_EQ(table->records.size(), 3u);
  EXPECT_EQ(table->records[1].fields[1], "a\n\nb\nc\nd");
  EXPECT_EQ(table->records[2].line, 7);
  const auto again = parse_csv(write_csv({table->records[1].fields}, ByteOrderMark::omit));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->records.at(0).fields, table->records[1].fields);
}

TEST(Csv, WritesForExcelAndReadsBack) {
  const std::vector<std::vector<std::string>> rows = {{"a", "b;c"}, {"zei \"ja\"", "twee\nregels"}, {"", " x"}};
  const auto text = write_csv(rows, ByteOrderMark::include);
  EXPECT_TRUE(text.starts_with("\xEF\xBB\xBF" "a;\"b;c\"\r\n"));
  const auto table = parse_csv(text);
  ASSERT_TRUE(table);
  ASSERT_EQ(table->records.size(), 3u);
  EXPECT_EQ(table->records[1].fields, rows[1]);
  EXPECT_EQ(table->records[2].fields, rows[2]);
}

}  // namespace
}  // namespace sb::mentoring
