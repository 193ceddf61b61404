#include "storage/postgres/translate.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace sb::postgres {

namespace {

std::string rewrite_id_lists(std::string_view sql) {
  static const std::regex id_list(R"(SELECT value FROM json_each\((\?[0-9]*)\))", std::regex::icase);
  return std::regex_replace(std::string(sql), id_list,
                            "SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST($1 AS json))");
}

}  // namespace

TranslatedSql translate_sql(std::string_view sqlite_sql) {
  const std::string sql = rewrite_id_lists(sqlite_sql);
  TranslatedSql out;
  out.text.reserve(sql.size() + 16);
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {  // a quoted string or name, copied whole ('' and "" escape the quote)
      const std::size_t end = sql.find(c, i + 1);
      const std::size_t stop = end == std::string::npos ? sql.size() : end + 1;
      out.text.append(sql, i, stop - i);
      i = stop - 1;
      continue;
    }
    if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {  // a comment, to the end of the line
      const std::size_t end = sql.find('\n', i);
      const std::size_t stop = end == std::string::npos ? sql.size() : end;
      out.text.append(sql, i, stop - i);
      i = stop - 1;
      continue;
    }
    if (c != '?') {
      out.text.push_back(c);
      continue;
    }
    std::size_t digits = i + 1;
    while (digits < sql.size() && std::isdigit(static_cast<unsigned char>(sql[digits]))) ++digits;
    int number = 0;
    if (digits > i + 1) {
      number = std::stoi(sql.substr(i + 1, digits - i - 1));
    } else {
      number = out.parameters + 1;
    }
    out.parameters = std::max(out.parameters, number);
    out.text += "$" + std::to_string(number);
    i = digits - 1;
  }
  return out;
}

}  // namespace sb::postgres
