// Identity: what the access gate needs from whoever keeps accounts and
// sessions (the organisation module): who is behind a session cookie, and a
// place to note a refused request in the audit trail. The gate itself lives
// in server/; this port keeps it free of any module.
// Thread-safety: implementations are thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "kernel/error.h"
#include "kernel/policy.h"

namespace sb {

class Identity {
 public:
  virtual ~Identity() = default;
  // The principal behind a session token, or unauthenticated; fills `session`.
  virtual Result<Principal> authenticate(std::string_view token, Session* session) = 0;
  // Notes that `who` was refused `action` on `what` (method and path, redacted). Must not block.
  virtual void record_refusal(const Principal& who, std::string what, Action action) = 0;
};

}  // namespace sb
