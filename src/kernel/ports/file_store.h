// Files that people upload (the materials of a lesson design), kept outside
// the database under keys the modules choose ("lesson-designs/12/7"). Bytes
// always travel as a ByteSource, read in chunks, so no upload or download is
// ever held whole in memory. A put is durable when it returns: the bytes go to
// a temporary file that is fsync'd and then renamed into place (and the folder
// fsync'd), so a key holds the whole file or nothing. The database row that
// names a file is written after the put, in the module's unit of work; a row
// that failed to commit leaves an orphan, which the module's sweep removes
// (list() tells how old each file is).
// Thread-safety: implementations are thread-safe; a ByteSource belongs to one caller.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/model.h"
#include "kernel/module_states.h"

namespace sb {

// Bytes read in order, a chunk at a time (a request body, a stored file).
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Fills up to `max` bytes at `into`; 0 at the end.
  virtual Result<std::size_t> read(char* into, std::size_t max) = 0;
};

// A ByteSource over bytes in memory, for tests and small texts.
class TextSource final : public ByteSource {
 public:
  explicit TextSource(std::string text) : text_(std::move(text)) {}
  Result<std::size_t> read(char* into, std::size_t max) override {
    const auto n = std::min(max, text_.size() - at_);
    text_.copy(into, n, at_);
    at_ += n;
    return n;
  }

 private:
  std::string text_;
  std::size_t at_ = 0;
};

struct StoredFile {
  std::string key;
  std::uint64_t bytes = 0;
  UnixTime modified_at = 0;
};

class FileStore {
 public:
  virtual ~FileStore() = default;
  // The most bytes one file may hold (the upload limit, configurable).
  virtual std::uint64_t max_file_bytes() const = 0;
  // Copies `source` to `key`, replacing nothing: already_exists when the key is taken. More than
  // max_file_bytes() is resource_exhausted (reason "too_large") and leaves nothing behind; a full disk
  // is unavailable. Returns the number of bytes stored.
  virtual Result<std::uint64_t> put(std::string_view key, ByteSource& source) = 0;
  // The stored bytes, to read in chunks; not_found when the key holds nothing.
  virtual Result<std::unique_ptr<ByteSource>> open(std::string_view key) = 0;
  // Removes the key's file; removing a missing key is fine (a second sweep, a retried delete).
  virtual Result<void> remove(std::string_view key) = 0;
  // Every stored file whose key starts with `prefix`.
  virtual std::vector<StoredFile> list(std::string_view prefix) = 0;
};

// Keys are made of path segments of [a-z0-9-]; anything else is a programmer error the store refuses.
inline bool is_valid_file_key(std::string_view key) {
  if (key.empty() || key.size() > 200 || key.front() == '/' || key.back() == '/') return false;
  char previous = '/';
  for (char c : key) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!word && c != '/') return false;
    if (c == '/' && previous == '/') return false;
    previous = c;
  }
  return true;
}

// The process's file store, kept in Services::modules (kernel/module_states.h) rather than as a field of
// Services, so that the ports every module includes stay as they were: set once by the composition root
// (cli/runtime.cpp) before serving; null where nothing is uploaded (tests without files).
struct FileStoreSlot {
  FileStore* store = nullptr;
};
inline FileStore* file_store(ModuleStates& modules) { return modules.get<FileStoreSlot>().store; }

}  // namespace sb

