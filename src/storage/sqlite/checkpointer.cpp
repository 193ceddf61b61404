#include "storage/sqlite/checkpointer.h"

#include <sqlite3.h>

namespace sb::sqlite {

Result<std::unique_ptr<Checkpointer>> Checkpointer::start(const std::string& path, Connection& writer,
                                                          CheckpointOptions options) {
  auto own = Connection::open(path, OpenMode::read_write);
  if (!own) return std::unexpected(own.error());
  return std::unique_ptr<Checkpointer>(new Checkpointer(writer, std::move(*own), options));
}

Checkpointer::Checkpointer(Connection& writer, std::unique_ptr<Connection> own, CheckpointOptions options)
    : writer_(writer), own_(std::move(own)), options_(options) {
  // Replaces SQLite's automatic checkpoint on the writer (which is itself a WAL hook).
  sqlite3_wal_hook(writer_.handle(), &Checkpointer::on_commit, this);
  thread_ = std::thread([this] { loop(); });
}

Checkpointer::~Checkpointer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
  sqlite3_wal_autocheckpoint(writer_.handle(), options_.pages);
}

std::uint64_t Checkpointer::checkpoints() const {
  std::lock_guard lock(mutex_);
  return checkpoints_;
}

// Runs on the writer's thread after each commit, with the WAL's size in pages.
int Checkpointer::on_commit(void* self, sqlite3* db, const char* name, int pages) {
  auto& me = *static_cast<Checkpointer*>(self);
  if (pages >= me.options_.writer_pages) {
    (void)sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  } else if (pages >= me.options_.pages) {
    {
      std::lock_guard lock(me.mutex_);
      me.due_ = true;
    }
    me.wake_.notify_one();
  }
  return SQLITE_OK;
}

void Checkpointer::loop() {
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || due_; });
      if (stopping_) return;
      due_ = false;
    }
    // PASSIVE: copies what no reader still needs, without waiting for the writer or readers. Busy or partial
    // is fine: the next commit past the threshold wakes this thread again.
    (void)sqlite3_wal_checkpoint_v2(own_->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    std::lock_guard lock(mutex_);
    checkpoints_ += 1;
  }
}

}  // namespace sb::sqlite
