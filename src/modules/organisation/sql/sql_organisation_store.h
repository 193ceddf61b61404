// The organisation module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (OrganisationWrites) over the unit of work's connection. Made once per
// connection by organisation_sql(). Thread-safety: as the connection —
// one unit of work at a time.
#pragma once

#include "modules/organisation/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlOrganisationStore final : public OrganisationWrites, Part {
 public:
  explicit SqlOrganisationStore(Connection& connection) : Part(connection) {}

  std::optional<User> find_user(Id id) override;
  std::optional<User> find_user_by_email(std::string_view email) override;
  std::int64_t count_users() override;
  std::int64_t count_admins() override;
  std::vector<User> search_users(std::string_view text, int limit) override;
  std::optional<Bestuur> find_bestuur(Id id) override;
  std::vector<Bestuur> list_besturen() override;
  std::optional<School> find_school(Id id) override;
  std::optional<School> find_school_by_brin(std::string_view brin) override;
  std::vector<School> list_schools() override;
  std::vector<School> list_schools_of_bestuur(Id bestuur_id) override;
  std::optional<Team> find_team(Id id) override;
  std::optional<Scope> find_team_scope(Id team_id) override;
  std::optional<Team> find_team_by_name(Id school_id, std::string_view name) override;
  std::vector<Team> list_teams_of_school(Id school_id) override;
  std::optional<Membership> find_membership(Id id) override;
  std::vector<MembershipView> list_memberships_of_user(Id user_id) override;
  std::vector<MembershipView> list_memberships_in_school(Id school_id) override;
  std::vector<MembershipView> list_memberships_in_team(Id team_id) override;
  std::optional<Session> find_session(std::string_view token_hash) override;
  std::optional<Invitation> find_invitation(Id id) override;
  std::optional<Invitation> find_invitation_by_token(std::string_view token_hash) override;
  std::vector<Invitation> list_open_invitations(Id school_id, UnixTime now) override;
  std::vector<Invitation> list_open_invitations_of_roles(const std::vector<Role>& roles, UnixTime now) override;
  std::optional<Invitation> find_open_invitation_like(const Invitation& like, UnixTime now) override;
  std::optional<PasswordReset> find_password_reset(std::string_view token_hash) override;
  std::vector<AuditEntry> list_audit(int limit) override;
  std::vector<LoginFailures> login_failures(const std::vector<std::string>& keys, UnixTime since) override;

  Result<Id> insert_user(const User& user) override;
  Result<void> update_user_profile(Id id, std::string_view name, Locale locale) override;
  Result<void> update_user_password(Id id, std::string_view password_hash) override;
  Result<void> set_user_admin(Id id, bool is_admin) override;
  Result<Id> insert_bestuur(const Bestuur& bestuur) override;
  Result<Id> insert_school(const School& school) override;
  Result<void> update_school(const School& school) override;
  Result<Id> insert_team(const Team& team) override;
  Result<void> rename_team(Id id, std::string_view name) override;
  Result<void> delete_team(Id id) override;
  Result<Id> insert_membership(const Membership& membership) override;
  Result<void> delete_membership(Id id) override;
  Result<void> insert_session(const Session& session) override;
  Result<void> touch_session(std::string_view token_hash, UnixTime at) override;
  Result<void> delete_session(std::string_view token_hash) override;
  Result<void> delete_sessions_of_user(Id user_id) override;
  Result<void> delete_sessions_idle_since(UnixTime before, UnixTime created_before) override;
  Result<Id> insert_invitation(const Invitation& invitation) override;
  Result<void> mark_invitation_accepted(Id id, UnixTime at) override;
  Result<void> renew_invitation(Id id, std::string_view token_hash, UnixTime created_at, UnixTime expires_at) override;
  Result<void> delete_invitation(Id id) override;
  Result<void> insert_password_reset(const PasswordReset& reset) override;
  Result<void> mark_password_reset_used(std::string_view token_hash) override;
  Result<void> append_audit(const AuditEntry& entry) override;
  Result<void> record_login_failure(std::string_view key, UnixTime at, UnixTime forget_before) override;
  Result<void> clear_login_failures(std::string_view key) override;
};

}  // namespace sb::sql
