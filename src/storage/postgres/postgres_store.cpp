#include "storage/postgres/postgres_store.h"

#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <random>
#include <type_traits>

#include "kernel/ports/waiter.h"
#include "storage/sql/migration_runner.h"
#include "storage/sql/unit_of_work.h"

extern char** environ;

namespace sb::postgres {

// A queued unit of work, shared by the caller waiting for it (none for a
// background write) and the worker that runs it.
struct PostgresStore::Job {
  const std::function<Result<void>(ReadTx&)>* read = nullptr;
  const std::function<Result<void>(WriteTx&)>* write = nullptr;
  std::function<Result<void>(WriteTx&)> owned_write;  // a background write's
  Result<void> result;
  std::shared_ptr<Waiter> waiter;

  void finish(Result<void> outcome) {
    result = std::move(outcome);
    if (waiter) waiter->wake();
  }
};

namespace {

// Any number: the advisory lock that lets one process at a time migrate.
constexpr std::int64_t kMigrationLock = 7'212'640'001;

Result<void> ensure_migration_table(Connection& db) {
  return db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (module TEXT NOT NULL, version BIGINT NOT NULL, name TEXT NOT "
      "NULL, "
      "applied_at BIGINT NOT NULL DEFAULT (extract(epoch from now())::bigint), PRIMARY KEY (module, version))");
}

Result<std::vector<std::pair<std::string, int>>> apply_migrations(Connection& db,
                                                                  const std::vector<sql::Module>& modules) {
  SB_CHECK(db.exec("SELECT pg_advisory_lock(" + std::to_string(kMigrationLock) + ")"));
  Result<std::vector<std::pair<std::string, int>>> versions = std::unexpected(Error::internal(""));
  if (auto made = ensure_migration_table(db); !made) {
    versions = std::unexpected(made.error());
  } else {
    versions = sql::apply_pending_migrations(db, modules, {});
  }
  (void)db.exec("SELECT pg_advisory_unlock(" + std::to_string(kMigrationLock) + ")");
  return versions;
}

// Runs a unit of work's code; a statement that failed makes the unit fail, even when the code went on (an empty
// read, an error it handled): PostgreSQL has aborted the transaction, and its COMMIT would roll back without an
// error.
template <typename Tx>
Result<void> run_work(Connection& connection, const std::function<Result<void>(Tx&)>& work,
                      std::type_identity_t<Tx>& tx) {
  Result<void> result = ok();
  connection.set_in_unit(true);
  try {
    result = work(tx);
  } catch (const InterruptedUnit& interrupted) {
    result = std::unexpected(interrupted.error);
  } catch (...) {
    connection.set_in_unit(false);
    throw;
  }
  connection.set_in_unit(false);
  if (result && connection.failed()) {
    return std::unexpected(Error::internal("A statement of this unit of work failed; nothing of it was saved."));
  }
  return result;
}

// A short random pause before a write runs again, so two writers that met do not meet again at once.
void back_off(int attempt) {
  thread_local std::minstd_rand random{std::random_device{}()};
  const int ceiling_us = std::min(50 * (1 << std::min(attempt, 6)), 5000);
  std::this_thread::sleep_for(std::chrono::microseconds(random() % static_cast<unsigned>(ceiling_us + 1)));
}

}  // namespace

Result<std::vector<std::pair<std::string, int>>> migrate_database(const std::string& conninfo,
                                                                  const std::vector<sql::Module>& modules) {
  SB_TRY(db, Connection::open(conninfo));
  return apply_migrations(*db, modules);
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const std::string& conninfo,
                                                           std::vector<sql::Module> modules, StoreOptions options) {
  if (auto versions = migrate_database(conninfo, modules); !versions) return std::unexpected(versions.error());
  return std::unique_ptr<PostgresStore>(new PostgresStore(conninfo, std::move(modules), options));
}

PostgresStore::PostgresStore(std::string conninfo, std::vector<sql::Module> modules, StoreOptions options)
    : conninfo_(std::move(conninfo)), modules_(std::move(modules)), options_(options) {
  for (std::size_t i = 0; i < std::max<std::size_t>(options_.connections, 1); ++i) {
    workers_.emplace_back([this] { worker_loop(); });
  }
}

PostgresStore::~PostgresStore() {
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  queue_ready_.notify_all();
  for (auto& worker : workers_) worker.join();
}

Result<std::unique_ptr<PostgresStore::Linked>> PostgresStore::link() {
  SB_TRY(connection, Connection::open(conninfo_));
  auto linked = std::make_unique<Linked>();
  linked->connection = std::move(connection);
  for (const auto& module : modules_) module.make_parts(*linked->connection, linked->parts);
  return linked;
}

std::vector<std::pair<std::string, int>> PostgresStore::schema_versions() {
  std::vector<std::pair<std::string, int>> out;
  auto db = Connection::open(conninfo_);
  if (!db) return out;
  for (const auto& module : modules_)
    out.emplace_back(std::string(module.name), sql::applied_version(**db, module.name));
  return out;
}

Result<void> PostgresStore::submit(std::shared_ptr<Job> job) {
  auto waiter = job->waiter;
  {
    std::lock_guard lock(queue_mutex_);
    if (stopping_) return std::unexpected(Error::internal("The store is shutting down."));
    queue_.push_back(job);
  }
  queue_ready_.notify_one();
  if (!waiter) return ok();
  waiter->wait();
  return std::move(job->result);
}

Result<void> PostgresStore::read(const std::function<Result<void>(ReadTx&)>& work) {
  auto job = std::make_shared<Job>();
  job->read = &work;
  job->waiter = make_waiter();
  return submit(std::move(job));
}

Result<void> PostgresStore::write(const std::function<Result<void>(WriteTx&)>& work) {
  auto job = std::make_shared<Job>();
  job->write = &work;
  job->waiter = make_waiter();
  return submit(std::move(job));
}

void PostgresStore::write_in_background(std::function<Result<void>(WriteTx&)> work) {
  auto job = std::make_shared<Job>();
  job->owned_write = std::move(work);
  job->write = &job->owned_write;
  (void)submit(std::move(job));
}

void PostgresStore::worker_loop() {
  std::unique_ptr<Linked> db;
  for (;;) {
    std::shared_ptr<Job> job;
    {
      std::unique_lock lock(queue_mutex_);
      queue_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      // Drain what is queued even when stopping: every accepted write is run.
      if (queue_.empty()) return;
      job = std::move(queue_.front());
      queue_.pop_front();
      // Writes commit in the order they were queued (Store's contract): a foreground write waits for the
      // background writes taken before it.
      if (job->write && !job->waiter) {
        ++background_running_;
      } else if (job->write) {
        background_done_.wait(lock, [&] { return background_running_ == 0; });
      }
    }
    // A connection whose server went away (PostgreSQL restarted) fails at its next unit of work. When nothing
    // of that unit can have been committed (a read, or a write that had not sent COMMIT), it runs once more on
    // a fresh connection, so a restart of the database costs nobody an error.
    Result<void> result = std::unexpected(Error::internal("Unit of work failed unexpectedly."));
    for (int run = 1; run <= 2; ++run) {
      if (!db || !db->connection->healthy()) {
        auto linked = link();
        if (!linked) {
          db.reset();
          result = std::unexpected(linked.error());
          break;
        }
        db = std::move(*linked);
      }
      bool commit_sent = false;
      try {
        result = job->read ? run_read(*db, *job->read) : run_write(*db, *job->write, commit_sent);
      } catch (const std::exception& e) {
        (void)db->connection->exec("ROLLBACK");
        result = std::unexpected(Error::internal(std::string("Unit of work failed: ") + e.what()));
      }
      if (result || db->connection->healthy() || commit_sent) break;
    }
    finish(*job, std::move(result));
  }
}

void PostgresStore::finish(Job& job, Result<void> result) {
  const bool background = job.write && !job.waiter;
  job.finish(std::move(result));
  if (!background) return;
  std::lock_guard lock(queue_mutex_);
  if (--background_running_ == 0) background_done_.notify_all();
}

Result<void> PostgresStore::run_read(Linked& db, const std::function<Result<void>(ReadTx&)>& work) {
  db.connection->clear_failure();
  SB_CHECK(db.connection->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
  sql::UnitOfWork tx(db.parts);
  auto result = run_work(*db.connection, work, tx);
  (void)db.connection->exec(result ? "COMMIT" : "ROLLBACK");
  return result;
}

Result<void> PostgresStore::run_write(Linked& db, const std::function<Result<void>(WriteTx&)>& work,
                                      bool& commit_sent) {
  Connection& connection = *db.connection;
  for (int attempt = 1;; ++attempt) {
    connection.clear_failure();
    SB_CHECK(connection.exec("BEGIN ISOLATION LEVEL SERIALIZABLE"));
    sql::UnitOfWork tx(db.parts);
    auto result = run_work(connection, work, tx);
    // Belt and braces: PostgreSQL answers COMMIT of an aborted transaction with a rollback, not an error.
    if (result && PQtransactionStatus(connection.handle()) == PQTRANS_INERROR) {
      result = std::unexpected(Error::internal("A statement of this change failed, so none of it was saved."));
    }
    if (result) {
      commit_sent = true;
      result = connection.exec("COMMIT");
    }
    if (result) {
      for (auto& hook : tx.take_hooks()) hook();
      return ok();
    }
    (void)connection.exec("ROLLBACK");
    if (!connection.retryable_failure()) return result;
    commit_sent = false;  // a serialization failure at COMMIT rolled everything back
    if (attempt >= options_.attempts) {
      return std::unexpected(
          Error{ErrorCode::unavailable, "Too many changes at once; nothing was saved. Try again.", ""});
    }
    back_off(attempt);
  }
}

bool is_postgres_url(const std::string& database) {
  return database.starts_with("postgresql://") || database.starts_with("postgres://");
}

Result<void> backup_database(const std::string& conninfo, const std::string& destination) {
  std::vector<std::string> arguments{"pg_dump", "--format=custom", "--file=" + destination, "--dbname=" + conninfo};
  std::vector<char*> argv;
  for (auto& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, "pg_dump", nullptr, nullptr, argv.data(), environ) != 0) {
    return std::unexpected(Error::internal("Cannot run pg_dump: is the PostgreSQL client installed?"));
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return std::unexpected(Error::internal("pg_dump failed; see its message above."));
  }
  return ok();
}

}  // namespace sb::postgres
