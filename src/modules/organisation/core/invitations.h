// Use cases of invitations: a school leader (or platform admin) invites a
// person by e-mail into a school role or a team, and the platform admin into a
// bestuur or the platform (appointments.h); the person opens the link, sets a
// name and password (or proves an existing account), and is signed in. Links
// carry a random token; the store keeps only its hash. An address that already
// holds the role there, or already has an open invitation to it, is refused
// (already_exists, field "email") rather than invited twice.
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
  std::string school_name;   // empty for bestuur and platform roles
  std::string team_name;     // empty for school roles
  std::string bestuur_name;  // the school's or the invitation's own bestuur
  std::string invited_by_name;
  // Whether the address already has an account is told to nobody: not to the
  // one who invites, and not to whoever holds the link.
};

struct CreatedInvitation {
  InvitationView view;
  std::string link;  // path with the token, e.g. "/uitnodiging/<token>"
};

Result<CreatedInvitation> create_invitation(Services& s, const Principal& who, Id school_id, const NewInvitation& input);
// The open invitation that makes create_invitation refuse this input as a second one, to offer sending it again.
std::optional<InvitationView> open_invitation_like(Services& s, const Principal& who, Id school_id,
                                                   const NewInvitation& input);
Result<std::vector<InvitationView>> list_open_invitations(Services& s, const Principal& who, Id school_id);
Result<void> revoke_invitation(Services& s, const Principal& who, Id invitation_id);
// Sends an open invitation again with a new link (the old one stops working) and a new validity period.
Result<CreatedInvitation> resend_invitation(Services& s, const Principal& who, Id invitation_id);

// For the use cases that invite (create_invitation, appoint): writes an
// invitation of `invitation.email` into its role and place, which the caller
// has checked together with access, in the caller's unit of work. Refuses an
// address that holds the role there or has an open invitation to it.
Result<CreatedInvitation> add_invitation(Services& s, WriteTx& tx, const Principal& who, Invitation invitation);
// Whether one of `memberships` is the role and place the invitation leads to.
bool holds_invited_role(const std::vector<MembershipView>& memberships, const Invitation& invitation);
// An invitation with the names of where it leads and who sent it.
InvitationView invitation_view(ReadTx& tx, Invitation invitation);
// Mails the link of a new or renewed invitation; after the commit.
void mail_invitation(Services& s, const Principal& who, const CreatedInvitation& created);
// The place an invitation or membership leads to, in words: "Groep 3-4 (OBS De Regenboog)", "Stichting X", ...
std::string place_of(const InvitationView& view);

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
