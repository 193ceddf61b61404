#include "storage/postgres/connection.h"

#include <chrono>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <vector>

#include <spdlog/spdlog.h>

#include "storage/postgres/translate.h"

namespace sb::postgres {

namespace {

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

bool succeeded(const PGresult* result) {
  const auto status = PQresultStatus(result);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

std::int64_t affected_rows(const PGresult* result) {
  const char* count = PQcmdTuples(const_cast<PGresult*>(result));
  return count && *count ? std::strtoll(count, nullptr, 10) : 0;
}

// Logs that the database is out of reach at most once a second. While it is down, every request and the writer
// waiting for a group's outcome find out, many times a second; the log says so once, with how often since.
void log_unreachable(std::string_view line) {
  using Clock = std::chrono::steady_clock;
  static std::mutex mutex;
  static std::optional<Clock::time_point> last;
  static long unreported = 0;
  std::lock_guard lock(mutex);
  const auto now = Clock::now();
  if (last && now - *last < std::chrono::seconds(1)) {
    ++unreported;
    return;
  }
  if (unreported > 0) {
    spdlog::warn("PostgreSQL cannot be reached: {} (and {} more times since the last report)", line, unreported);
  } else {
    spdlog::warn("PostgreSQL cannot be reached: {}", line);
  }
  last = now;
  unreported = 0;
}

// The database is out of reach. The answer says so plainly; libpq's words (a socket path, a host, a port) go to the
// log for the operator, not to the client.
Error unreachable(std::string_view detail) {
  log_unreachable(detail.substr(0, detail.find('\n')));
  return {ErrorCode::unavailable, "The database cannot be reached now; nothing was saved. Try again in a moment.", ""};
}

}  // namespace

class Connection::Cursor final : public sql::Cursor {
 public:
  Cursor(Connection& connection, std::string name, TranslatedSql sql)
      : connection_(connection), name_(std::move(name)), sql_(std::move(sql)), values_(sql_.parameters) {}

  void bind_integer(int index, std::int64_t value) override { value_at(index) = std::to_string(value); }
  void bind_text(int index, std::string_view value) override { value_at(index) = std::string(value); }
  void bind_real(int index, double value) override {
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", value);
    value_at(index) = text;
  }
  void bind_null(int index) override { value_at(index).reset(); }

  bool step() override {
    if (!executed_ && !execute()) {
      if (connection_.in_unit_ && (connection_.retryable_ || !connection_.healthy())) throw InterruptedUnit(*error_);
      return false;
    }
    if (!result_) return false;
    ++row_;
    return row_ < PQntuples(result_.get());
  }

  Result<void> finish() override {
    if (!executed_) execute();
    if (error_) return std::unexpected(*error_);
    return ok();
  }

  std::int64_t integer(int column) const override {
    const char* value = PQgetvalue(result_.get(), row_, column);
    if (value[0] == 't' && value[1] == '\0') return 1;  // a boolean expression
    if (value[0] == 'f' && value[1] == '\0') return 0;
    return std::strtoll(value, nullptr, 10);
  }
  std::string text(int column) const override {
    return std::string(PQgetvalue(result_.get(), row_, column),
                       static_cast<std::size_t>(PQgetlength(result_.get(), row_, column)));
  }
  double real(int column) const override { return std::strtod(PQgetvalue(result_.get(), row_, column), nullptr); }
  bool is_null(int column) const override { return PQgetisnull(result_.get(), row_, column) == 1; }

  void reset() override {
    result_.reset();
    error_.reset();
    executed_ = false;
    row_ = -1;
    for (auto& value : values_) value.reset();
  }

 private:
  std::optional<std::string>& value_at(int index) {
    if (index > static_cast<int>(values_.size())) values_.resize(static_cast<std::size_t>(index));
    return values_[static_cast<std::size_t>(index - 1)];
  }

  // Prepares the statement on its first use, then runs it (with what is deferred, if anything) and keeps its rows.
  bool execute() {
    executed_ = true;
    PGconn* pg = connection_.pg_;
    if (!prepared_) {
      if (connection_.has_deferred()) {
        if (auto flushed = connection_.flush(); !flushed) return failed(flushed.error());
      }
      ResultPtr made(PQprepare(pg, name_.c_str(), sql_.text.c_str(), sql_.parameters, nullptr));
      if (!succeeded(made.get())) return failed(connection_.failure(made.get()));
      prepared_ = true;
    }
    std::vector<const char*> values(values_.size());
    for (std::size_t i = 0; i < values_.size(); ++i) values[i] = values_[i] ? values_[i]->c_str() : nullptr;
    const int count = static_cast<int>(values.size());
    if (connection_.has_deferred()) {
      auto last = connection_.run_pipeline([&] {
        return PQsendQueryPrepared(pg, name_.c_str(), count, values.data(), nullptr, nullptr, 0) == 1 ? 1 : -1;
      });
      if (!last) return failed(last.error());
      result_.reset(*last);
    } else {
      result_.reset(PQexecPrepared(pg, name_.c_str(), count, values.data(), nullptr, nullptr, 0));
      if (!succeeded(result_.get())) return failed(connection_.failure(result_.get()));
    }
    connection_.changes_ = affected_rows(result_.get());
    return true;
  }

  bool failed(Error error) {
    error_ = std::move(error);
    result_.reset();
    return false;
  }

  Connection& connection_;
  std::string name_;
  TranslatedSql sql_;
  std::vector<std::optional<std::string>> values_;
  bool prepared_ = false;
  bool executed_ = false;
  ResultPtr result_;
  std::optional<Error> error_;
  int row_ = -1;
};

Result<std::unique_ptr<Connection>> Connection::open(const std::string& conninfo) {
  // For a database on another machine that goes silent (a network cut, a host gone) instead of refusing: give up
  // connecting after 5 s, and find a dead connection within about half a minute rather than after TCP's many
  // minutes. libpq's own defaults wait without end. Whatever the conninfo (the --database URL) says wins: it is
  // expanded from `dbname`, after these.
  const char* const keywords[] = {"connect_timeout", "keepalives_idle", "keepalives_interval", "keepalives_count",
                                  "tcp_user_timeout", "dbname", nullptr};
  const char* const values[] = {"5", "10", "5", "3", "30000", conninfo.c_str(), nullptr};
  PGconn* pg = PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
  if (PQstatus(pg) != CONNECTION_OK) {
    std::string message = pg ? PQerrorMessage(pg) : "out of memory";
    PQfinish(pg);
    return std::unexpected(unreachable(message));
  }
  std::unique_ptr<Connection> connection(new Connection(pg));
  // Times as numbers and text in UTF-8, whatever the server's defaults; no notices on stderr.
  PQsetNoticeProcessor(
      pg, [](void*, const char*) {}, nullptr);
  if (auto set = connection->exec("SET client_encoding = 'UTF8'"); !set) return std::unexpected(set.error());
  return connection;
}

Connection::Connection(PGconn* pg) : pg_(pg) {}

Connection::~Connection() {
  statements_.clear();
  PQfinish(pg_);
}

Statement Connection::prepare(const char* sql) {
  auto it = statements_.find(std::string_view(sql));
  if (it == statements_.end()) {
    auto cursor = std::make_unique<Cursor>(*this, "s" + std::to_string(++next_statement_), translate_sql(sql));
    it = statements_.emplace(sql, std::move(cursor)).first;
  }
  return Statement(*it->second);
}

Result<void> Connection::exec(std::string_view sql) {
  if (has_deferred()) {
    const std::string text(sql);
    auto last = run_pipeline(
        [&] { return PQsendQueryParams(pg_, text.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0) == 1 ? 1 : -1; });
    if (!last) return std::unexpected(last.error());
    changes_ = affected_rows(ResultPtr(*last).get());
    return ok();
  }
  ResultPtr result(PQexec(pg_, std::string(sql).c_str()));
  if (!succeeded(result.get())) return std::unexpected(failure(result.get()));
  changes_ = affected_rows(result.get());
  return ok();
}

Result<void> Connection::flush() {
  if (!has_deferred()) return ok();
  auto last = run_pipeline([] { return 0; });
  if (!last) return std::unexpected(last.error());
  PQclear(*last);
  return ok();
}

Result<PGresult*> Connection::run_pipeline(const std::function<int()>& send_last) {
  const auto deferred = std::move(deferred_);
  deferred_.clear();
  if (PQenterPipelineMode(pg_) != 1) return std::unexpected(failure(nullptr));
  bool sent = true;
  for (const auto& sql : deferred) {
    sent = sent && PQsendQueryParams(pg_, sql.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
  }
  const int last_count = sent ? send_last() : -1;
  sent = sent && last_count >= 0 && PQpipelineSync(pg_) == 1;
  if (!sent) {
    broken_ = true;
    return std::unexpected(failure(nullptr));
  }
  // Each statement's answer, then the end of its results (null); then the sync point. After a failure, the
  // statements behind it answer PGRES_PIPELINE_ABORTED: the first failure is the one to report.
  std::optional<Error> error;
  ResultPtr last;
  const std::size_t statements = deferred.size() + static_cast<std::size_t>(last_count);
  for (std::size_t i = 0; i < statements; ++i) {
    ResultPtr result(PQgetResult(pg_));
    if (!result) {
      broken_ = true;
      return std::unexpected(error ? *error : failure(nullptr));
    }
    while (PGresult* end = PQgetResult(pg_)) PQclear(end);
    if (!succeeded(result.get())) {
      if (!error) error = failure(result.get());
    } else if (i + 1 == statements) {
      last = std::move(result);
    }
  }
  ResultPtr sync(PQgetResult(pg_));
  if (!sync || PQresultStatus(sync.get()) != PGRES_PIPELINE_SYNC || PQexitPipelineMode(pg_) != 1) {
    broken_ = true;
    return std::unexpected(error ? *error : failure(nullptr));
  }
  if (error) return std::unexpected(*error);
  if (!last) return PQmakeEmptyPGresult(pg_, PGRES_COMMAND_OK);  // nothing was queued after the deferred
  return last.release();
}

std::int64_t Connection::last_insert_id() {
  if (!flush()) return 0;
  ResultPtr result(PQexec(pg_, "SELECT lastval()"));
  if (!succeeded(result.get()) || PQntuples(result.get()) != 1) return 0;
  return std::strtoll(PQgetvalue(result.get(), 0, 0), nullptr, 10);
}

Error Connection::failure(const PGresult* result) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlstate = state ? state : "";
  retryable_ = retryable_ || sqlstate == "40001" || sqlstate == "40P01";
  failed_ = true;
  const char* message = result ? PQresultErrorMessage(result) : PQerrorMessage(pg_);
  if (!message || !*message) message = PQerrorMessage(pg_);
  if (sqlstate.empty() && PQstatus(pg_) != CONNECTION_OK) return unreachable(message);
  return error_from(sqlstate, message);
}

Error error_from(std::string_view sqlstate, std::string_view message) {
  if (sqlstate == "23505") return {ErrorCode::already_exists, "This already exists.", ""};
  if (sqlstate == "23503" || sqlstate == "23514" || sqlstate == "23502") {
    return {ErrorCode::failed_precondition, "This change breaks a rule of the data: " + std::string(message), ""};
  }
  if (sqlstate == "53100") return Error::storage_full();
  // Class 53, insufficient resources (memory, connections, a configured limit): the request may well succeed later.
  if (sqlstate.starts_with("53")) return {ErrorCode::unavailable, "The database is overloaded now; nothing was saved.", ""};
  if (sqlstate.starts_with("08") || sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03") {
    return {ErrorCode::unavailable, "The database cannot be reached now; nothing was saved.", ""};
  }
  return Error::internal("Database error: " + std::string(message));
}

}  // namespace sb::postgres
