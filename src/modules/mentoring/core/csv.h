// Reading and writing CSV the way Dutch programme staff keep it in Excel.
//
// Accepts ';' or ',' as separator (whichever the header line uses outside
// quotes; Dutch Excel writes ';'), UTF-8 with or without a byte-order mark,
// CRLF or LF line ends, quoted fields with doubled quotes and line breaks
// inside. Lines that are empty or hold only separators are skipped, as Excel
// leaves them behind. Every record remembers the line it starts on so errors
// can name it. Pure functions over strings; core does no file I/O.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.h"

namespace sb::mentoring {

struct CsvRecord {
  int line = 0;  // 1-based line number where the record starts
  std::vector<std::string> fields;
};

struct CsvTable {
  char separator = ';';
  std::vector<CsvRecord> records;  // the first one is the header
};

// Fails (invalid_argument, field "line N") on an unterminated quoted field or
// text directly after a closing quote.
Result<CsvTable> parse_csv(std::string_view text);

enum class ByteOrderMark { include, omit };

// Writes with ';' and CRLF, quoting fields that need it, for Excel (NL).
std::string write_csv(const std::vector<std::vector<std::string>>& rows, ByteOrderMark bom);

}  // namespace sb::mentoring
