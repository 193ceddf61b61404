#include "server/api/table_export.h"

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace sb::api {
namespace {

std::string number_text(double value, Locale locale) {
  std::string text = fmt::format("{}", value);
  if (locale == Locale::nl) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

std::string cell_text(const TableCell& cell, Locale locale) {
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  if (const auto* whole = std::get_if<std::int64_t>(&cell)) return std::to_string(*whole);
  return number_text(std::get<double>(cell), locale);
}

void append_csv_field(std::string& out, std::string_view value, char separator) {
  if (value.find_first_of(std::string{'"', '\r', '\n', separator}) == std::string_view::npos) {
    out += value;
    return;
  }
  out += '"';
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
std::string sheet_name(std::string_view title) {
  std::string name;
  for (const char c : title) {
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) name += c;
  }
  // Cut at 31 octets without splitting a UTF-8 character.
  if (name.size() > 31) {
    std::size_t cut = 31;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name.resize(cut);
  }
  return name.empty() ? "Export" : name;
}

// A file name that every browser and file system takes: lower-case letters, digits and dashes.
std::string safe_stem(std::string_view stem) {
  std::string out;
  for (const char c : stem) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    if (keep) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "export" : out;
}

Error export_failed() { return Error::internal("The export could not be written."); }

}  // namespace

Result<TableFormat> parse_table_format(std::string_view value) {
  if (value == "csv") return TableFormat::csv;
  if (value == "xlsx") return TableFormat::xlsx;
  return std::unexpected(Error::invalid("format", "The format is csv or xlsx.").because("unknown_choice"));
}

std::string table_csv(const Table& table, Locale locale) {
  const char separator = locale == Locale::nl ? ';' : ',';
  std::string out = "\xEF\xBB\xBF";
  const auto row = [&](const auto& cells, auto&& text_of) {
    bool first = true;
    for (const auto& cell : cells) {
      if (!first) out += separator;
      first = false;
      append_csv_field(out, text_of(cell), separator);
    }
    out += "\r\n";
  };
  row(table.columns, [](const std::string& name) -> std::string_view { return name; });
  for (const auto& cells : table.rows) row(cells, [&](const TableCell& cell) { return cell_text(cell, locale); });
  return out;
}

Result<std::string> table_xlsx(const Table& table) {
  const char* tmp = std::getenv("TMPDIR");
  std::string path = std::string(tmp && *tmp ? tmp : "/tmp") + "/samenbeter-export-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) return std::unexpected(export_failed());
  close(fd);

  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows go to disk as they are written: large exports stay small in memory
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (!workbook) {
    std::remove(path.c_str());
    return std::unexpected(export_failed());
  }
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name(table.title).c_str());
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  worksheet_freeze_panes(sheet, 1, 0);
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    worksheet_set_column(sheet, col, col, std::max<double>(10, static_cast<double>(table.columns[c].size()) + 2), nullptr);
    worksheet_write_string(sheet, 0, col, table.columns[c].c_str(), bold);
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      const TableCell& cell = table.rows[r][c];
      if (const auto* text = std::get_if<std::string>(&cell)) {
        worksheet_write_string(sheet, row, col, text->c_str(), nullptr);
      } else if (const auto* whole = std::get_if<std::int64_t>(&cell)) {
        worksheet_write_number(sheet, row, col, static_cast<double>(*whole), nullptr);
      } else {
        worksheet_write_number(sheet, row, col, std::get<double>(cell), nullptr);
      }
    }
  }
  if (!table.columns.empty()) {
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(table.columns.size() - 1));
  }
  const lxw_error written = workbook_close(workbook);
  std::string bytes;
  if (written == LXW_NO_ERROR) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream content;
    content << file.rdbuf();
    bytes = std::move(content).str();
  }
  std::remove(path.c_str());
  if (written != LXW_NO_ERROR || bytes.empty()) return std::unexpected(export_failed());
  return bytes;
}

Result<http::Response> table_response(const Table& table, TableFormat format, std::string_view file_stem,
                                      Locale locale) {
  http::Response response;
  const std::string stem = safe_stem(file_stem);
  if (format == TableFormat::csv) {
    response.content_type = "text/csv; charset=utf-8";
    response.body = table_csv(table, locale);
    response.set_header("Content-Disposition", "attachment; filename=\"" + stem + ".csv\"");
  } else {
    SB_TRY(bytes, table_xlsx(table));
    response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    response.body = std::move(bytes);
    response.set_header("Content-Disposition", "attachment; filename=\"" + stem + ".xlsx\"");
  }
  response.set_header("Cache-Control", "no-store");
  return response;
}

}  // namespace sb::api
