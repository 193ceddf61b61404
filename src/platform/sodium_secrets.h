// SodiumSecrets: random tokens from randombytes_buf (192 bits, base64url) and
// their stored form, a BLAKE2b hash in hex. Thread-safe.
#pragma once

#include "kernel/ports/secrets.h"

namespace sb {

class SodiumSecrets final : public Secrets {
 public:
  SodiumSecrets();
  std::string new_token() const override;
  std::string hash_token(std::string_view token) const override;
};

}  // namespace sb
