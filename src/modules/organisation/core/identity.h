// The organisation module's answer to the access gate (kernel/ports/identity.h):
// sessions are its accounts' sessions, and refusals go to its audit trail.
// Thread-safety: as Services.
#pragma once

#include "kernel/ports/identity.h"
#include "kernel/services.h"

namespace sb {

class OrganisationIdentity final : public Identity {
 public:
  explicit OrganisationIdentity(Services& services) : services_(services) {}
  Result<Principal> authenticate(std::string_view token, Session* session) override;
  void record_refusal(const Principal& who, std::string what, Action action) override;

 private:
  Services& services_;
};

}  // namespace sb
