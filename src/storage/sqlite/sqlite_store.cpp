#include "storage/sqlite/sqlite_store.h"

#include "kernel/ports/waiter.h"
#include "storage/sql/migration_runner.h"
#include "storage/sql/unit_of_work.h"
#include "storage/sqlite/connection.h"

namespace sb::sqlite {

// A queued write, shared by the caller waiting in write() (none for a background
// job) and the writer, so neither outlives it. The caller waits through a Waiter:
// a blocked thread, or a paused fiber on an I/O thread.
struct SqliteStore::WriteJob {
  std::function<Result<void>(WriteTx&)> owned_work;  // a background job's
  const std::function<Result<void>(WriteTx&)>* work = &owned_work;
  Result<void> result;
  std::shared_ptr<Waiter> waiter;  // none for a background job

  void finish(Result<void> outcome) {
    result = std::move(outcome);
    if (waiter) waiter->wake();  // the waker's release and the waiter's acquire order `result`
  }
};

namespace {

// Which migrations of which module are applied. Databases made before modules
// had migrations of their own counted one list (version, name): that count is
// carried over to the modules it covered.
Result<void> ensure_migration_table(Connection& db) {
  bool old_shape = false;
  {
    auto q = db.prepare("SELECT COUNT(*) FROM pragma_table_info('schema_migrations') WHERE name = 'module'");
    auto exists = db.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'");
    old_shape = exists.step() && exists.integer(0) == 1 && q.step() && q.integer(0) == 0;
  }
  if (old_shape) {
    SB_CHECK(db.exec("BEGIN IMMEDIATE"));
    auto moved = db.exec(
        "ALTER TABLE schema_migrations RENAME TO schema_migrations_before_modules;"
        "CREATE TABLE schema_migrations (module TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, "
        "  applied_at INTEGER NOT NULL DEFAULT (unixepoch()), PRIMARY KEY (module, version));"
        "INSERT INTO schema_migrations (module, version, name, applied_at) "
        "  SELECT 'organisation', 1, '0001_foundation.sql', applied_at FROM schema_migrations_before_modules WHERE "
        "version = 1 "
        "  UNION ALL SELECT 'board', 1, '0001_board.sql', applied_at FROM schema_migrations_before_modules WHERE "
        "version = 2 "
        "  UNION ALL SELECT 'board', 2, '0002_retrospective.sql', applied_at FROM schema_migrations_before_modules "
        "WHERE version = 3 "
        "  UNION ALL SELECT 'organisation', 2, '0002_ids_never_reused.sql', applied_at FROM "
        "schema_migrations_before_modules WHERE version = 4 "
        "  UNION ALL SELECT 'board', 3, '0003_ids_never_reused.sql', applied_at FROM schema_migrations_before_modules "
        "WHERE version = 4;"
        "DROP TABLE schema_migrations_before_modules;");
    if (!moved) {
      (void)db.exec("ROLLBACK");
      return moved;
    }
    return db.exec("COMMIT");
  }
  return db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (module TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT "
      "NULL, "
      "applied_at INTEGER NOT NULL DEFAULT (unixepoch()), PRIMARY KEY (module, version))");
}

Result<void> check_foreign_keys(sql::Connection& db) {
  auto q = db.prepare("PRAGMA foreign_key_check");
  if (q.step()) return std::unexpected(Error::internal("a row refers to a row that does not exist"));
  return ok();
}

// Foreign keys are off while migrations run, so a migration can rebuild a table
// (SQLite's way to change one) without cascading deletes; each migration checks
// them itself before it commits.
Result<std::vector<std::pair<std::string, int>>> apply_migrations(Connection& db,
                                                                  const std::vector<sql::Module>& modules) {
  SB_CHECK(ensure_migration_table(db));
  SB_CHECK(db.exec("PRAGMA foreign_keys=OFF"));
  auto versions = sql::apply_pending_migrations(db, modules, {"BEGIN IMMEDIATE", check_foreign_keys});
  SB_CHECK(db.exec("PRAGMA foreign_keys=ON"));
  return versions;
}

}  // namespace

Result<std::vector<std::pair<std::string, int>>> migrate_database(const std::string& path,
                                                                  const std::vector<sql::Module>& modules) {
  auto db = Connection::open(path, OpenMode::read_write);
  if (!db) return std::unexpected(db.error());
  return apply_migrations(**db, modules);
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path, std::vector<sql::Module> modules,
                                                       StoreOptions options) {
  auto writer = Connection::open(path, OpenMode::read_write);
  if (!writer) return std::unexpected(writer.error());
  if (auto versions = apply_migrations(**writer, modules); !versions) return std::unexpected(versions.error());
  auto checkpointer = Checkpointer::start(path, **writer);
  if (!checkpointer) return std::unexpected(checkpointer.error());
  return std::unique_ptr<SqliteStore>(
      new SqliteStore(path, std::move(modules), options, std::move(*writer), std::move(*checkpointer)));
}

SqliteStore::SqliteStore(std::string path, std::vector<sql::Module> modules, StoreOptions options,
                         std::unique_ptr<Connection> writer, std::unique_ptr<Checkpointer> checkpointer)
    : path_(std::move(path)),
      modules_(std::move(modules)),
      options_(options),
      writer_connection_(link(std::move(writer))),
      checkpointer_(std::move(checkpointer)) {
  writer_ = std::thread([this] { writer_loop(); });
}

SqliteStore::Linked SqliteStore::link(std::unique_ptr<Connection> connection) const {
  Linked linked{std::move(connection), {}};
  for (const auto& module : modules_) module.make_parts(*linked.connection, linked.parts);
  return linked;
}

SqliteStore::~SqliteStore() {
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  queue_ready_.notify_all();
  writer_.join();
}

std::vector<std::pair<std::string, int>> SqliteStore::schema_versions() {
  std::vector<std::pair<std::string, int>> out;
  auto reader = acquire_reader();
  if (!reader) return out;
  for (const auto& module : modules_)
    out.emplace_back(std::string(module.name), sql::applied_version(*reader->connection, module.name));
  release_reader(std::move(reader));
  return out;
}

std::uint64_t SqliteStore::commits() const {
  std::lock_guard lock(const_cast<std::mutex&>(queue_mutex_));
  return commits_;
}

std::uint64_t SqliteStore::committed_jobs() const {
  std::lock_guard lock(const_cast<std::mutex&>(queue_mutex_));
  return committed_jobs_;
}

namespace {
// Readers this thread holds now (of any store): a nested read must not wait for a reader, or threads each
// holding the last ones would wait for each other.
thread_local int readers_held = 0;
}  // namespace

std::unique_ptr<SqliteStore::Linked> SqliteStore::acquire_reader() {
  {
    std::unique_lock lock(readers_mutex_);
    if (readers_held == 0) {
      reader_freed_.wait(lock, [&] { return !idle_readers_.empty() || open_readers_ < options_.max_readers; });
    }
    if (!idle_readers_.empty()) {
      auto reader = std::move(idle_readers_.back());
      idle_readers_.pop_back();
      ++readers_held;
      return reader;
    }
    ++open_readers_;
  }
  auto opened = Connection::open(path_, OpenMode::read_only);
  if (!opened) {
    {
      std::lock_guard lock(readers_mutex_);
      --open_readers_;
    }
    reader_freed_.notify_one();
    return nullptr;
  }
  ++readers_held;
  return std::make_unique<Linked>(link(std::move(*opened)));
}

void SqliteStore::release_reader(std::unique_ptr<Linked> reader) {
  --readers_held;
  {
    std::lock_guard lock(readers_mutex_);
    idle_readers_.push_back(std::move(reader));
  }
  reader_freed_.notify_one();
}

Result<void> SqliteStore::read(const std::function<Result<void>(ReadTx&)>& work) {
  auto reader = acquire_reader();
  if (!reader) return std::unexpected(Error::internal("Cannot open a read connection."));
  Result<void> result = reader->connection->exec("BEGIN");
  if (result) {
    sql::UnitOfWork tx(reader->parts);
    result = work(tx);
    (void)reader->connection->exec("COMMIT");
  }
  release_reader(std::move(reader));
  return result;
}

Result<void> SqliteStore::write(const std::function<Result<void>(WriteTx&)>& work) {
  auto job = std::make_shared<WriteJob>();
  job->work = &work;
  job->waiter = make_waiter();
  {
    std::lock_guard lock(queue_mutex_);
    if (stopping_) return std::unexpected(Error::internal("The store is shutting down."));
    queue_.push_back(job);
  }
  queue_ready_.notify_one();
  job->waiter->wait();
  return std::move(job->result);
}

void SqliteStore::write_in_background(std::function<Result<void>(WriteTx&)> work) {
  auto job = std::make_shared<WriteJob>();
  job->owned_work = std::move(work);
  {
    std::lock_guard lock(queue_mutex_);
    if (stopping_) return;
    queue_.push_back(std::move(job));
  }
  queue_ready_.notify_one();
}

void SqliteStore::writer_loop() {
  std::vector<std::shared_ptr<WriteJob>> batch;
  for (;;) {
    {
      std::unique_lock lock(queue_mutex_);
      queue_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      // Drain what is queued even when stopping: every accepted write is committed.
      if (queue_.empty()) return;
      while (!queue_.empty() && batch.size() < options_.max_batch) {
        batch.push_back(queue_.front());
        queue_.pop_front();
      }
    }
    run_batch(batch);
    batch.clear();
  }
}

void SqliteStore::run_batch(std::vector<std::shared_ptr<WriteJob>>& batch) {
  Connection& db = *writer_connection_.connection;
  std::vector<Result<void>> results;
  results.reserve(batch.size());
  // Prepared once and kept (the connection's statement cache): sqlite3_exec would parse each of these again for
  // every job, two of them per write.
  auto begun = db.prepare("BEGIN IMMEDIATE").run();
  if (!begun) {
    for (auto& job : batch) job->finish(std::unexpected(begun.error()));
    return;
  }
  sql::UnitOfWork tx(writer_connection_.parts);
  for (auto& job : batch) {
    const auto hooks_before = tx.hook_count();
    (void)db.prepare("SAVEPOINT job").run();
    Result<void> result = std::unexpected(Error::internal("Write failed unexpectedly."));
    try {
      result = (*job->work)(tx);
    } catch (const std::exception& e) {
      result = std::unexpected(Error::internal(std::string("Write failed: ") + e.what()));
    }
    if (!result) {
      (void)db.prepare("ROLLBACK TO job").run();
      tx.drop_hooks_from(hooks_before);
    }
    (void)db.prepare("RELEASE job").run();
    results.push_back(std::move(result));
  }
  auto committed = db.prepare("COMMIT").run();
  if (!committed) {
    (void)db.exec("ROLLBACK");
    for (auto& job : batch) job->finish(std::unexpected(committed.error()));
    return;
  }
  {
    std::lock_guard lock(queue_mutex_);
    commits_ += 1;
    committed_jobs_ += batch.size();
  }
  for (auto& hook : tx.take_hooks()) hook();
  for (std::size_t i = 0; i < batch.size(); ++i) batch[i]->finish(std::move(results[i]));
}

Result<void> backup_database(const std::string& source, const std::string& destination) {
  auto from = Connection::open(source, OpenMode::read_only);
  if (!from) return std::unexpected(from.error());
  auto to = Connection::open(destination, OpenMode::read_write);
  if (!to) return std::unexpected(to.error());
  sqlite3_backup* backup = sqlite3_backup_init((*to)->handle(), "main", (*from)->handle(), "main");
  if (!backup) return std::unexpected(Error::internal("Backup failed: " + (*to)->error_message()));
  int code = SQLITE_OK;
  // Small steps let a serving writer go on between them.
  do {
    code = sqlite3_backup_step(backup, 256);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) sqlite3_sleep(20);
  } while (code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED);
  sqlite3_backup_finish(backup);
  if (code != SQLITE_DONE)
    return std::unexpected(Error::internal(std::string("Backup failed: ") + sqlite3_errstr(code)));
  return ok();
}

}  // namespace sb::sqlite
