#include "storage/postgres/translate.h"

#include <gtest/gtest.h>

namespace sb::postgres {
namespace {

TEST(TranslateSql, NumbersBarePlaceholdersInOrder) {
  const auto out = translate_sql("SELECT a FROM t WHERE b = ? AND c = ?");
  EXPECT_EQ(out.text, "SELECT a FROM t WHERE b = $1 AND c = $2");
  EXPECT_EQ(out.parameters, 2);
}

TEST(TranslateSql, KeepsNumberedPlaceholdersAndCountsOnFromTheLargest) {
  const auto out = translate_sql("UPDATE t SET a = ?2 WHERE id = ?1 AND b = ?");
  EXPECT_EQ(out.text, "UPDATE t SET a = $2 WHERE id = $1 AND b = $3");
  EXPECT_EQ(out.parameters, 3);
}

TEST(TranslateSql, LeavesQuotesAndCommentsAlone) {
  const auto out = translate_sql("SELECT '?', \"a?\" -- what?\nFROM t WHERE x = 'it''s ?' AND y = ?");
  EXPECT_EQ(out.text, "SELECT '?', \"a?\" -- what?\nFROM t WHERE x = 'it''s ?' AND y = $1");
  EXPECT_EQ(out.parameters, 1);
}

TEST(TranslateSql, TurnsAJsonListOfIdsIntoPostgresql) {
  const auto out = translate_sql("SELECT n FROM t WHERE team_id IN (SELECT value FROM json_each(?1)) AND at >= ?2");
  EXPECT_EQ(
      out.text,
      "SELECT n FROM t WHERE team_id IN (SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST($1 AS json))) "
      "AND at >= $2");
  EXPECT_EQ(out.parameters, 2);
}

}  // namespace
}  // namespace sb::postgres
