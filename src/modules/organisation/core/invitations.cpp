#include "modules/organisation/core/invitations.h"

#include <algorithm>

#include "modules/organisation/core/organisation.h"
#include "kernel/validation.h"
#include "modules/organisation/core/identity_state.h"

namespace sb {
namespace {

Error gone() { return Error::not_found("This invitation is not valid (any more). Ask for a new one."); }

InvitationView view_of(ReadTx& tx, Invitation invitation) {
  InvitationView view;
  std::optional<Id> bestuur_id = invitation.bestuur_id;
  if (invitation.school_id) {
    if (auto school = organisation(tx).find_school(*invitation.school_id)) {
      view.school_name = school->name;
      bestuur_id = school->bestuur_id;
    }
  }
  if (bestuur_id) {
    if (auto bestuur = organisation(tx).find_bestuur(*bestuur_id)) view.bestuur_name = bestuur->name;
  }
  if (invitation.team_id) {
    if (auto team = organisation(tx).find_team(*invitation.team_id)) view.team_name = team->name;
  }
  if (auto inviter = organisation(tx).find_user(invitation.invited_by)) view.invited_by_name = inviter->name;
  view.invitation = std::move(invitation);
  return view;
}

Error second_invitation() {
  return {ErrorCode::already_exists, "There is already an open invitation for this address into this role here.", "email"};
}

// The invitation that create_invitation would write for this input (role and place checked, no token yet).
Result<Invitation> school_invitation(const Principal& who, Id school_id, const NewInvitation& input) {
  SB_TRY(email, clean_email("email", input.email));
  SB_TRY(role, role_in_school(input.role, input.team_id));
  Invitation invitation;
  invitation.email = email;
  invitation.role = role;
  invitation.school_id = school_id;
  invitation.team_id = input.team_id;
  invitation.invited_by = who.user.id;
  return invitation;
}

std::optional<Invitation> open_invitation(ReadTx& tx, std::string_view token_hash, UnixTime now) {
  auto invitation = organisation(tx).find_invitation_by_token(token_hash);
  if (!invitation || invitation->accepted_at || invitation->expires_at < now) return std::nullopt;
  return invitation;
}

}  // namespace

InvitationView invitation_view(ReadTx& tx, Invitation invitation) { return view_of(tx, std::move(invitation)); }

bool holds_invited_role(const std::vector<MembershipView>& memberships, const Invitation& invitation) {
  return std::any_of(memberships.begin(), memberships.end(), [&](const MembershipView& m) {
    if (m.role != invitation.role) return false;
    switch (scope_of(invitation.role)) {
      case ScopeKind::team: return m.team_id == invitation.team_id;
      case ScopeKind::school: return m.school_id == invitation.school_id;
      case ScopeKind::bestuur: return m.bestuur_id == invitation.bestuur_id;
      case ScopeKind::platform: return true;
    }
    return false;
  });
}

std::string place_of(const InvitationView& v) {
  if (!v.team_name.empty()) return v.team_name + " (" + v.school_name + ")";
  if (!v.school_name.empty()) return v.school_name;
  if (!v.bestuur_name.empty()) return v.bestuur_name;
  return "SamenBeter";
}

Result<CreatedInvitation> add_invitation(Services& s, WriteTx& tx, const Principal& who, Invitation invitation) {
  // Someone who holds the role there already is told so; the inviter sees the
  // people of this place anyway, so this tells them nothing new.
  if (auto user = organisation(tx).find_user_by_email(invitation.email)) {
    if (holds_invited_role(organisation(tx).list_memberships_of_user(user->id), invitation)) {
      return std::unexpected(Error{ErrorCode::already_exists, "This person already has this role here.", "email"});
    }
  }
  if (organisation(tx).find_open_invitation_like(invitation, s.clock.now())) return std::unexpected(second_invitation());
  const auto token = s.secrets.new_token();
  invitation.token_hash = s.secrets.hash_token(token);
  invitation.invited_by = who.user.id;
  invitation.created_at = s.clock.now();
  invitation.expires_at = invitation.created_at + identity_state(s).settings.invitation_lifetime;
  SB_TRY(id, organisation(tx).insert_invitation(invitation));
  invitation.id = id;
  (void)organisation(tx).append_audit({s.clock.now(), who.user.id, "invitation.create", "invitation:" + std::to_string(id),
                                       std::string(to_string(invitation.role)) + " " + invitation.email});
  return CreatedInvitation{view_of(tx, std::move(invitation)), "/uitnodiging/" + token};
}

void mail_invitation(Services& s, const Principal& who, const CreatedInvitation& created) {
  const auto& v = created.view;
  const auto where = place_of(v);
  s.mailer.send({v.invitation.email, "Uitnodiging voor SamenBeter — " + where,
                 "Hallo,\n\n" + who.user.name + " nodigt je uit voor SamenBeter: " + where + ", als " +
                     std::string(to_string(v.invitation.role)) + ".\n\nAccepteer de uitnodiging via deze link (" +
                     std::to_string(identity_state(s).settings.invitation_lifetime / 86400) + " dagen geldig):\n" +
                     s.public_base_url + created.link + "\n"});
}

Result<CreatedInvitation> create_invitation(Services& s, const Principal& who, Id school_id, const NewInvitation& input) {
  SB_TRY(invitation, school_invitation(who, school_id, input));
  SB_TRY(created, write_value<CreatedInvitation>(s.store, [&](WriteTx& tx) -> Result<CreatedInvitation> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    SB_CHECK(check_team_in_school(tx, input.team_id, school_id));
    return add_invitation(s, tx, who, invitation);
  }));
  mail_invitation(s, who, created);
  return created;
}

std::optional<InvitationView> open_invitation_like(Services& s, const Principal& who, Id school_id,
                                                   const NewInvitation& input) {
  auto invitation = school_invitation(who, school_id, input);
  if (!invitation) return std::nullopt;
  auto found = read_value<std::optional<InvitationView>>(s.store, [&](ReadTx& tx) -> Result<std::optional<InvitationView>> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    auto open = organisation(tx).find_open_invitation_like(*invitation, s.clock.now());
    if (!open) return std::optional<InvitationView>();
    return std::optional<InvitationView>(view_of(tx, std::move(*open)));
  });
  return found ? *found : std::nullopt;
}

Result<std::vector<InvitationView>> list_open_invitations(Services& s, const Principal& who, Id school_id) {
  return read_value<std::vector<InvitationView>>(s.store, [&](ReadTx& tx) -> Result<std::vector<InvitationView>> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    std::vector<InvitationView> out;
    for (auto& invitation : organisation(tx).list_open_invitations(school_id, s.clock.now())) out.push_back(view_of(tx, std::move(invitation)));
    return out;
  });
}

Result<void> revoke_invitation(Services& s, const Principal& who, Id invitation_id) {
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(scope, scope_of_invitation(tx, invitation_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    (void)organisation(tx).append_audit({s.clock.now(), who.user.id, "invitation.revoke", "invitation:" + std::to_string(invitation_id), ""});
    return organisation(tx).delete_invitation(invitation_id);
  });
}

Result<CreatedInvitation> resend_invitation(Services& s, const Principal& who, Id invitation_id) {
  const auto token = s.secrets.new_token();
  SB_TRY(renewed, write_value<CreatedInvitation>(s.store, [&](WriteTx& tx) -> Result<CreatedInvitation> {
    SB_TRY(scope, scope_of_invitation(tx, invitation_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    auto invitation = *organisation(tx).find_invitation(invitation_id);
    if (invitation.accepted_at) return std::unexpected(gone());
    invitation.token_hash = s.secrets.hash_token(token);
    invitation.created_at = s.clock.now();
    invitation.expires_at = invitation.created_at + identity_state(s).settings.invitation_lifetime;
    SB_CHECK(organisation(tx).renew_invitation(invitation_id, invitation.token_hash, invitation.created_at,
                                               invitation.expires_at));
    (void)organisation(tx).append_audit({s.clock.now(), who.user.id, "invitation.resend",
                                         "invitation:" + std::to_string(invitation_id), ""});
    return CreatedInvitation{view_of(tx, std::move(invitation)), "/uitnodiging/" + token};
  }));
  mail_invitation(s, who, renewed);
  return renewed;
}

Result<InvitationView> describe_invitation(Services& s, std::string_view token) {
  if (token.empty() || token.size() > 200) return std::unexpected(gone());
  const auto hash = s.secrets.hash_token(token);
  return read_value<InvitationView>(s.store, [&](ReadTx& tx) -> Result<InvitationView> {
    auto invitation = open_invitation(tx, hash, s.clock.now());
    if (!invitation) return std::unexpected(gone());
    return view_of(tx, std::move(*invitation));
  });
}

Result<SignedIn> accept_invitation(Services& s, std::string_view token, const Acceptance& input) {
  SB_TRY(described, describe_invitation(s, token));
  const auto& email = described.invitation.email;

  // Password work happens before the write transaction. An existing account
  // proves itself through the throttled sign-in check, like /auth/login.
  SB_TRY(existing, read_value<bool>(s.store, [&](ReadTx& tx) -> Result<bool> {
    return organisation(tx).find_user_by_email(email).has_value();
  }));
  std::string new_hash;
  std::optional<std::string> name;
  // Without a name the caller signs in. For an address without an account that
  // fails like a wrong password, in the same time and counted by the same
  // throttle: the answer must not tell whether the address has an account.
  if (existing || input.name.empty()) {
    auto user = verify_credentials(s, email, input.password, input.client_address);
    if (!user) {
      if (user.error().code == ErrorCode::unauthenticated) user.error().field = "password";
      return std::unexpected(user.error());
    }
  } else {
    SB_TRY(cleaned, clean_name("name", input.name));
    SB_CHECK(check_password("password", input.password));
    SB_TRY(hashed, s.hasher.hash(input.password));
    name = std::move(cleaned);
    new_hash = std::move(hashed);
  }

  const auto hash = s.secrets.hash_token(token);
  SB_TRY(signed_in, write_value<SignedIn>(s.store, [&](WriteTx& tx) -> Result<SignedIn> {
    // Checked again inside the transaction: two tabs may accept at once.
    auto invitation = open_invitation(tx, hash, s.clock.now());
    if (!invitation) return std::unexpected(gone());
    auto user = organisation(tx).find_user_by_email(email);
    Id user_id = 0;
    if (user) {
      user_id = user->id;
    } else {
      if (!name) return std::unexpected(gone());  // the account appeared meanwhile; start over
      User fresh;
      fresh.email = email;
      fresh.name = *name;
      fresh.password_hash = new_hash;
      fresh.created_at = s.clock.now();
      SB_TRY(id, organisation(tx).insert_user(fresh));
      user_id = id;
    }
    Membership membership;
    membership.user_id = user_id;
    membership.role = invitation->role;
    // The one place its role is held in (Membership): a team, a school, a bestuur, or the platform.
    if (invitation->team_id) membership.team_id = invitation->team_id;
    else if (invitation->school_id) membership.school_id = invitation->school_id;
    else membership.bestuur_id = invitation->bestuur_id;
    auto inserted = organisation(tx).insert_membership(membership);
    // Already holding this role is fine: the invitation is used up either way.
    if (!inserted && inserted.error().code != ErrorCode::already_exists) return std::unexpected(inserted.error());
    SB_CHECK(organisation(tx).mark_invitation_accepted(invitation->id, s.clock.now()));
    (void)organisation(tx).append_audit({s.clock.now(), user_id, "invitation.accept", "invitation:" + std::to_string(invitation->id), ""});
    return start_session(s, tx, user_id, input.previous_token);
  }));
  // The user may already be signed in elsewhere, and the team's views list its members: on every process the new
  // role counts from the next request.
  s.principals.forget_all();
  s.events.access_changed();
  return signed_in;
}

}  // namespace sb
