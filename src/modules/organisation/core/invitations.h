// Use cases of invitations: a school leader (or platform admin) invites a
// person by e-mail into a school role or a team; the person opens the link,
// sets a name and password (or proves an existing account), and is signed in.
// Links carry a random token; the store keeps only its hash.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/organisation/core/auth.h"

namespace sb {

struct NewInvitation {
  std::string email;
  std::string role;
  std::optional<Id> team_id;
};

struct InvitationView {
  Invitation invitation;
  std::string school_name;
  std::string team_name;     // empty for school roles
  std::string bestuur_name;
  std::string invited_by_name;
  // Whether the address already has an account is told to nobody: not to the
  // one who invites, and not to whoever holds the link.
};

struct CreatedInvitation {
  InvitationView view;
  std::string link;  // path with the token, e.g. "/uitnodiging/<token>"
};

Result<CreatedInvitation> create_invitation(Services& s, const Principal& who, Id school_id, const NewInvitation& input);
Result<std::vector<InvitationView>> list_open_invitations(Services& s, const Principal& who, Id school_id);
Result<void> revoke_invitation(Services& s, const Principal& who, Id invitation_id);

// Public: what an invitation link offers; not_found when unknown, used or expired.
Result<InvitationView> describe_invitation(Services& s, std::string_view token);

// With an existing account the password is checked through the login
// throttle (verify_credentials) and the name is ignored; otherwise a new
// account is made with this name and password.
struct Acceptance {
  std::string name;      // for a new account
  std::string password;  // new password, or the existing account's password
  std::string client_address;
  std::string previous_token;
};
Result<SignedIn> accept_invitation(Services& s, std::string_view token, const Acceptance& input);

}  // namespace sb
