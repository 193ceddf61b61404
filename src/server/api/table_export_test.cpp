// Table exports as CSV per language and as XLSX.
#include "server/api/table_export.h"

#include <gtest/gtest.h>

namespace sb::api {
namespace {

Table attendance() {
  return {.title = "Aanwezigheid: sessie 1 [14 oktober 2024]",
          .columns = {"Naam", "Uren", "Score"},
          .rows = {{std::string("Karin Hofman"), std::int64_t{6}, 7.5}, {std::string("Jan \"JJ\"; de Wit"), std::int64_t{0}, 0.25}}};
}

TEST(TableExport, CsvInDutchUsesSemicolonsAndADecimalComma) {
  EXPECT_EQ(table_csv(attendance(), Locale::nl),
            "\xEF\xBB\xBFNaam;Uren;Score\r\nKarin Hofman;6;7,5\r\n\"Jan \"\"JJ\"\"; de Wit\";0;0,25\r\n");
}

TEST(TableExport, CsvInEnglishUsesCommasAndADecimalPoint) {
  EXPECT_EQ(table_csv(attendance(), Locale::en),
            "\xEF\xBB\xBFNaam,Uren,Score\r\nKarin Hofman,6,7.5\r\n\"Jan \"\"JJ\"\"; de Wit\",0,0.25\r\n");
}

TEST(TableExport, XlsxIsAWorkbookDownload) {
  const auto response = table_response(attendance(), TableFormat::xlsx, "Aanwezigheid sessie 1", Locale::nl);
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(response->body.substr(0, 2), "PK");  // a zip archive, as every .xlsx is
  bool named = false;
  for (const auto& [name, value] : response->headers) {
    if (name == "Content-Disposition") named = value == "attachment; filename=\"aanwezigheid-sessie-1.xlsx\"";
  }
  EXPECT_TRUE(named);
}

TEST(TableExport, OnlyCsvAndXlsxAreFormats) {
  EXPECT_EQ(parse_table_format("csv").value(), TableFormat::csv);
  EXPECT_EQ(parse_table_format("xlsx").value(), TableFormat::xlsx);
  const auto refused = parse_table_format("pdf");
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().field, "format");
  EXPECT_EQ(refused.error().reason, "unknown_choice");
}

}  // namespace
}  // namespace sb::api
