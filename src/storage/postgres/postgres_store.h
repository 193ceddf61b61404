// PostgresStore: the scale-out store. Several server processes share one
// PostgreSQL database; each process keeps a pool of reader connections, one
// per reader thread, and one writer connection (StoreOptions::writers).
//
// Every unit of work runs on a store thread, and the caller waits through a
// Waiter (kernel/ports/waiter.h), so a fiber on an I/O thread pauses instead
// of blocking the thread during the round trips.
//
// Writes run SERIALIZABLE, the guarantee the single SQLite writer gives, and
// commit in groups as on SQLite: the writer takes what is queued (up to
// max_batch units), runs each unit in a savepoint of one transaction — a unit
// that fails is rolled back to its savepoint alone — and commits once, so many
// concurrent writes cost one WAL flush, and writes to one hot row (a board's
// sequence number) follow each other inside the transaction instead of
// aborting each other. write() returns after COMMIT, which is durable with
// synchronous_commit=on (PostgreSQL's default). A group that meets a
// concurrent transaction of another process (serialization failure,
// deadlock) is rolled back and run again, its after-commit hooks dropped.
// With one writer, writes commit in the order they were queued.
//
// Why one writer: PostgreSQL's serializable isolation tracks reads through a
// B-tree by the index page, so writers running side by side abort each other
// even on different boards (the small tables every write touches share their
// pages). Measured with 8 writers: fewer moves a second than with one, and
// hundreds of writes that gave up after 30 runs (docs/PERFORMANCE.md). More
// writers (StoreOptions::writers > 1) share the queue between them; their
// after-commit hooks may run side by side, and live events are put back in
// order by their sequence numbers (live_relay.h).
//
// Reads run in a REPEATABLE READ READ ONLY transaction: one consistent
// snapshot. A connection whose server went away is replaced, and the units of
// work that found out run once more on the new one when nothing of them can
// have been committed.
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
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "kernel/ports/store.h"
#include "storage/postgres/connection.h"
#include "storage/sql/module.h"

namespace sb::postgres {

struct StoreOptions {
  std::size_t connections = 16;  // reader threads, each with its own connection
  std::size_t writers = 1;       // writer threads, each with its own connection (see above: keep 1)
  std::size_t max_batch = 32;    // writes committed together at most (each a subtransaction; PostgreSQL
                                 // keeps 64 of those per transaction in shared memory, more slow readers down)
  int attempts = 30;             // runs of a write group that keeps meeting concurrent transactions
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
  using Batch = std::vector<std::shared_ptr<Job>>;
  struct Linked {
    std::unique_ptr<Connection> connection;
    sql::Parts parts;
  };
  PostgresStore(std::string conninfo, std::vector<sql::Module> modules, StoreOptions options);
  Result<std::unique_ptr<Linked>> link();
  void reader_loop();
  void writer_loop();
  Result<void> run_read(Linked& db, const std::function<Result<void>(ReadTx&)>& work);
  // A batch whose connection died after its COMMIT went out: committed or not, the database knows.
  struct Unsettled {
    std::string transaction;                  // its id, pg_current_xact_id()
    std::string token;                        // inserted into store_commits by the group
    std::vector<Result<void>> outcomes;       // what each write gets if it committed
    std::vector<std::function<void()>> hooks;  // run if it committed
  };
  // Each write's outcome, in order, on a fresh connection when the last one's server went away.
  std::vector<Result<void>> commit_batch(std::unique_ptr<Linked>& db, const Batch& batch);
  // One transaction for the batch, run again while it meets concurrent ones. `commit_sent` tells whether COMMIT
  // went out; if the connection died after that, `unsettled` says what to ask the database.
  std::vector<Result<void>> run_batch(Linked& db, const Batch& batch, bool& commit_sent,
                                      std::optional<Unsettled>& unsettled);
  // Asks a fresh connection (waiting up to 30 s for the database to answer again) whether the group
  // committed: true, false (it rolled back: nothing of it is saved), or an error when that cannot be told.
  // Meanwhile, once the database has been out of reach for a second, the writes queued behind the group are
  // answered at once (refuse_waiting_writes) instead of waiting out those 30 s.
  Result<bool> committed(std::unique_ptr<Linked>& db, const Unsettled& unsettled);
  // Answers every queued write that someone waits for with `error`: none of them ran, so nothing of them is saved.
  // Background writes stay queued: nobody would hear of their refusal.
  void refuse_waiting_writes(const Error& error);
  Result<void> submit(std::shared_ptr<Job> job);

  std::string conninfo_;
  std::vector<sql::Module> modules_;
  StoreOptions options_;

  std::mutex queue_mutex_;
  std::condition_variable reads_ready_;
  std::condition_variable writes_ready_;
  std::deque<std::shared_ptr<Job>> reads_;
  std::deque<std::shared_ptr<Job>> writes_;
  bool stopping_ = false;
  std::size_t idle_writers_ = 0;  // writers waiting for work, to share the queue among
  std::vector<std::thread> readers_;
  std::vector<std::thread> writers_;
};

// Whether a write group whose COMMIT went out but whose answer was lost committed: by its token in store_commits,
// once its transaction (by its id) is no longer under way; nullopt while that cannot be told yet.
std::optional<bool> settled_outcome(Connection& db, const std::string& transaction, const std::string& token);

// Applies the modules' pending migrations; returns each module's schema version afterwards.
Result<std::vector<std::pair<std::string, int>>> migrate_database(const std::string& conninfo,
                                                                  const std::vector<sql::Module>& modules);

// Writes a backup of the database with pg_dump (custom format: restore with pg_restore).
Result<void> backup_database(const std::string& conninfo, const std::string& destination);

// True when `database` names a PostgreSQL database (postgresql://… or postgres://…).
bool is_postgres_url(const std::string& database);

}  // namespace sb::postgres
