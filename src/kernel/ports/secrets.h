// Secrets: random tokens for sessions, invitations and password resets, and
// the one-way hash under which a token is stored. A token is shown once (in a
// cookie or a link); the store only ever sees its hash, so a copy of the
// database does not let anyone sign in. Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace sb {

class Secrets {
 public:
  virtual ~Secrets() = default;
  // 128 bits of randomness or more, URL-safe text.
  virtual std::string new_token() const = 0;
  // Deterministic hash of a token, hex text; comparing hashes is safe in the
  // open because the hash does not reveal the token.
  virtual std::string hash_token(std::string_view token) const = 0;
};

}  // namespace sb
