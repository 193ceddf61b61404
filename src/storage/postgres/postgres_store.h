// PostgresStore: the scale-out store. Several server processes share one
// PostgreSQL database; each process keeps a pool of connections, one per
// worker thread.
//
// Every unit of work runs on a worker, and the caller waits through a Waiter
// (kernel/ports/waiter.h), so a fiber on an I/O thread pauses instead of
// blocking the thread during the round trips. Writes run SERIALIZABLE, the
// guarantee the single SQLite writer gives: a write that meets a concurrent
// one (serialization failure, deadlock) is rolled back and run again, its
// after-commit hooks dropped. write() returns after COMMIT, which is durable
// with synchronous_commit=on (PostgreSQL's default). Reads run in a REPEATABLE
// READ READ ONLY transaction: one consistent snapshot. A connection whose
// server went away is replaced, and the unit of work that found out runs once
// more on the new one when nothing of it can have been committed.
//
// Migrations: each module's postgres/migrations, counted per module in
// schema_migrations, applied at open under an advisory lock so that processes
// starting together apply each migration once.
//
// Thread-safety: thread-safe.
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "kernel/ports/store.h"
#include "storage/postgres/connection.h"
#include "storage/sql/module.h"

namespace sb::postgres {

struct StoreOptions {
  std::size_t connections = 16;  // worker threads, each with its own connection
  int attempts = 30;             // runs of a write that keeps meeting concurrent ones
};

class PostgresStore final : public Store {
 public:
  static Result<std::unique_ptr<PostgresStore>> open(const std::string& conninfo, std::vector<sql::Module> modules,
                                                     StoreOptions options = {});
  ~PostgresStore() override;

  Result<void> read(const std::function<Result<void>(ReadTx&)>& work) override;
  Result<void> write(const std::function<Result<void>(WriteTx&)>& work) override;
  void write_in_background(std::function<Result<void>(WriteTx&)> work) override;

  // Each module's schema version, in module order.
  std::vector<std::pair<std::string, int>> schema_versions();

 private:
  struct Job;
  struct Linked {
    std::unique_ptr<Connection> connection;
    sql::Parts parts;
  };
  PostgresStore(std::string conninfo, std::vector<sql::Module> modules, StoreOptions options);
  Result<std::unique_ptr<Linked>> link();
  void worker_loop();
  Result<void> run_read(Linked& db, const std::function<Result<void>(ReadTx&)>& work);
  // `commit_sent` tells whether COMMIT went out: if the connection died after that, the outcome is unknown.
  Result<void> run_write(Linked& db, const std::function<Result<void>(WriteTx&)>& work, bool& commit_sent);
  Result<void> submit(std::shared_ptr<Job> job);
  // Hands the job its outcome; a background write counts as done.
  void finish(Job& job, Result<void> result);

  std::string conninfo_;
  std::vector<sql::Module> modules_;
  StoreOptions options_;

  std::mutex queue_mutex_;
  std::condition_variable queue_ready_;
  std::deque<std::shared_ptr<Job>> queue_;
  bool stopping_ = false;
  // Background writes taken from the queue and not yet done: a foreground write taken after them waits for them.
  int background_running_ = 0;
  std::condition_variable background_done_;
  std::vector<std::thread> workers_;
};

// Applies the modules' pending migrations; returns each module's schema version afterwards.
Result<std::vector<std::pair<std::string, int>>> migrate_database(const std::string& conninfo,
                                                                  const std::vector<sql::Module>& modules);

// Writes a backup of the database with pg_dump (custom format: restore with pg_restore).
Result<void> backup_database(const std::string& conninfo, const std::string& destination);

// True when `database` names a PostgreSQL database (postgresql://… or postgres://…).
bool is_postgres_url(const std::string& database);

}  // namespace sb::postgres
