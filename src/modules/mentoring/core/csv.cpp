#include "modules/mentoring/core/csv.h"

#include <algorithm>

namespace sb::mentoring {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The separator that the first line uses most outside quotes; ';' on a tie.
char detect_separator(std::string_view text) {
  int semicolons = 0;
  int commas = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
  }
  return commas > semicolons ? ',' : ';';
}

bool blank(const CsvRecord& record) {
  return std::all_of(record.fields.begin(), record.fields.end(), [](const std::string& field) {
    return field.find_first_not_of(" \t") == std::string::npos;
  });
}

Error bad_line(int line, std::string message) {
  return Error::invalid("line " + std::to_string(line), "line " + std::to_string(line) + ": " + std::move(message));
}

}  // namespace

Result<CsvTable> parse_csv(std::string_view text) {
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  CsvTable table;
  table.separator = detect_separator(text);
  CsvRecord record{1, {}};
  std::string field;
  int line = 1;
  std::size_t i = 0;
  auto end_record = [&] {
    record.fields.push_back(std::move(field));
    field.clear();
    if (!blank(record)) table.records.push_back(std::move(record));
    record = CsvRecord{line, {}};
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"' && field.empty()) {
      // A quoted field runs to the next quote that is not doubled.
      const int opened_at = line;
      ++i;
      while (true) {
        if (i >= text.size()) return std::unexpected(bad_line(opened_at, "quoted field is never closed"));
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (text[i] == '\r') {
          // A line break inside a field is "\n" whichever way the file ends its lines (CRLF, LF or a lone CR,
          // as outside quotes), so a field read, written and read again stays the same.
          field.push_back('\n');
          ++line;
          i += i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
          continue;
        }
        if (text[i] == '\n') ++line;
        field.push_back(text[i]);
        ++i;
      }
      // After the closing quote only a separator or the end of the line may follow.
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      if (i < text.size() && text[i] != table.separator && text[i] != '\r' && text[i] != '\n') {
        return std::unexpected(bad_line(line, "unexpected text after a closing quote"));
      }
      continue;
    }
    if (c == table.separator) {
      record.fields.push_back(std::move(field));
      field.clear();
      ++i;
      continue;
    }
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      continue;
    }
    if (c == '\n' || c == '\r') {
      ++line;
      end_record();
      ++i;
      continue;
    }
    field.push_back(c);
    ++i;
  }
  if (!field.empty() || !record.fields.empty()) end_record();
  return table;
}

std::string write_csv(const std::vector<std::vector<std::string>>& rows, ByteOrderMark bom) {
  std::string out;
  if (bom == ByteOrderMark::include) out.append(kBom);
  for (const auto& row : rows) {
    for (std::size_t k = 0; k < row.size(); ++k) {
      if (k > 0) out.push_back(';');
      const auto& field = row[k];
      const bool quote = field.find_first_of(";,\"\r\n") != std::string::npos ||
                         (!field.empty() && (field.front() == ' ' || field.back() == ' '));
      if (!quote) {
        out.append(field);
        continue;
      }
      out.push_back('"');
      for (const char c : field) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
      }
      out.push_back('"');
    }
    out.append("\r\n");
  }
  return out;
}

}  // namespace sb::mentoring
