#include "storage/sqlite/connection.h"

#include <cassert>
#include <mutex>

namespace sb::sqlite {

class Connection::Cursor final : public sql::Cursor {
 public:
  explicit Cursor(sqlite3_stmt* stmt) : stmt_(stmt) {}
  Cursor(const Cursor&) = delete;
  Cursor& operator=(const Cursor&) = delete;
  ~Cursor() override { sqlite3_finalize(stmt_); }

  void bind_integer(int index, std::int64_t value) override { sqlite3_bind_int64(stmt_, index, value); }
  void bind_text(int index, std::string_view value) override {
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  }
  void bind_real(int index, double value) override { sqlite3_bind_double(stmt_, index, value); }
  void bind_null(int index) override { sqlite3_bind_null(stmt_, index); }

  bool step() override {
    code_ = sqlite3_step(stmt_);
    return code_ == SQLITE_ROW;
  }
  Result<void> finish() override {
    while (step()) {
    }
    if (code_ != SQLITE_DONE) return std::unexpected(error_from(code_, sqlite3_errmsg(sqlite3_db_handle(stmt_))));
    return ok();
  }

  std::int64_t integer(int column) const override { return sqlite3_column_int64(stmt_, column); }
  double real(int column) const override { return sqlite3_column_double(stmt_, column); }
  bool is_null(int column) const override { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  std::string text(int column) const override {
    const auto* data = sqlite3_column_text(stmt_, column);
    if (!data) return {};
    return std::string(reinterpret_cast<const char*>(data),
                       static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
  }

  void reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    code_ = SQLITE_OK;
  }

 private:
  sqlite3_stmt* stmt_;
  int code_ = SQLITE_OK;
};

Result<std::unique_ptr<Connection>> Connection::open(const std::string& path, OpenMode mode) {
  // SQLite counts every allocation under one process-wide mutex unless told not to; with many threads reading
  // at once that mutex was the hottest lock of the enrolment burst (docs/PERFORMANCE.md). Must precede the
  // library's initialisation, which the first open does.
  static std::once_flag memory_statistics_off;
  std::call_once(memory_statistics_off, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  sqlite3* db = nullptr;
  const int flags = (mode == OpenMode::read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX;
  const int code = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (code != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    sqlite3_close_v2(db);
    return std::unexpected(Error::internal("Cannot open database " + path + ": " + message));
  }
  std::unique_ptr<Connection> connection(new Connection(db));
  sqlite3_busy_timeout(db, 5000);
  sqlite3_extended_result_codes(db, 1);
  // WAL lets readers run beside the one writer; FULL makes every commit durable on return.
  const char* pragmas = mode == OpenMode::read_only
                            ? "PRAGMA foreign_keys=ON; PRAGMA query_only=ON;"
                            : "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";
  if (auto r = connection->exec(pragmas); !r) return std::unexpected(r.error());
  return connection;
}

Connection::Connection(sqlite3* db) : db_(db) {}

Connection::~Connection() {
  statements_.clear();  // finalized before the connection closes
  sqlite3_close_v2(db_);
}

Statement Connection::prepare(const char* sql) {
  auto it = statements_.find(std::string_view(sql));
  if (it == statements_.end()) {
    sqlite3_stmt* stmt = nullptr;
    const int code = sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    // Our SQL is fixed at compile time: a statement that does not prepare is a bug.
    assert(code == SQLITE_OK && "SQL failed to prepare");
    (void)code;
    it = statements_.emplace(sql, std::make_unique<Cursor>(stmt)).first;
  }
  return Statement(*it->second);
}

Result<void> Connection::exec(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  const int code = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  if (code != SQLITE_OK) {
    std::string error = message ? message : sqlite3_errstr(code);
    sqlite3_free(message);
    return std::unexpected(error_from(code, error));
  }
  return ok();
}

std::int64_t Connection::last_insert_id() {
  return sqlite3_last_insert_rowid(db_);
}

std::int64_t Connection::changes() {
  return sqlite3_changes(db_);
}

std::string Connection::error_message() const {
  return sqlite3_errmsg(db_);
}

Error error_from(int code, std::string_view message) {
  switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return {ErrorCode::already_exists, "This already exists.", ""};
    case SQLITE_CONSTRAINT_FOREIGNKEY:
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
      return {ErrorCode::failed_precondition, "This change breaks a rule of the data: " + std::string(message), ""};
    case SQLITE_FULL:
      return Error::storage_full();
    default:
      return Error::internal("Database error: " + std::string(message));
  }
}

}  // namespace sb::sqlite
