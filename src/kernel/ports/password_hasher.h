// PasswordHasher: turns a password into a self-describing hash string and
// checks a password against one. The real one (platform/sodium_hasher) uses
// Argon2id and costs ~100 ms and 64 MiB per call, so callers must never hash
// on the I/O thread or inside a store transaction. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "kernel/error.h"

namespace sb {

class PasswordHasher {
 public:
  virtual ~PasswordHasher() = default;
  virtual Result<std::string> hash(std::string_view password) const = 0;
  // False for a wrong password and for a malformed or empty hash.
  virtual bool verify(std::string_view password, std::string_view hash) const = 0;
};

}  // namespace sb
