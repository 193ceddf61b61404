// The entities of the organisation module: the organisation tree (bestuur ->
// school -> team), the memberships that tie people to it, invitations,
// password resets and the audit trail. People, roles and sessions are the
// kernel's (kernel/model.h).
//
// Plain value types without behaviour. Thread-safety: plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kernel/model.h"

namespace sb {

enum class Sector { po, vo, mbo, hbo };
enum class Region { noord, midden, zuid };

std::string_view to_string(Sector sector);  // "PO", "VO", "MBO", "HBO"
std::string_view to_string(Region region);  // "noord", "midden", "zuid"
std::optional<Sector> parse_sector(std::string_view text);
std::optional<Region> parse_region(std::string_view text);

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

// Where an invitation leads, as for a membership (scope_of(role)): a team role
// names its team and that team's school, a school role its school, a bestuur
// role its bestuur; a platform role (programmabeheerder) none of them.
struct Invitation {
  Id id = 0;
  std::string token_hash;
  std::string email;
  Role role = Role::leraar;
  std::optional<Id> school_id;   // set for team and school roles
  std::optional<Id> team_id;     // set for team roles
  std::optional<Id> bestuur_id;  // set for bestuur roles
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

// Failed sign-ins counted under one key ("account:<e-mail>", "address:<ip>"), kept in the store so every
// server process throttles on the same counts.
struct LoginFailures {
  std::string key;
  int failures = 0;
  UnixTime last_failure = 0;
};

}  // namespace sb
