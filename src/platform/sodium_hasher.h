// SodiumHasher: Argon2id password hashes via libsodium (crypto_pwhash_str).
// Each hash or verify costs about 100 ms and 64 MiB, so at most
// `max_concurrent` run at once; further callers wait their turn instead of
// exhausting memory. Thread-safe.
#pragma once

#include <condition_variable>
#include <mutex>

#include "kernel/ports/password_hasher.h"

namespace sb {

enum class HashCost { interactive, minimal_for_tests };

class SodiumHasher final : public PasswordHasher {
 public:
  explicit SodiumHasher(HashCost cost = HashCost::interactive, int max_concurrent = 2);
  Result<std::string> hash(std::string_view password) const override;
  bool verify(std::string_view password, std::string_view hash) const override;

 private:
  class Slot;
  unsigned long long ops_limit_;
  std::size_t mem_limit_;
  int max_concurrent_;
  mutable std::mutex mutex_;
  mutable std::condition_variable freed_;
  mutable int running_ = 0;
};

}  // namespace sb
