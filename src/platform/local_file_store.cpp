#include "platform/local_file_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <random>

namespace sb {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kChunk = 64 * 1024;

Error io_error(const std::string& what, int error) {
  if (error == ENOSPC || error == EDQUOT) return Error::storage_full();
  return Error::internal(what + ": " + std::strerror(error));
}

// Makes the folder's new entries durable.
bool sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  return synced;
}

class FileSource final : public ByteSource {
 public:
  explicit FileSource(int fd) : fd_(fd) {}
  ~FileSource() override { ::close(fd_); }
  Result<std::size_t> read(char* into, std::size_t max) override {
    for (;;) {
      const auto n = ::read(fd_, into, max);
      if (n >= 0) return static_cast<std::size_t>(n);
      if (errno != EINTR) return std::unexpected(io_error("read failed", errno));
    }
  }

 private:
  int fd_;
};

std::string temporary_name() {
  static std::atomic<std::uint64_t> counter{0};
  thread_local std::mt19937_64 random{std::random_device{}()};
  return std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" + std::to_string(random());
}

}  // namespace

Result<std::unique_ptr<LocalFileStore>> LocalFileStore::open(fs::path root, std::uint64_t max_file_bytes) {
  std::error_code ec;
  fs::create_directories(root / ".incoming", ec);
  if (ec) return std::unexpected(Error::internal("Cannot create the files folder " + root.string() + ": " + ec.message()));
  // What a crash left half-written was never acknowledged: it goes (after an hour, so that a second
  // process on the same folder, such as `samenbeter demo` beside the server, never takes a put in flight).
  const auto hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
  for (const auto& entry : fs::directory_iterator(root / ".incoming", ec)) {
    std::error_code age_error;
    if (entry.last_write_time(age_error) < hour_ago && !age_error) fs::remove(entry.path(), ec);
  }
  return std::unique_ptr<LocalFileStore>(new LocalFileStore(std::move(root), max_file_bytes));
}

Result<std::uint64_t> LocalFileStore::put(std::string_view key, ByteSource& source) {
  if (!is_valid_file_key(key)) return std::unexpected(Error::internal("Invalid file key."));
  const fs::path target = root_ / std::string(key);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) return std::unexpected(Error::internal("Cannot create " + target.parent_path().string() + ": " + ec.message()));
  const fs::path temporary = root_ / ".incoming" / temporary_name();
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return std::unexpected(io_error("Cannot create a temporary file", errno));
  auto fail = [&](Error error) -> Result<std::uint64_t> {
    ::close(fd);
    ::unlink(temporary.c_str());
    return std::unexpected(std::move(error));
  };
  std::array<char, kChunk> chunk;
  std::uint64_t total = 0;
  for (;;) {
    auto n = source.read(chunk.data(), chunk.size());
    if (!n) return fail(n.error());
    if (*n == 0) break;
    total += *n;
    if (total > max_file_bytes_) {
      return fail(Error{ErrorCode::resource_exhausted, "The file is larger than the limit.", "file"}.because(
          "too_large", std::nullopt, static_cast<double>(max_file_bytes_)));
    }
    for (std::size_t written = 0; written < *n;) {
      const auto w = ::write(fd, chunk.data() + written, *n - written);
      if (w < 0) {
        if (errno == EINTR) continue;
        return fail(io_error("write failed", errno));
      }
      written += static_cast<std::size_t>(w);
    }
  }
  if (::fsync(fd) != 0) return fail(io_error("fsync failed", errno));
  ::close(fd);
  // link(2) refuses a taken key, so a put never replaces a file someone acknowledged.
  if (::link(temporary.c_str(), target.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    if (error == EEXIST) return std::unexpected(Error{ErrorCode::already_exists, "A file with this key exists.", "file"});
    return std::unexpected(io_error("Cannot store the file", error));
  }
  ::unlink(temporary.c_str());
  if (!sync_folder(target.parent_path())) return std::unexpected(io_error("Cannot sync the folder", errno));
  return total;
}

Result<std::unique_ptr<ByteSource>> LocalFileStore::open(std::string_view key) {
  if (!is_valid_file_key(key)) return std::unexpected(Error::not_found("No such file."));
  const fs::path path = root_ / std::string(key);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return std::unexpected(Error::not_found("No such file."));
    return std::unexpected(io_error("Cannot open the file", errno));
  }
  return std::unique_ptr<ByteSource>(new FileSource(fd));
}

Result<void> LocalFileStore::remove(std::string_view key) {
  if (!is_valid_file_key(key)) return std::unexpected(Error::internal("Invalid file key."));
  const fs::path path = root_ / std::string(key);
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) return std::unexpected(io_error("Cannot remove the file", errno));
  sync_folder(path.parent_path());
  return ok();
}

std::vector<StoredFile> LocalFileStore::list(std::string_view prefix) {
  std::vector<StoredFile> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root_, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().filename() == ".incoming") {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    auto key = it->path().lexically_relative(root_).generic_string();
    if (!key.starts_with(prefix)) continue;
    struct stat info {};
    if (::stat(it->path().c_str(), &info) != 0) continue;
    out.push_back({std::move(key), static_cast<std::uint64_t>(info.st_size), static_cast<UnixTime>(info.st_mtime)});
  }
  return out;
}

}  // namespace sb
