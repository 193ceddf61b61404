// The organisation module's part of a unit of work (kernel/ports/store.h):
// users, the organisation tree, memberships, sessions, invitations, password
// resets and the audit trail. organisation(tx) hands it out; each store
// implementation (modules/organisation/sqlite) implements it, and the
// module's contract suite (modules/organisation/contract) holds every one to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/policy.h"
#include "kernel/ports/store.h"
#include "modules/organisation/core/model.h"

namespace sb {

class OrganisationReads {
 public:
  virtual ~OrganisationReads() = default;

  // Users.
  virtual std::optional<User> find_user(Id id) = 0;
  virtual std::optional<User> find_user_by_email(std::string_view email) = 0;
  virtual std::int64_t count_users() = 0;
  virtual std::int64_t count_admins() = 0;
  // People whose name or e-mail address contains `text` (case-insensitive for
  // ASCII letters; empty matches everyone), by name, at most `limit`.
  virtual std::vector<User> search_users(std::string_view text, int limit) = 0;

  // Organisation.
  virtual std::optional<Bestuur> find_bestuur(Id id) = 0;
  virtual std::vector<Bestuur> list_besturen() = 0;
  virtual std::optional<School> find_school(Id id) = 0;
  virtual std::optional<School> find_school_by_brin(std::string_view brin) = 0;
  virtual std::vector<School> list_schools() = 0;
  virtual std::vector<School> list_schools_of_bestuur(Id bestuur_id) = 0;
  virtual std::optional<Team> find_team(Id id) = 0;
  // The team, its school and bestuur, in one query: the scope that access to anything of the team is decided on.
  virtual std::optional<Scope> find_team_scope(Id team_id) = 0;
  virtual std::optional<Team> find_team_by_name(Id school_id, std::string_view name) = 0;
  virtual std::vector<Team> list_teams_of_school(Id school_id) = 0;

  // Memberships, resolved up the tree (see MembershipView).
  virtual std::optional<Membership> find_membership(Id id) = 0;
  virtual std::vector<MembershipView> list_memberships_of_user(Id user_id) = 0;
  // Every membership held in the school or in one of its teams, with user names.
  virtual std::vector<MembershipView> list_memberships_in_school(Id school_id) = 0;
  virtual std::vector<MembershipView> list_memberships_in_team(Id team_id) = 0;

  // Sessions.
  virtual std::optional<Session> find_session(std::string_view token_hash) = 0;

  // Invitations and password resets.
  virtual std::optional<Invitation> find_invitation(Id id) = 0;
  virtual std::optional<Invitation> find_invitation_by_token(std::string_view token_hash) = 0;
  virtual std::vector<Invitation> list_open_invitations(Id school_id, UnixTime now) = 0;
  // Open invitations for one of these roles, wherever they lead, oldest first.
  virtual std::vector<Invitation> list_open_invitations_of_roles(const std::vector<Role>& roles, UnixTime now) = 0;
  // The open invitation of this address into the same role and place (team,
  // school, bestuur) as `like`, if there is one.
  virtual std::optional<Invitation> find_open_invitation_like(const Invitation& like, UnixTime now) = 0;
  virtual std::optional<PasswordReset> find_password_reset(std::string_view token_hash) = 0;

  // Audit trail, newest first.
  virtual std::vector<AuditEntry> list_audit(int limit) = 0;

  // The sign-in failures counted under each key (an account, an address) since `since`, shared by every
  // server process; keys without failures in that time are left out.
  virtual std::vector<LoginFailures> login_failures(const std::vector<std::string>& keys, UnixTime since) = 0;
};

class OrganisationWrites : public OrganisationReads {
 public:
  // Users. insert_user fails with already_exists (field "email") on a duplicate.
  virtual Result<Id> insert_user(const User& user) = 0;
  virtual Result<void> update_user_profile(Id id, std::string_view name, Locale locale) = 0;
  virtual Result<void> update_user_password(Id id, std::string_view password_hash) = 0;
  virtual Result<void> set_user_admin(Id id, bool is_admin) = 0;

  // Organisation. Duplicates fail with already_exists naming the field.
  virtual Result<Id> insert_bestuur(const Bestuur& bestuur) = 0;
  virtual Result<Id> insert_school(const School& school) = 0;
  virtual Result<void> update_school(const School& school) = 0;
  virtual Result<Id> insert_team(const Team& team) = 0;
  virtual Result<void> rename_team(Id id, std::string_view name) = 0;
  // Removes the team with its memberships and invitations.
  virtual Result<void> delete_team(Id id) = 0;

  // Memberships. A duplicate (same user, role, scope) fails with already_exists.
  virtual Result<Id> insert_membership(const Membership& membership) = 0;
  virtual Result<void> delete_membership(Id id) = 0;

  // Sessions.
  virtual Result<void> insert_session(const Session& session) = 0;
  virtual Result<void> touch_session(std::string_view token_hash, UnixTime at) = 0;
  virtual Result<void> delete_session(std::string_view token_hash) = 0;
  virtual Result<void> delete_sessions_of_user(Id user_id) = 0;
  virtual Result<void> delete_sessions_idle_since(UnixTime before, UnixTime created_before) = 0;

  // Invitations and password resets.
  virtual Result<Id> insert_invitation(const Invitation& invitation) = 0;
  virtual Result<void> mark_invitation_accepted(Id id, UnixTime at) = 0;
  // A new link for an open invitation: the old token stops working (not_found when it is not open).
  virtual Result<void> renew_invitation(Id id, std::string_view token_hash, UnixTime created_at,
                                        UnixTime expires_at) = 0;
  virtual Result<void> delete_invitation(Id id) = 0;
  virtual Result<void> insert_password_reset(const PasswordReset& reset) = 0;
  virtual Result<void> mark_password_reset_used(std::string_view token_hash) = 0;

  virtual Result<void> append_audit(const AuditEntry& entry) = 0;

  // One more failure under `key` at `at`; a count whose last failure is before `forget_before` starts again.
  // Counts last failed before `forget_before` are removed.
  virtual Result<void> record_login_failure(std::string_view key, UnixTime at, UnixTime forget_before) = 0;
  virtual Result<void> clear_login_failures(std::string_view key) = 0;
};

inline OrganisationReads& organisation(ReadTx& tx) {
  return tx.part<OrganisationReads>();
}
inline OrganisationWrites& organisation(WriteTx& tx) {
  return tx.part<OrganisationWrites>();
}

}  // namespace sb
