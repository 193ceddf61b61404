// Table exports: what a module hands over as rows and columns, sent as CSV
// the way Excel opens it in the reader's language (UTF-8 with BOM, CRLF, ';'
// and a decimal comma in Dutch) or as an XLSX workbook (Debian's
// libxlsxwriter) with numbers as numbers, a bold frozen header and a filter.
// Both go out as a download named after `file_stem`.
// Thread-safety: pure functions; XLSX writes a private temporary file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kernel/error.h"
#include "kernel/model.h"
#include "server/http/http_types.h"

namespace sb::api {

using TableCell = std::variant<std::string, std::int64_t, double>;

struct Table {
  std::string title;  // the sheet's name in XLSX (cut to Excel's 31 characters)
  std::vector<std::string> columns;
  std::vector<std::vector<TableCell>> rows;
};

enum class TableFormat { csv, xlsx };

// The value of a `format` query parameter: "csv" or "xlsx"; anything else is refused naming the field.
Result<TableFormat> parse_table_format(std::string_view value);

std::string table_csv(const Table& table, Locale locale);
// The XLSX file's bytes; internal when the temporary file cannot be written.
Result<std::string> table_xlsx(const Table& table);

// The download: text/csv or the XLSX type, with Content-Disposition naming `file_stem` plus the extension.
Result<http::Response> table_response(const Table& table, TableFormat format, std::string_view file_stem,
                                      Locale locale);

}  // namespace sb::api
