// LocalFileStore: the FileStore port (kernel/ports/file_store.h) over a folder
// of the data folder (data/files). A key "lesson-designs/12/7" is the file
// data/files/lesson-designs/12/7. A put writes data/files/.incoming/<random>,
// fsyncs it, links it to its key only when the key is free (link(2) fails on a
// taken key, so nothing is ever overwritten), removes the temporary name and
// fsyncs the key's folder: after a crash the key holds the whole file or
// nothing, and .incoming is emptied at the next start.
// Thread-safety: thread-safe (no state but the folder).
#pragma once

#include <filesystem>

#include "kernel/ports/file_store.h"

namespace sb {

class LocalFileStore final : public FileStore {
 public:
  // Creates the folder (and .incoming) when missing and empties .incoming.
  static Result<std::unique_ptr<LocalFileStore>> open(std::filesystem::path root, std::uint64_t max_file_bytes);

  std::uint64_t max_file_bytes() const override { return max_file_bytes_; }
  Result<std::uint64_t> put(std::string_view key, ByteSource& source) override;
  Result<std::unique_ptr<ByteSource>> open(std::string_view key) override;
  Result<void> remove(std::string_view key) override;
  std::vector<StoredFile> list(std::string_view prefix) override;

 private:
  LocalFileStore(std::filesystem::path root, std::uint64_t max_file_bytes)
      : root_(std::move(root)), max_file_bytes_(max_file_bytes) {}
  std::filesystem::path root_;
  std::uint64_t max_file_bytes_;
};

}  // namespace sb
