// SqliteStore: the embedded store. One file, WAL journal, synchronous=FULL,
// foreign keys on, migrations applied at open.
//
// Writes: one writer thread owns the only write connection. Callers of
// write() queue their work and wait (core/ports/waiter.h: a blocked thread or
// a paused fiber); the writer takes everything queued,
// runs each caller's work inside its own SAVEPOINT of one transaction, and
// commits once (group commit): many concurrent writes cost one fsync, while a
// caller whose work fails is rolled back alone. write() returns after COMMIT,
// so acknowledged data is durable.
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
#include <vector>

#include "core/ports/store.h"

namespace sb::sqlite {

class Connection;

struct StoreOptions {
  std::size_t max_batch = 256;  // write jobs per commit at most
};

class SqliteStore final : public Store {
 public:
  // Opens (creating if needed) the database and applies pending migrations.
  static Result<std::unique_ptr<SqliteStore>> open(const std::string& path, StoreOptions options = {});
  ~SqliteStore() override;

  Result<void> read(const std::function<Result<void>(ReadTx&)>& work) override;
  Result<void> write(const std::function<Result<void>(WriteTx&)>& work) override;
  void write_in_background(std::function<Result<void>(WriteTx&)> work) override;

  int schema_version();
  // Number of commits so far; with batch_jobs shows how well writes group.
  std::uint64_t commits() const;
  std::uint64_t committed_jobs() const;

 private:
  struct WriteJob;
  SqliteStore(std::string path, StoreOptions options, std::unique_ptr<Connection> writer);
  void writer_loop();
  void run_batch(std::vector<std::shared_ptr<WriteJob>>& batch);
  std::unique_ptr<Connection> acquire_reader();
  void release_reader(std::unique_ptr<Connection> connection);

  std::string path_;
  StoreOptions options_;
  std::unique_ptr<Connection> writer_connection_;

  std::mutex queue_mutex_;
  std::condition_variable queue_ready_;
  std::deque<std::shared_ptr<WriteJob>> queue_;
  bool stopping_ = false;
  std::uint64_t commits_ = 0;
  std::uint64_t committed_jobs_ = 0;
  std::thread writer_;

  std::mutex readers_mutex_;
  std::vector<std::unique_ptr<Connection>> idle_readers_;
};

// Copies a live database into `destination` with SQLite's online backup, safe
// while a server writes to it.
Result<void> backup_database(const std::string& source, const std::string& destination);

// Applies pending migrations; returns the schema version afterwards.
Result<int> migrate_database(const std::string& path);

}  // namespace sb::sqlite
