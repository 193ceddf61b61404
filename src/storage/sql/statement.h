// Statement: a small cursor over one prepared statement of a connection, the
// same on every database. Binding, stepping and reading columns go to the
// database's Cursor; the statement resets it when it goes out of scope, so a
// cached statement is ready for its next use.
//
// Thread-safety: as its connection — one unit of work at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kernel/error.h"

namespace sb::sql {

// One prepared statement of a database; parameters are numbered from 1, columns from 0.
class Cursor {
 public:
  virtual ~Cursor() = default;
  virtual void bind_integer(int index, std::int64_t value) = 0;
  virtual void bind_text(int index, std::string_view value) = 0;
  virtual void bind_real(int index, double value) = 0;
  virtual void bind_null(int index) = 0;
  // True while a row is available; false when done or failed (finish() then says which).
  virtual bool step() = 0;
  // Steps to the end; the database's error on failure.
  virtual Result<void> finish() = 0;
  virtual std::int64_t integer(int column) const = 0;
  virtual std::string text(int column) const = 0;
  virtual double real(int column) const = 0;
  virtual bool is_null(int column) const = 0;
  // Ready for the next use: no bindings, no rows.
  virtual void reset() = 0;
};

class Statement {
 public:
  explicit Statement(Cursor& cursor) : cursor_(&cursor) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() { cursor_->reset(); }

  Statement& bind(int index, std::int64_t value) {
    cursor_->bind_integer(index, value);
    return *this;
  }
  Statement& bind(int index, std::string_view value) {
    cursor_->bind_text(index, value);
    return *this;
  }
  Statement& bind(int index, std::optional<std::int64_t> value) {
    return value ? bind(index, *value) : bind_null(index);
  }
  Statement& bind(int index, double value) {
    cursor_->bind_real(index, value);
    return *this;
  }
  Statement& bind_null(int index) {
    cursor_->bind_null(index);
    return *this;
  }

  bool step() { return cursor_->step(); }
  Result<void> run() { return cursor_->finish(); }

  std::int64_t integer(int column) const { return cursor_->integer(column); }
  std::optional<std::int64_t> optional_integer(int column) const {
    if (cursor_->is_null(column)) return std::nullopt;
    return cursor_->integer(column);
  }
  std::string text(int column) const { return cursor_->text(column); }
  double real(int column) const { return cursor_->real(column); }
  bool is_null(int column) const { return cursor_->is_null(column); }

 private:
  Cursor* cursor_;
};

}  // namespace sb::sql
