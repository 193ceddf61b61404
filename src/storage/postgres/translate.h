// The few places where the SQL a module writes (the common ground of SQLite
// and PostgreSQL) must change for PostgreSQL, done once here rather than in
// every query:
// - placeholders: `?` and `?N` become `$N` (a bare `?` takes the next number
//   after the largest so far, as SQLite numbers it);
// - a list of ids passed as one JSON array, `SELECT value FROM json_each(?)`,
//   becomes `SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST($N AS json))`.
// Quoted strings, quoted names and comments are left alone.
// Thread-safety: a pure function.
#pragma once

#include <string>
#include <string_view>

namespace sb::postgres {

struct TranslatedSql {
  std::string text;
  int parameters = 0;  // the highest placeholder number
};

TranslatedSql translate_sql(std::string_view sqlite_sql);

}  // namespace sb::postgres
