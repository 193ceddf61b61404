// The entities of the foundation: people, the organisation tree (bestuur ->
// school -> team) and the roles that tie people to it.
//
// Plain value types without behaviour; rules live in policy.h and the use
// cases. Thread-safety: plain values, safe to copy between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sb {

using Id = std::int64_t;
// Seconds since the Unix epoch, UTC. All times in core are this type.
using UnixTime = std::int64_t;

enum class Sector { po, vo, mbo, hbo };
enum class Region { noord, midden, zuid };

// The roles a membership can carry. The platform admin is a flag on the user,
// not a membership, because it has no scope.
enum class Role { leraar, schoolcoach, schoolleider, bestuurder, expertcoach, programmabeheerder };

// Which part of the organisation a role is held in.
enum class ScopeKind { team, school, bestuur, platform };

ScopeKind scope_of(Role role);

std::string_view to_string(Sector sector);  // "PO", "VO", "MBO", "HBO"
std::string_view to_string(Region region);  // "noord", "midden", "zuid"
std::string_view to_string(Role role);      // "leraar", ...
std::optional<Sector> parse_sector(std::string_view text);
std::optional<Region> parse_region(std::string_view text);
std::optional<Role> parse_role(std::string_view text);

enum class Locale { nl, en };
std::string_view to_string(Locale locale);
std::optional<Locale> parse_locale(std::string_view text);

struct User {
  Id id = 0;
  std::string email;  // lower-cased, unique
  std::string name;
  std::string password_hash;  // Argon2id string; empty when no password is set yet
  bool is_admin = false;
  Locale locale = Locale::nl;
  UnixTime created_at = 0;
};

struct Bestuur {
  Id id = 0;
  std::string name;
};

struct School {
  Id id = 0;
  Id bestuur_id = 0;
  std::string name;
  Sector sector = Sector::po;
  std::string brin;  // 2 digits + 2 capital letters, unique
  Region region = Region::midden;
};

struct Team {
  Id id = 0;
  Id school_id = 0;
  std::string name;
};

// A role held by a user in one scope. Exactly one of team_id, school_id,
// bestuur_id is set, according to scope_of(role); programmabeheerder has none.
struct Membership {
  Id id = 0;
  Id user_id = 0;
  Role role = Role::leraar;
  std::optional<Id> team_id;
  std::optional<Id> school_id;
  std::optional<Id> bestuur_id;
};

// A membership with its scope resolved up the tree and named, as the policy
// and the API need it: a leraar's membership also carries the team's school
// and that school's bestuur.
struct MembershipView {
  Id id = 0;
  Id user_id = 0;
  Role role = Role::leraar;
  std::optional<Id> team_id;
  std::optional<Id> school_id;
  std::optional<Id> bestuur_id;
  std::string team_name;
  std::string school_name;
  std::string bestuur_name;
  // Filled where the view is listed per person (staff lists).
  std::string user_name;
  std::string user_email;
};

struct Session {
  std::string token_hash;  // hex of a keyed hash of the cookie token; the token itself is never stored
  Id user_id = 0;
  std::string csrf_token;
  UnixTime created_at = 0;
  UnixTime last_seen_at = 0;
};

struct Invitation {
  Id id = 0;
  std::string token_hash;
  std::string email;
  Role role = Role::leraar;
  Id school_id = 0;              // the school the invitation belongs to
  std::optional<Id> team_id;     // set for team roles
  Id invited_by = 0;
  UnixTime created_at = 0;
  UnixTime expires_at = 0;
  std::optional<UnixTime> accepted_at;
};

struct PasswordReset {
  std::string token_hash;
  Id user_id = 0;
  UnixTime expires_at = 0;
  bool used = false;
};

// One line of the audit trail: who did what to which thing.
struct AuditEntry {
  UnixTime at = 0;
  std::optional<Id> user_id;
  std::string action;  // e.g. "login", "login_failed", "team.create", "access_denied"
  std::string target;  // e.g. "team:12"
  std::string detail;  // short, never a secret
};

}  // namespace sb
