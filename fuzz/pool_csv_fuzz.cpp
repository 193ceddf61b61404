// The mentoring pool CSV, as staff upload it: any bytes go through the CSV
// reader and both sheet readers. A table that parses writes back and parses
// again to the same fields; a sheet never holds a person from a line it reported.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "check.h"
#include "modules/mentoring/core/csv.h"
#include "modules/mentoring/core/pool_csv.h"

namespace {

std::vector<std::vector<std::string>> fields_of(const sb::mentoring::CsvTable& table) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& record : table.records) rows.push_back(record.fields);
  return rows;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sb::mentoring;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  if (auto table = parse_csv(text)) {
    const auto rows = fields_of(*table);
    auto again = parse_csv(write_csv(rows, ByteOrderMark::include));
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(fields_of(*again) == rows);
  } else {
    FUZZ_CHECK(!table.error().field.empty());
  }

  const auto mentors = read_mentors_csv(text);
  for (const auto& error : mentors.errors) FUZZ_CHECK(error.line >= 1 && !error.reason.nl.empty());
  const auto mentees = read_mentees_csv(text);
  for (const auto& error : mentees.errors) FUZZ_CHECK(error.line >= 1 && !error.reason.nl.empty());
  return 0;
}
