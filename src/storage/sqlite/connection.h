// Connection: one SQLite connection with a cache of prepared statements, each
// a Cursor (storage/sql/statement.h) over one sqlite3_stmt. Everything
// SQLite-specific and error-prone (binding, stepping, resetting, error text)
// lives here so the queries elsewhere read as plain SQL.
//
// Thread-safety: a Connection is used by one thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kernel/error.h"
#include "storage/sql/connection.h"

namespace sb::sqlite {

using sql::Statement;

enum class OpenMode { read_write, read_only };

class Connection final : public sql::Connection {
 public:
  static Result<std::unique_ptr<Connection>> open(const std::string& path, OpenMode mode);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() override;

  // A reset statement from the cache, which is keyed by the SQL text itself: a text built at run time finds
  // its own statement, never one whose text happened to live at the same address before.
  Statement prepare(const char* sql) override;
  Result<void> exec(std::string_view sql) override;
  std::int64_t last_insert_id() override;
  std::int64_t changes() override;
  sql::Dialect dialect() const override { return sql::Dialect::sqlite; }

  sqlite3* handle() const { return db_; }
  std::string error_message() const;

 private:
  class Cursor;
  explicit Connection(sqlite3* db);
  sqlite3* db_;
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, std::unique_ptr<Cursor>, TextHash, std::equal_to<>> statements_;
};

// Maps a failed SQLite result code to an Error; constraint violations become
// already_exists or failed_precondition, everything else internal.
Error error_from(int code, std::string_view message);

}  // namespace sb::sqlite
