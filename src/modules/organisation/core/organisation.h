// Use cases of the organisation tree: besturen, schools, teams and the
// memberships that give people roles in them. Each function checks access
// through the policy, validates its input and runs in one unit of work.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/organisation/core/store.h"

namespace sb {

struct BestuurSummary {
  Bestuur bestuur;
  std::int64_t school_count = 0;
};

struct SchoolDetail {
  School school;
  std::string bestuur_name;
  std::vector<Team> teams;
  std::vector<MembershipView> staff;  // every membership in the school and its teams
};

struct TeamDetail {
  Team team;
  std::string school_name;
  std::vector<MembershipView> members;
};

struct NewSchool {
  Id bestuur_id = 0;
  std::string name;
  std::string sector;
  std::string brin;
  std::string region;
};

struct SchoolChange {
  std::optional<std::string> name;
  std::optional<std::string> sector;
  std::optional<std::string> region;
};

// Resolves where a school or team lives, for the policy. not_found for unknown ids.
Result<Scope> scope_of_school(ReadTx& tx, Id school_id);
Result<Scope> scope_of_team(ReadTx& tx, Id team_id);
Result<Scope> scope_of_bestuur(ReadTx& tx, Id bestuur_id);
// An invitation and a membership live in their team, school or bestuur, or on the platform.
Result<Scope> scope_of_invitation(ReadTx& tx, Id invitation_id);
Result<Scope> scope_of_membership(ReadTx& tx, Id membership_id);

Result<std::vector<BestuurSummary>> list_besturen(Services& s, const Principal& who);
Result<Bestuur> create_bestuur(Services& s, const Principal& who, std::string_view name);
Result<std::pair<Bestuur, std::vector<School>>> get_bestuur(Services& s, const Principal& who, Id bestuur_id);

Result<std::vector<School>> list_schools(Services& s, const Principal& who);
Result<School> create_school(Services& s, const Principal& who, const NewSchool& input);
Result<SchoolDetail> get_school(Services& s, const Principal& who, Id school_id);
Result<School> update_school(Services& s, const Principal& who, Id school_id, const SchoolChange& change);
std::string bestuur_name_of(Services& s, Id bestuur_id);

Result<Team> create_team(Services& s, const Principal& who, Id school_id, std::string_view name);
Result<TeamDetail> get_team(Services& s, const Principal& who, Id team_id);
Result<Team> rename_team(Services& s, const Principal& who, Id team_id, std::string_view name);
Result<void> delete_team(Services& s, const Principal& who, Id team_id);

// A role held within a school, as given by an invitation or grant_role: a
// school role without a team, or leraar with one (invalid_argument otherwise).
Result<Role> role_in_school(std::string_view role_text, std::optional<Id> team_id);
// A team named for a role must be one of the school's (not_found, field "team_id").
Result<void> check_team_in_school(ReadTx& tx, std::optional<Id> team_id, Id school_id);

// Gives a member of the school another role there (e.g. names a school coach).
Result<MembershipView> grant_role(Services& s, const Principal& who, Id school_id, Id user_id, std::string_view role,
                                  std::optional<Id> team_id);
Result<void> remove_membership(Services& s, const Principal& who, Id membership_id);

}  // namespace sb
