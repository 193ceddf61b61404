#include "modules/organisation/sql/sql_organisation_store.h"

#include <algorithm>

namespace sb::sql {
namespace {

User user_from(const Statement& row) {
  User user;
  user.id = row.integer(0);
  user.email = row.text(1);
  user.name = row.text(2);
  user.password_hash = row.text(3);
  user.is_admin = row.integer(4) != 0;
  user.locale = parse_locale(row.text(5)).value_or(Locale::nl);
  user.created_at = row.integer(6);
  return user;
}

School school_from(const Statement& row) {
  School school;
  school.id = row.integer(0);
  school.bestuur_id = row.integer(1);
  school.name = row.text(2);
  school.sector = parse_sector(row.text(3)).value_or(Sector::po);
  school.brin = row.text(4);
  school.region = parse_region(row.text(5)).value_or(Region::midden);
  return school;
}

Team team_from(const Statement& row) {
  return Team{row.integer(0), row.integer(1), row.text(2)};
}

Invitation invitation_from(const Statement& row) {
  Invitation invitation;
  invitation.id = row.integer(0);
  invitation.token_hash = row.text(1);
  invitation.email = row.text(2);
  invitation.role = parse_role(row.text(3)).value_or(Role::leraar);
  invitation.school_id = row.optional_integer(4);
  invitation.team_id = row.optional_integer(5);
  invitation.invited_by = row.integer(6);
  invitation.created_at = row.integer(7);
  invitation.expires_at = row.integer(8);
  invitation.accepted_at = row.optional_integer(9);
  invitation.bestuur_id = row.optional_integer(10);
  return invitation;
}

#define INVITATION_SELECT \
  "SELECT id, token_hash, email, role, school_id, team_id, invited_by, created_at, expires_at, accepted_at, \
          bestuur_id FROM invitations "

std::vector<Invitation> invitations_from(Statement& q) {
  std::vector<Invitation> out;
  while (q.step()) out.push_back(invitation_from(q));
  return out;
}

// `text` as a LIKE pattern that matches it anywhere, its wildcards taken literally (ESCAPE '\\').
std::string contains_pattern(std::string_view text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

// Memberships joined up the tree: a team role also yields its school and bestuur.
#define MEMBERSHIP_VIEW_SELECT \
  "SELECT m.id, m.user_id, m.role, m.team_id, COALESCE(m.school_id, t.school_id),              \
          COALESCE(m.bestuur_id, s.bestuur_id), COALESCE(t.name, ''), COALESCE(s.name, ''),     \
          COALESCE(b.name, ''), u.name, u.email                                                  \
   FROM memberships m                                                                            \
   JOIN users u ON u.id = m.user_id                                                              \
   LEFT JOIN teams t ON t.id = m.team_id                                                         \
   LEFT JOIN schools s ON s.id = COALESCE(m.school_id, t.school_id)                              \
   LEFT JOIN besturen b ON b.id = COALESCE(m.bestuur_id, s.bestuur_id) "

std::vector<MembershipView> memberships_from(Statement& row) {
  std::vector<MembershipView> out;
  while (row.step()) {
    MembershipView view;
    view.id = row.integer(0);
    view.user_id = row.integer(1);
    view.role = parse_role(row.text(2)).value_or(Role::leraar);
    view.team_id = row.optional_integer(3);
    view.school_id = row.optional_integer(4);
    view.bestuur_id = row.optional_integer(5);
    view.team_name = row.text(6);
    view.school_name = row.text(7);
    view.bestuur_name = row.text(8);
    view.user_name = row.text(9);
    view.user_email = row.text(10);
    out.push_back(std::move(view));
  }
  return out;
}

std::string scope_key(const Membership& m) {
  if (m.team_id) return "team:" + std::to_string(*m.team_id);
  if (m.school_id) return "school:" + std::to_string(*m.school_id);
  if (m.bestuur_id) return "bestuur:" + std::to_string(*m.bestuur_id);
  return "platform";
}

Result<void> changed_one(Connection& db, Result<void> result, std::string_view what) {
  if (!result) return result;
  if (db.changes() == 0) return std::unexpected(Error::not_found("No such " + std::string(what) + "."));
  return ok();
}

}  // namespace

std::optional<User> SqlOrganisationStore::find_user(Id id) {
  auto q = db_.prepare("SELECT id, email, name, password_hash, is_admin, locale, created_at FROM users WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return user_from(q);
}

std::optional<User> SqlOrganisationStore::find_user_by_email(std::string_view email) {
  auto q =
      db_.prepare("SELECT id, email, name, password_hash, is_admin, locale, created_at FROM users WHERE email = ?");
  q.bind(1, email);
  if (!q.step()) return std::nullopt;
  return user_from(q);
}

std::int64_t SqlOrganisationStore::count_users() {
  auto q = db_.prepare("SELECT COUNT(*) FROM users");
  return q.step() ? q.integer(0) : 0;
}

std::int64_t SqlOrganisationStore::count_admins() {
  auto q = db_.prepare("SELECT COUNT(*) FROM users WHERE is_admin = 1");
  return q.step() ? q.integer(0) : 0;
}

std::vector<User> SqlOrganisationStore::search_users(std::string_view text, int limit) {
  auto q = db_.prepare(
      "SELECT id, email, name, password_hash, is_admin, locale, created_at FROM users "
      "WHERE lower(name) LIKE lower(?) ESCAPE '\\' OR lower(email) LIKE lower(?) ESCAPE '\\' "
      "ORDER BY lower(name), id LIMIT ?");
  const auto pattern = contains_pattern(text);
  q.bind(1, pattern).bind(2, pattern).bind(3, std::int64_t{limit});
  std::vector<User> out;
  while (q.step()) out.push_back(user_from(q));
  return out;
}

std::optional<Bestuur> SqlOrganisationStore::find_bestuur(Id id) {
  auto q = db_.prepare("SELECT id, name FROM besturen WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return Bestuur{q.integer(0), q.text(1)};
}

std::vector<Bestuur> SqlOrganisationStore::list_besturen() {
  auto q = db_.prepare("SELECT id, name FROM besturen ORDER BY name, id");
  std::vector<Bestuur> out;
  while (q.step()) out.push_back({q.integer(0), q.text(1)});
  return out;
}

std::optional<School> SqlOrganisationStore::find_school(Id id) {
  auto q = db_.prepare("SELECT id, bestuur_id, name, sector, brin, region FROM schools WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return school_from(q);
}

std::optional<School> SqlOrganisationStore::find_school_by_brin(std::string_view brin) {
  auto q = db_.prepare("SELECT id, bestuur_id, name, sector, brin, region FROM schools WHERE brin = ?");
  q.bind(1, brin);
  if (!q.step()) return std::nullopt;
  return school_from(q);
}

std::vector<School> SqlOrganisationStore::list_schools() {
  auto q = db_.prepare("SELECT id, bestuur_id, name, sector, brin, region FROM schools ORDER BY name, id");
  std::vector<School> out;
  while (q.step()) out.push_back(school_from(q));
  return out;
}

std::vector<School> SqlOrganisationStore::list_schools_of_bestuur(Id bestuur_id) {
  auto q = db_.prepare(
      "SELECT id, bestuur_id, name, sector, brin, region FROM schools WHERE bestuur_id = ? ORDER BY name, id");
  q.bind(1, bestuur_id);
  std::vector<School> out;
  while (q.step()) out.push_back(school_from(q));
  return out;
}

std::optional<Team> SqlOrganisationStore::find_team(Id id) {
  auto q = db_.prepare("SELECT id, school_id, name FROM teams WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return team_from(q);
}

std::optional<Scope> SqlOrganisationStore::find_team_scope(Id team_id) {
  auto q = db_.prepare("SELECT t.id, t.school_id, s.bestuur_id FROM teams t JOIN schools s ON s.id = t.school_id WHERE t.id = ?");
  q.bind(1, team_id);
  if (!q.step()) return std::nullopt;
  return Scope{q.integer(0), q.integer(1), q.integer(2)};
}

std::optional<Team> SqlOrganisationStore::find_team_by_name(Id school_id, std::string_view name) {
  auto q = db_.prepare("SELECT id, school_id, name FROM teams WHERE school_id = ? AND name = ?");
  q.bind(1, school_id).bind(2, name);
  if (!q.step()) return std::nullopt;
  return team_from(q);
}

std::vector<Team> SqlOrganisationStore::list_teams_of_school(Id school_id) {
  auto q = db_.prepare("SELECT id, school_id, name FROM teams WHERE school_id = ? ORDER BY name, id");
  q.bind(1, school_id);
  std::vector<Team> out;
  while (q.step()) out.push_back(team_from(q));
  return out;
}

std::optional<Membership> SqlOrganisationStore::find_membership(Id id) {
  auto q = db_.prepare("SELECT id, user_id, role, team_id, school_id, bestuur_id FROM memberships WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  Membership m;
  m.id = q.integer(0);
  m.user_id = q.integer(1);
  m.role = parse_role(q.text(2)).value_or(Role::leraar);
  m.team_id = q.optional_integer(3);
  m.school_id = q.optional_integer(4);
  m.bestuur_id = q.optional_integer(5);
  return m;
}

std::vector<MembershipView> SqlOrganisationStore::list_memberships_of_user(Id user_id) {
  auto q = db_.prepare(MEMBERSHIP_VIEW_SELECT "WHERE m.user_id = ? ORDER BY m.id");
  q.bind(1, user_id);
  return memberships_from(q);
}

std::vector<MembershipView> SqlOrganisationStore::list_memberships_in_school(Id school_id) {
  auto q = db_.prepare(MEMBERSHIP_VIEW_SELECT
                       "WHERE m.school_id = ? OR m.team_id IN (SELECT id FROM teams WHERE school_id = ?) "
                       "ORDER BY u.name, m.id");
  q.bind(1, school_id).bind(2, school_id);
  return memberships_from(q);
}

std::vector<MembershipView> SqlOrganisationStore::list_memberships_in_team(Id team_id) {
  auto q = db_.prepare(MEMBERSHIP_VIEW_SELECT "WHERE m.team_id = ? ORDER BY u.name, m.id");
  q.bind(1, team_id);
  return memberships_from(q);
}

std::optional<Session> SqlOrganisationStore::find_session(std::string_view token_hash) {
  auto q = db_.prepare(
      "SELECT token_hash, user_id, csrf_token, created_at, last_seen_at FROM sessions WHERE token_hash = ?");
  q.bind(1, token_hash);
  if (!q.step()) return std::nullopt;
  return Session{q.text(0), q.integer(1), q.text(2), q.integer(3), q.integer(4)};
}

std::optional<Invitation> SqlOrganisationStore::find_invitation(Id id) {
  auto q = db_.prepare(INVITATION_SELECT "WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return invitation_from(q);
}

std::optional<Invitation> SqlOrganisationStore::find_invitation_by_token(std::string_view token_hash) {
  auto q = db_.prepare(INVITATION_SELECT "WHERE token_hash = ?");
  q.bind(1, token_hash);
  if (!q.step()) return std::nullopt;
  return invitation_from(q);
}

std::vector<Invitation> SqlOrganisationStore::list_open_invitations(Id school_id, UnixTime now) {
  auto q = db_.prepare(INVITATION_SELECT
                       "WHERE school_id = ? AND accepted_at IS NULL AND expires_at >= ? ORDER BY created_at, id");
  q.bind(1, school_id).bind(2, now);
  return invitations_from(q);
}

std::vector<Invitation> SqlOrganisationStore::list_open_invitations_of_roles(const std::vector<Role>& roles,
                                                                             UnixTime now) {
  std::vector<Invitation> out;
  auto q = db_.prepare(INVITATION_SELECT "WHERE accepted_at IS NULL AND expires_at >= ? ORDER BY created_at, id");
  q.bind(1, now);
  for (auto& invitation : invitations_from(q)) {
    if (std::find(roles.begin(), roles.end(), invitation.role) != roles.end()) out.push_back(std::move(invitation));
  }
  return out;
}

std::optional<Invitation> SqlOrganisationStore::find_open_invitation_like(const Invitation& like, UnixTime now) {
  auto q = db_.prepare(
      INVITATION_SELECT
      "WHERE email = ? AND role = ? AND school_id IS NOT DISTINCT FROM ? AND team_id IS NOT DISTINCT FROM ? "
      "AND bestuur_id IS NOT DISTINCT FROM ? "
      "AND accepted_at IS NULL AND expires_at >= ? ORDER BY id DESC LIMIT 1");
  q.bind(1, like.email).bind(2, to_string(like.role)).bind(3, like.school_id).bind(4, like.team_id);
  q.bind(5, like.bestuur_id).bind(6, now);
  if (!q.step()) return std::nullopt;
  return invitation_from(q);
}

std::optional<PasswordReset> SqlOrganisationStore::find_password_reset(std::string_view token_hash) {
  auto q = db_.prepare("SELECT token_hash, user_id, expires_at, used FROM password_resets WHERE token_hash = ?");
  q.bind(1, token_hash);
  if (!q.step()) return std::nullopt;
  return PasswordReset{q.text(0), q.integer(1), q.integer(2), q.integer(3) != 0};
}

std::vector<AuditEntry> SqlOrganisationStore::list_audit(int limit) {
  auto q = db_.prepare("SELECT at, user_id, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?");
  q.bind(1, std::int64_t{limit});
  std::vector<AuditEntry> out;
  while (q.step()) out.push_back({q.integer(0), q.optional_integer(1), q.text(2), q.text(3), q.text(4)});
  return out;
}

Result<Id> SqlOrganisationStore::insert_user(const User& user) {
  auto q = db_.prepare(
      "INSERT INTO users (email, name, password_hash, is_admin, locale, created_at) VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(1, user.email).bind(2, user.name).bind(3, user.password_hash).bind(4, std::int64_t{user.is_admin ? 1 : 0});
  q.bind(5, to_string(user.locale)).bind(6, user.created_at);
  return insert_returning_id(q, "email");
}

Result<void> SqlOrganisationStore::update_user_profile(Id id, std::string_view name, Locale locale) {
  auto q = db_.prepare("UPDATE users SET name = ?, locale = ? WHERE id = ?");
  q.bind(1, name).bind(2, to_string(locale)).bind(3, id);
  return changed_one(db_, q.run(), "user");
}

Result<void> SqlOrganisationStore::update_user_password(Id id, std::string_view password_hash) {
  auto q = db_.prepare("UPDATE users SET password_hash = ? WHERE id = ?");
  q.bind(1, password_hash).bind(2, id);
  return changed_one(db_, q.run(), "user");
}

Result<void> SqlOrganisationStore::set_user_admin(Id id, bool is_admin) {
  auto q = db_.prepare("UPDATE users SET is_admin = ? WHERE id = ?");
  q.bind(1, std::int64_t{is_admin ? 1 : 0}).bind(2, id);
  return changed_one(db_, q.run(), "user");
}

Result<Id> SqlOrganisationStore::insert_bestuur(const Bestuur& bestuur) {
  auto q = db_.prepare("INSERT INTO besturen (name) VALUES (?)");
  q.bind(1, bestuur.name);
  return insert_returning_id(q, "name");
}

Result<Id> SqlOrganisationStore::insert_school(const School& school) {
  auto q = db_.prepare("INSERT INTO schools (bestuur_id, name, sector, brin, region) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, school.bestuur_id).bind(2, school.name).bind(3, to_string(school.sector)).bind(4, school.brin);
  q.bind(5, to_string(school.region));
  return insert_returning_id(q, "brin");
}

Result<void> SqlOrganisationStore::update_school(const School& school) {
  auto q = db_.prepare("UPDATE schools SET name = ?, sector = ?, region = ? WHERE id = ?");
  q.bind(1, school.name).bind(2, to_string(school.sector)).bind(3, to_string(school.region)).bind(4, school.id);
  return changed_one(db_, q.run(), "school");
}

Result<Id> SqlOrganisationStore::insert_team(const Team& team) {
  auto q = db_.prepare("INSERT INTO teams (school_id, name) VALUES (?, ?)");
  q.bind(1, team.school_id).bind(2, team.name);
  return insert_returning_id(q, "name");
}

Result<void> SqlOrganisationStore::rename_team(Id id, std::string_view name) {
  auto q = db_.prepare("UPDATE teams SET name = ? WHERE id = ?");
  q.bind(1, name).bind(2, id);
  auto result = q.run();
  if (!result && result.error().code == ErrorCode::already_exists) result.error().field = "name";
  return changed_one(db_, result, "team");
}

Result<void> SqlOrganisationStore::delete_team(Id id) {
  auto q = db_.prepare("DELETE FROM teams WHERE id = ?");
  q.bind(1, id);
  return changed_one(db_, q.run(), "team");
}

Result<Id> SqlOrganisationStore::insert_membership(const Membership& m) {
  auto q = db_.prepare(
      "INSERT INTO memberships (user_id, role, team_id, school_id, bestuur_id, scope_key) VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(1, m.user_id).bind(2, to_string(m.role)).bind(3, m.team_id).bind(4, m.school_id).bind(5, m.bestuur_id);
  q.bind(6, scope_key(m));
  return insert_returning_id(q, "role");
}

Result<void> SqlOrganisationStore::delete_membership(Id id) {
  auto q = db_.prepare("DELETE FROM memberships WHERE id = ?");
  q.bind(1, id);
  return changed_one(db_, q.run(), "membership");
}

Result<void> SqlOrganisationStore::insert_session(const Session& s) {
  auto q = db_.prepare(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, s.token_hash).bind(2, s.user_id).bind(3, s.csrf_token).bind(4, s.created_at).bind(5, s.last_seen_at);
  return q.run();
}

Result<void> SqlOrganisationStore::touch_session(std::string_view token_hash, UnixTime at) {
  // Never back in time (two requests of one session may finish out of order).
  auto q = db_.prepare("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ? AND last_seen_at < ?");
  q.bind(1, at).bind(2, token_hash).bind(3, at);
  return q.run();
}

Result<void> SqlOrganisationStore::delete_session(std::string_view token_hash) {
  auto q = db_.prepare("DELETE FROM sessions WHERE token_hash = ?");
  q.bind(1, token_hash);
  return q.run();
}

Result<void> SqlOrganisationStore::delete_sessions_of_user(Id user_id) {
  auto q = db_.prepare("DELETE FROM sessions WHERE user_id = ?");
  q.bind(1, user_id);
  return q.run();
}

Result<void> SqlOrganisationStore::delete_sessions_idle_since(UnixTime before, UnixTime created_before) {
  auto q = db_.prepare("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?");
  q.bind(1, before).bind(2, created_before);
  return q.run();
}

Result<Id> SqlOrganisationStore::insert_invitation(const Invitation& i) {
  auto q = db_.prepare(
      "INSERT INTO invitations (token_hash, email, role, school_id, team_id, bestuur_id, invited_by, created_at, "
      "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, i.token_hash).bind(2, i.email).bind(3, to_string(i.role)).bind(4, i.school_id).bind(5, i.team_id);
  q.bind(6, i.bestuur_id).bind(7, i.invited_by).bind(8, i.created_at).bind(9, i.expires_at);
  return insert_returning_id(q, "email");
}

Result<void> SqlOrganisationStore::mark_invitation_accepted(Id id, UnixTime at) {
  auto q = db_.prepare("UPDATE invitations SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL");
  q.bind(1, at).bind(2, id);
  return changed_one(db_, q.run(), "open invitation");
}

Result<void> SqlOrganisationStore::renew_invitation(Id id, std::string_view token_hash, UnixTime created_at,
                                                    UnixTime expires_at) {
  auto q = db_.prepare(
      "UPDATE invitations SET token_hash = ?, created_at = ?, expires_at = ? WHERE id = ? AND accepted_at IS NULL");
  q.bind(1, token_hash).bind(2, created_at).bind(3, expires_at).bind(4, id);
  return changed_one(db_, q.run(), "open invitation");
}

Result<void> SqlOrganisationStore::delete_invitation(Id id) {
  auto q = db_.prepare("DELETE FROM invitations WHERE id = ?");
  q.bind(1, id);
  return changed_one(db_, q.run(), "invitation");
}

Result<void> SqlOrganisationStore::insert_password_reset(const PasswordReset& r) {
  auto q = db_.prepare("INSERT INTO password_resets (token_hash, user_id, expires_at, used) VALUES (?, ?, ?, ?)");
  q.bind(1, r.token_hash).bind(2, r.user_id).bind(3, r.expires_at).bind(4, std::int64_t{r.used ? 1 : 0});
  return q.run();
}

Result<void> SqlOrganisationStore::mark_password_reset_used(std::string_view token_hash) {
  auto q = db_.prepare("UPDATE password_resets SET used = 1 WHERE token_hash = ?");
  q.bind(1, token_hash);
  return changed_one(db_, q.run(), "password reset");
}

Result<void> SqlOrganisationStore::append_audit(const AuditEntry& e) {
  auto q = db_.prepare("INSERT INTO audit_log (at, user_id, action, target, detail) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, e.at).bind(2, e.user_id).bind(3, e.action).bind(4, e.target).bind(5, e.detail);
  return q.run();
}

std::vector<LoginFailures> SqlOrganisationStore::login_failures(const std::vector<std::string>& keys, UnixTime since) {
  std::vector<LoginFailures> out;
  for (const auto& key : keys) {
    auto q = db_.prepare("SELECT key, failures, last_failure FROM login_failures WHERE key = ? AND last_failure >= ?");
    q.bind(1, key).bind(2, since);
    if (q.step()) out.push_back({q.text(0), static_cast<int>(q.integer(1)), q.integer(2)});
  }
  return out;
}

Result<void> SqlOrganisationStore::record_login_failure(std::string_view key, UnixTime at, UnixTime forget_before) {
  auto forget = db_.prepare("DELETE FROM login_failures WHERE last_failure < ?");
  forget.bind(1, forget_before);
  SB_CHECK(forget.run());
  auto q = db_.prepare(
      "INSERT INTO login_failures (key, failures, last_failure) VALUES (?1, 1, ?2) "
      "ON CONFLICT (key) DO UPDATE SET failures = login_failures.failures + 1, last_failure = excluded.last_failure");
  q.bind(1, key).bind(2, at);
  return q.run();
}

Result<void> SqlOrganisationStore::clear_login_failures(std::string_view key) {
  auto q = db_.prepare("DELETE FROM login_failures WHERE key = ?");
  q.bind(1, key);
  return q.run();
}

}  // namespace sb::sql
