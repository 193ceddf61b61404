#include "modules/organisation/core/identity.h"

#include "modules/organisation/core/auth.h"

namespace sb {

Result<Principal> OrganisationIdentity::authenticate(std::string_view token, Session* session) {
  return sb::authenticate(services_, token, session);
}

void OrganisationIdentity::record_refusal(const Principal& who, std::string what, Action action) {
  AuditEntry entry{services_.clock.now(), who.user.id, "access_denied", std::move(what), std::string(to_string(action))};
  services_.store.write_in_background([entry](WriteTx& tx) { return organisation(tx).append_audit(entry); });
}

}  // namespace sb
