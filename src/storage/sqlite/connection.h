// Connection: one SQLite connection with a cache of prepared statements, and
// Statement, a small cursor over one of them. Everything SQLite-specific and
// error-prone (binding, stepping, resetting, error text) lives here so the
// queries elsewhere read as plain SQL.
//
// Thread-safety: a Connection is used by one thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kernel/error.h"

namespace sb::sqlite {

enum class OpenMode { read_write, read_only };

class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, std::optional<std::int64_t> value);
  Statement& bind(int index, double value);
  Statement& bind_null(int index);

  // True while a row is available; false when done. Errors become the result of run().
  bool step();
  // Steps to the end; the SQLite result code mapped to an Error on failure.
  Result<void> run();
  int last_code() const { return code_; }

  std::int64_t integer(int column) const;
  std::optional<std::int64_t> optional_integer(int column) const;
  std::string text(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  sqlite3_stmt* stmt_;
  int code_ = SQLITE_OK;
};

class Connection {
 public:
  static Result<std::unique_ptr<Connection>> open(const std::string& path, OpenMode mode);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  // A reset statement from the cache, which is keyed by the SQL text itself: a text built at run time finds
  // its own statement, never one whose text happened to live at the same address before.
  Statement prepare(const char* sql);
  Result<void> exec(std::string_view sql);
  std::int64_t last_insert_id() const;
  sqlite3* handle() const { return db_; }
  std::string error_message() const;

 private:
  explicit Connection(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, sqlite3_stmt*, TextHash, std::equal_to<>> statements_;
};

// Maps a failed SQLite result code to an Error; constraint violations become
// already_exists or failed_precondition, everything else internal.
Error error_from(int code, std::string_view message);

}  // namespace sb::sqlite
