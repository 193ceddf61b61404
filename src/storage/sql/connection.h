// Connection: what a module's store needs of a database connection, the same
// on SQLite and PostgreSQL, so each module has one store over both. The SQL a
// module writes is the common ground of the two (placeholders are `?`); the
// PostgreSQL connection translates the few idioms that differ
// (storage/postgres/translate.h), and a query that cannot be shared asks
// dialect().
//
// Thread-safety: a connection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <string_view>

#include "kernel/error.h"
#include "storage/sql/statement.h"

namespace sb::sql {

enum class Dialect { sqlite, postgres };

class Connection {
 public:
  virtual ~Connection() = default;
  // A ready statement for `sql`, prepared once per connection and cached by its text.
  virtual Statement prepare(const char* sql) = 0;
  // Runs one or more statements without parameters.
  virtual Result<void> exec(std::string_view sql) = 0;
  // The id of the row the last INSERT made.
  virtual std::int64_t last_insert_id() = 0;
  // How many rows the last INSERT, UPDATE or DELETE changed.
  virtual std::int64_t changes() = 0;
  virtual Dialect dialect() const = 0;
};

}  // namespace sb::sql
