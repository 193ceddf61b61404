#include "platform/sodium_hasher.h"

#include <sodium.h>

#include <stdexcept>

namespace sb {

// Holds one of the limited hashing slots for its lifetime.
class SodiumHasher::Slot {
 public:
  explicit Slot(const SodiumHasher& owner) : owner_(owner) {
    std::unique_lock lock(owner_.mutex_);
    owner_.freed_.wait(lock, [&] { return owner_.running_ < owner_.max_concurrent_; });
    owner_.running_ += 1;
  }
  ~Slot() {
    {
      std::lock_guard lock(owner_.mutex_);
      owner_.running_ -= 1;
    }
    owner_.freed_.notify_one();
  }
  Slot(const Slot&) = delete;
  Slot& operator=(const Slot&) = delete;

 private:
  const SodiumHasher& owner_;
};

SodiumHasher::SodiumHasher(HashCost cost, int max_concurrent) : max_concurrent_(max_concurrent) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  if (cost == HashCost::interactive) {
    ops_limit_ = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    mem_limit_ = crypto_pwhash_MEMLIMIT_INTERACTIVE;
  } else {
    // Only for test runs: the same algorithm at the lowest cost libsodium allows.
    ops_limit_ = crypto_pwhash_OPSLIMIT_MIN;
    mem_limit_ = crypto_pwhash_MEMLIMIT_MIN;
  }
}

Result<std::string> SodiumHasher::hash(std::string_view password) const {
  Slot slot(*this);
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), ops_limit_, mem_limit_) != 0) {
    return std::unexpected(Error{ErrorCode::resource_exhausted, "Out of memory while hashing a password.", ""});
  }
  return std::string(out);
}

bool SodiumHasher::verify(std::string_view password, std::string_view hash) const {
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  Slot slot(*this);
  std::string terminated(hash);
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

}  // namespace sb
