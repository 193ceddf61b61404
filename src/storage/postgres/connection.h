// Connection: one PostgreSQL connection (libpq) with a cache of prepared
// statements, each a Cursor (storage/sql/statement.h). The module's SQL is
// translated once per statement (translate.h); parameters go as text and
// PostgreSQL infers their types; every column comes back as text and is
// parsed here. The last failure's SQLSTATE is kept, so the store can tell a
// serialization failure (retry the unit of work) from a real error.
//
// Statements whose answer nothing waits for (BEGIN, SAVEPOINT, RELEASE, a
// read's COMMIT) can be deferred: they go out with the next statement, in
// one round trip (libpq's pipeline mode), and a failure among them shows as
// that statement's failure.
//
// Thread-safety: a Connection is used by one thread at a time.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kernel/error.h"
#include "storage/sql/connection.h"

namespace sb::postgres {

using sql::Statement;

// Thrown by a statement's step() when PostgreSQL cancels the transaction (serialization failure, deadlock) or the
// server is gone: the unit of work's code must not go on with an empty read as if nothing were there (a use case may
// rely on a row it wrote a moment ago), so the store ends the unit here and runs it again or reports `error`.
class InterruptedUnit : public std::runtime_error {
 public:
  explicit InterruptedUnit(Error failure) : std::runtime_error(failure.message), error(std::move(failure)) {}
  Error error;
};

class Connection final : public sql::Connection {
 public:
  static Result<std::unique_ptr<Connection>> open(const std::string& conninfo);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() override;

  Statement prepare(const char* sql) override;
  Result<void> exec(std::string_view sql) override;
  std::int64_t last_insert_id() override;
  std::int64_t changes() override { return changes_; }
  sql::Dialect dialect() const override { return sql::Dialect::postgres; }

  // Sends `sql` (no parameters, no rows) together with the next statement, instead of on its own.
  void defer(std::string sql) { deferred_.push_back(std::move(sql)); }
  // True while deferred statements wait for a statement to go out with.
  bool has_deferred() const { return !deferred_.empty(); }
  // How many statements wait; sending them empties the list.
  std::size_t deferred_count() const { return deferred_.size(); }
  // Takes back the statement deferred last, not yet sent (the BEGIN of a read that ran no statement).
  void drop_last_deferred() { deferred_.pop_back(); }
  // Sends what is deferred now, on its own, and waits for the answers.
  Result<void> flush();

  // True when the last failure was a serialization failure or a deadlock: the unit of work may be run again.
  bool retryable_failure() const { return retryable_; }
  // True once a statement failed since clear_failure(): PostgreSQL has aborted the transaction, and its COMMIT would
  // roll back without an error, so the unit of work must not be acknowledged.
  bool failed() const { return failed_; }
  void clear_failure() { retryable_ = failed_ = false; }
  // Set by the store while a unit of work's code runs: only there does a failed read throw InterruptedUnit.
  void set_in_unit(bool in_unit) { in_unit_ = in_unit; }
  // False once the server is gone (killed, restarted): the connection must be replaced.
  bool healthy() const { return !broken_ && PQstatus(pg_) == CONNECTION_OK; }
  PGconn* handle() const { return pg_; }

 private:
  class Cursor;
  explicit Connection(PGconn* pg);
  // The error of a failed result (null: the connection's own), with its SQLSTATE noted.
  Error failure(const PGresult* result);
  // Runs the deferred statements and then what `send_last` queues (it says how many statements, -1 when it could
  // not send), as one pipeline; hands back the last answer, or the first failure's error.
  Result<PGresult*> run_pipeline(const std::function<int()>& send_last);

  PGconn* pg_;
  std::int64_t changes_ = 0;
  bool retryable_ = false;
  bool failed_ = false;
  bool in_unit_ = false;
  bool broken_ = false;  // a pipeline that could not be finished: the connection's state is unknown
  int next_statement_ = 0;
  std::vector<std::string> deferred_;
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, std::unique_ptr<Cursor>, TextHash, std::equal_to<>> statements_;
};

// Maps a failed statement's SQLSTATE to an Error: unique violations become
// already_exists, other constraint violations failed_precondition; a full disk
// (53100), other want of resources (class 53) and a database that is gone or
// restarting (class 08, 57P01–57P03) unavailable, which clients get as 503;
// everything else internal.
Error error_from(std::string_view sqlstate, std::string_view message);

}  // namespace sb::postgres
