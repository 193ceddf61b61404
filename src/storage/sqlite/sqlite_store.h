// SqliteStore: the embedded store. One file, WAL journal, synchronous=FULL,
// foreign keys on, migrations applied at open.
//
// Writes: one writer thread owns the only write connection. Callers of
// write() queue their work and wait (core/ports/waiter.h: a blocked thread or
// a paused fiber); the writer takes everything queued,
// runs each caller's work inside its own SAVEPOINT of one transaction, and
// commits once (group commit): many concurrent writes cost one fsync, while a
// caller whose work fails is rolled back alone. write() returns after COMMIT,
// so acknowledged data is durable. The WAL is copied back into the database
// by a Checkpointer on a thread of its own, never inside the writer's COMMIT.
//
// Reads: a pool of read-only connections, each read in its own transaction
// for a consistent snapshot; WAL lets them run beside the writer.
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
#include "storage/sql/module.h"
#include "storage/sqlite/checkpointer.h"
#include "storage/sqlite/connection.h"

namespace sb::sqlite {

struct StoreOptions {
  std::size_t max_batch = 256;  // write jobs per commit at most
  // Read connections at most; more callers wait for one to come free. A new connection parses the whole schema
  // and prepares its statements afresh, so opening one per simultaneous caller (300 threads enrolling at once:
  // docs/PERFORMANCE.md) costs more than waiting. A thread that holds a reader and asks for a second never waits.
  std::size_t max_readers = 8;
};

class SqliteStore final : public Store {
 public:
  // Opens (creating if needed) the database and applies the modules' pending
  // migrations, in module order. Every unit of work holds each module's part.
  static Result<std::unique_ptr<SqliteStore>> open(const std::string& path, std::vector<sql::Module> modules,
                                                   StoreOptions options = {});
  ~SqliteStore() override;

  Result<void> read(const std::function<Result<void>(ReadTx&)>& work) override;
  Result<void> write(const std::function<Result<void>(WriteTx&)>& work) override;
  void write_in_background(std::function<Result<void>(WriteTx&)> work) override;

  // Each module's schema version, in module order.
  std::vector<std::pair<std::string, int>> schema_versions();
  // Number of commits so far; with batch_jobs shows how well writes group.
  std::uint64_t commits() const;
  std::uint64_t committed_jobs() const;

 private:
  struct WriteJob;
  // A connection with its modules' parts, made once.
  struct Linked {
    std::unique_ptr<Connection> connection;
    sql::Parts parts;
  };
  SqliteStore(std::string path, std::vector<sql::Module> modules, StoreOptions options,
              std::unique_ptr<Connection> writer, std::unique_ptr<Checkpointer> checkpointer);
  Linked link(std::unique_ptr<Connection> connection) const;
  void writer_loop();
  void run_batch(std::vector<std::shared_ptr<WriteJob>>& batch);
  std::unique_ptr<Linked> acquire_reader();
  void release_reader(std::unique_ptr<Linked> reader);

  std::string path_;
  std::vector<sql::Module> modules_;
  StoreOptions options_;
  Linked writer_connection_;
  std::unique_ptr<Checkpointer> checkpointer_;  // hooks the writer's connection: declared after it, so stopped first

  std::mutex queue_mutex_;
  std::condition_variable queue_ready_;
  std::deque<std::shared_ptr<WriteJob>> queue_;
  bool stopping_ = false;
  std::uint64_t commits_ = 0;
  std::uint64_t committed_jobs_ = 0;
  std::thread writer_;

  std::mutex readers_mutex_;
  std::condition_variable reader_freed_;
  std::vector<std::unique_ptr<Linked>> idle_readers_;
  std::size_t open_readers_ = 0;
};

// Copies a live database into `destination` with SQLite's online backup, safe
// while a server writes to it.
Result<void> backup_database(const std::string& source, const std::string& destination);

// Applies the modules' pending migrations; returns each module's schema version afterwards.
Result<std::vector<std::pair<std::string, int>>> migrate_database(const std::string& path,
                                                                  const std::vector<sql::Module>& modules);

}  // namespace sb::sqlite
