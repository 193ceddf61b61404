// The words every module shares: ids and times, the roles people hold, who a
// user is, and the session of a signed-in user. The organisation's own
// entities (besturen, schools, teams, invitations, ...) live in the
// organisation module (modules/organisation/core/model.h).
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

// The roles a membership can carry. The platform admin is a flag on the user,
// not a membership, because it has no scope.
enum class Role { leraar, schoolcoach, schoolleider, bestuurder, expertcoach, programmabeheerder };

// Which part of the organisation a role is held in.
enum class ScopeKind { team, school, bestuur, platform };

ScopeKind scope_of(Role role);

std::string_view to_string(Role role);  // "leraar", ...
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

}  // namespace sb
