// Checkpointer: copies the WAL back into the database file on a thread and a
// connection of its own, so the store's writer never does it. SQLite's own
// automatic checkpoint runs inside the COMMIT that grows the WAL past its
// threshold: that commit, and every write queued behind it, then waits for
// the page copy and two more fsyncs (the tail of the latency of a school
// answering at once: docs/PERFORMANCE.md). Here the writer's WAL hook only
// counts pages and wakes this thread, which runs PASSIVE checkpoints: they
// never block the writer or a reader. Should it fall far behind (the WAL past
// `writer_pages`), the writer checkpoints itself, as SQLite would.
// Durability is unchanged: a checkpoint only copies committed pages.
//
// Thread-safety: the hook runs on the writer's thread; the rest on this one.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "storage/sqlite/connection.h"

namespace sb::sqlite {

struct CheckpointOptions {
  int pages = 1000;           // the WAL size (pages) that wakes a checkpoint, as SQLite's default
  int writer_pages = 20000;   // past this the writer checkpoints itself (80 MB of 4 KiB pages)
};

class Checkpointer {
 public:
  // Hooks `writer` (the store's only write connection) and opens a connection of its own to `path`.
  static Result<std::unique_ptr<Checkpointer>> start(const std::string& path, Connection& writer,
                                                     CheckpointOptions options = {});
  ~Checkpointer();  // stops the thread and unhooks the writer; the caller closes the writer afterwards
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  // Checkpoints run so far (on this thread), for tests.
  std::uint64_t checkpoints() const;

 private:
  Checkpointer(Connection& writer, std::unique_ptr<Connection> own, CheckpointOptions options);
  static int on_commit(void* self, sqlite3* db, const char* name, int pages);
  void loop();

  Connection& writer_;
  std::unique_ptr<Connection> own_;
  CheckpointOptions options_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool due_ = false;
  bool stopping_ = false;
  std::uint64_t checkpoints_ = 0;
  std::thread thread_;
};

}  // namespace sb::sqlite
