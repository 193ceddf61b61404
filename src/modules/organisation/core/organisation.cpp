#include "modules/organisation/core/organisation.h"

#include <algorithm>

#include "kernel/validation.h"

namespace sb {
namespace {

void audit(WriteTx& tx, const Services& s, const Principal& who, std::string action, std::string target,
           std::string detail = {}) {
  (void)organisation(tx).append_audit({s.clock.now(), who.user.id, std::move(action), std::move(target), std::move(detail)});
}

std::string ref(std::string_view kind, Id id) { return std::string(kind) + ":" + std::to_string(id); }

Result<Sector> sector_field(std::string_view text) {
  auto sector = parse_sector(text);
  if (!sector) return std::unexpected(Error::invalid("sector", "Sector must be PO, VO, MBO or HBO."));
  return *sector;
}

Result<Region> region_field(std::string_view text) {
  auto region = parse_region(text);
  if (!region) return std::unexpected(Error::invalid("region", "Region must be noord, midden or zuid."));
  return *region;
}

// Team names are unique within a school (`except`: the team being renamed).
Result<void> check_team_name_free(ReadTx& tx, Id school_id, std::string_view name, std::optional<Id> except) {
  auto other = organisation(tx).find_team_by_name(school_id, name);
  if (other && other->id != except) {
    return std::unexpected(Error{ErrorCode::already_exists, "This school already has a team with this name.", "name"});
  }
  return ok();
}

// Who may do what follows from memberships and the names around them: after
// any change to those, cached principals are forgotten (after the commit).
template <typename T>
Result<T> forgetting_principals(Services& s, Result<T> result) {
  if (result) {
    s.principals.forget_all();
    s.events.access_changed();
  }
  return result;
}

}  // namespace

Result<Scope> scope_of_bestuur(ReadTx& tx, Id bestuur_id) {
  if (!organisation(tx).find_bestuur(bestuur_id)) return std::unexpected(Error::not_found("No such bestuur."));
  return Scope{std::nullopt, std::nullopt, bestuur_id};
}

Result<Scope> scope_of_school(ReadTx& tx, Id school_id) {
  auto school = organisation(tx).find_school(school_id);
  if (!school) return std::unexpected(Error::not_found("No such school."));
  return Scope{std::nullopt, school->id, school->bestuur_id};
}

Result<Scope> scope_of_team(ReadTx& tx, Id team_id) {
  auto scope = organisation(tx).find_team_scope(team_id);
  if (!scope) return std::unexpected(Error::not_found("No such team."));
  return *scope;
}

Result<Scope> scope_of_invitation(ReadTx& tx, Id invitation_id) {
  auto invitation = organisation(tx).find_invitation(invitation_id);
  if (!invitation) return std::unexpected(Error::not_found("No such invitation."));
  if (invitation->school_id) return scope_of_school(tx, *invitation->school_id);
  if (invitation->bestuur_id) return scope_of_bestuur(tx, *invitation->bestuur_id);
  return Scope::platform();
}

Result<Scope> scope_of_membership(ReadTx& tx, Id membership_id) {
  auto membership = organisation(tx).find_membership(membership_id);
  if (!membership) return std::unexpected(Error::not_found("No such membership."));
  if (membership->team_id) return scope_of_team(tx, *membership->team_id);
  if (membership->school_id) return scope_of_school(tx, *membership->school_id);
  if (membership->bestuur_id) return scope_of_bestuur(tx, *membership->bestuur_id);
  return Scope::platform();
}

Result<Role> role_in_school(std::string_view role_text, std::optional<Id> team_id) {
  auto role = parse_role(role_text);
  if (!role || (scope_of(*role) != ScopeKind::team && scope_of(*role) != ScopeKind::school)) {
    return std::unexpected(Error::invalid("role", "Role must be leraar, schoolcoach, schoolleider or expertcoach."));
  }
  const bool team_role = scope_of(*role) == ScopeKind::team;
  if (team_role && !team_id) return std::unexpected(Error::invalid("team_id", "A teacher joins a team: choose one."));
  if (!team_role && team_id) return std::unexpected(Error::invalid("team_id", "This role is held in the school, not a team."));
  return *role;
}

Result<void> check_team_in_school(ReadTx& tx, std::optional<Id> team_id, Id school_id) {
  if (!team_id) return ok();
  auto team = organisation(tx).find_team(*team_id);
  if (!team || team->school_id != school_id) {
    return std::unexpected(Error{ErrorCode::not_found, "No such team in this school.", "team_id"});
  }
  return ok();
}

Result<std::vector<BestuurSummary>> list_besturen(Services& s, const Principal& who) {
  return read_value<std::vector<BestuurSummary>>(s.store, [&](ReadTx& tx) -> Result<std::vector<BestuurSummary>> {
    std::vector<BestuurSummary> out;
    for (auto& bestuur : organisation(tx).list_besturen()) {
      if (!is_allowed(who, Action::view_bestuur, Scope{std::nullopt, std::nullopt, bestuur.id})) continue;
      const auto count = static_cast<std::int64_t>(organisation(tx).list_schools_of_bestuur(bestuur.id).size());
      out.push_back({std::move(bestuur), count});
    }
    return out;
  });
}

Result<Bestuur> create_bestuur(Services& s, const Principal& who, std::string_view name_text) {
  SB_CHECK(authorize(who, Action::administer_platform, Scope::platform()));
  SB_TRY(name, clean_name("name", name_text));
  return write_value<Bestuur>(s.store, [&](WriteTx& tx) -> Result<Bestuur> {
    Bestuur bestuur{0, name};
    SB_TRY(id, organisation(tx).insert_bestuur(bestuur));
    bestuur.id = id;
    audit(tx, s, who, "bestuur.create", ref("bestuur", id), name);
    return bestuur;
  });
}

Result<std::pair<Bestuur, std::vector<School>>> get_bestuur(Services& s, const Principal& who, Id bestuur_id) {
  using Out = std::pair<Bestuur, std::vector<School>>;
  return read_value<Out>(s.store, [&](ReadTx& tx) -> Result<Out> {
    SB_TRY(scope, scope_of_bestuur(tx, bestuur_id));
    SB_CHECK(authorize(who, Action::view_bestuur, scope));
    return Out{*organisation(tx).find_bestuur(bestuur_id), organisation(tx).list_schools_of_bestuur(bestuur_id)};
  });
}

Result<std::vector<School>> list_schools(Services& s, const Principal& who) {
  return read_value<std::vector<School>>(s.store, [&](ReadTx& tx) -> Result<std::vector<School>> {
    std::vector<School> out;
    for (auto& school : organisation(tx).list_schools()) {
      if (is_allowed(who, Action::view_school, Scope{std::nullopt, school.id, school.bestuur_id})) {
        out.push_back(std::move(school));
      }
    }
    return out;
  });
}

std::string bestuur_name_of(Services& s, Id bestuur_id) {
  auto name = read_value<std::string>(s.store, [&](ReadTx& tx) -> Result<std::string> {
    auto bestuur = organisation(tx).find_bestuur(bestuur_id);
    return bestuur ? bestuur->name : std::string();
  });
  return name.value_or("");
}

Result<School> create_school(Services& s, const Principal& who, const NewSchool& input) {
  SB_CHECK(authorize(who, Action::administer_platform, Scope::platform()));
  SB_TRY(name, clean_name("name", input.name));
  SB_TRY(sector, sector_field(input.sector));
  SB_TRY(brin, clean_brin("brin", input.brin));
  SB_TRY(region, region_field(input.region));
  return write_value<School>(s.store, [&](WriteTx& tx) -> Result<School> {
    if (!organisation(tx).find_bestuur(input.bestuur_id)) {
      return std::unexpected(Error{ErrorCode::not_found, "No such bestuur.", "bestuur_id"});
    }
    School school{0, input.bestuur_id, name, sector, brin, region};
    SB_TRY(id, organisation(tx).insert_school(school));
    school.id = id;
    audit(tx, s, who, "school.create", ref("school", id), name);
    return school;
  });
}

Result<SchoolDetail> get_school(Services& s, const Principal& who, Id school_id) {
  return read_value<SchoolDetail>(s.store, [&](ReadTx& tx) -> Result<SchoolDetail> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::view_school, scope));
    SchoolDetail out;
    out.school = *organisation(tx).find_school(school_id);
    if (auto bestuur = organisation(tx).find_bestuur(out.school.bestuur_id)) out.bestuur_name = bestuur->name;
    out.teams = organisation(tx).list_teams_of_school(school_id);
    out.staff = organisation(tx).list_memberships_in_school(school_id);
    return out;
  });
}

Result<School> update_school(Services& s, const Principal& who, Id school_id, const SchoolChange& change) {
  std::optional<std::string> name;
  if (change.name) {
    SB_TRY(cleaned, clean_name("name", *change.name));
    name = cleaned;
  }
  std::optional<Sector> sector;
  if (change.sector) {
    SB_TRY(parsed, sector_field(*change.sector));
    sector = parsed;
  }
  std::optional<Region> region;
  if (change.region) {
    SB_TRY(parsed, region_field(*change.region));
    region = parsed;
  }
  return forgetting_principals(s, write_value<School>(s.store, [&](WriteTx& tx) -> Result<School> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    auto school = *organisation(tx).find_school(school_id);
    if (name) school.name = *name;
    if (sector) school.sector = *sector;
    if (region) school.region = *region;
    SB_CHECK(organisation(tx).update_school(school));
    audit(tx, s, who, "school.update", ref("school", school_id));
    return school;
  }));
}

Result<Team> create_team(Services& s, const Principal& who, Id school_id, std::string_view name_text) {
  SB_TRY(name, clean_name("name", name_text));
  return write_value<Team>(s.store, [&](WriteTx& tx) -> Result<Team> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    SB_CHECK(check_team_name_free(tx, school_id, name, std::nullopt));
    Team team{0, school_id, name};
    SB_TRY(id, organisation(tx).insert_team(team));
    team.id = id;
    audit(tx, s, who, "team.create", ref("team", id), name);
    return team;
  });
}

Result<TeamDetail> get_team(Services& s, const Principal& who, Id team_id) {
  return read_value<TeamDetail>(s.store, [&](ReadTx& tx) -> Result<TeamDetail> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::view_team, scope));
    TeamDetail out;
    out.team = *organisation(tx).find_team(team_id);
    out.school_name = organisation(tx).find_school(out.team.school_id)->name;
    out.members = organisation(tx).list_memberships_in_team(team_id);
    return out;
  });
}

Result<Team> rename_team(Services& s, const Principal& who, Id team_id, std::string_view name_text) {
  SB_TRY(name, clean_name("name", name_text));
  return forgetting_principals(s, write_value<Team>(s.store, [&](WriteTx& tx) -> Result<Team> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::manage_team, scope));
    auto team = *organisation(tx).find_team(team_id);
    SB_CHECK(check_team_name_free(tx, team.school_id, name, team_id));
    SB_CHECK(organisation(tx).rename_team(team_id, name));
    team.name = name;
    audit(tx, s, who, "team.rename", ref("team", team_id), name);
    return team;
  }));
}

Result<void> delete_team(Services& s, const Principal& who, Id team_id) {
  return forgetting_principals(s, s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::manage_team, scope));
    audit(tx, s, who, "team.delete", ref("team", team_id), organisation(tx).find_team(team_id)->name);
    return organisation(tx).delete_team(team_id);
  }));
}

Result<MembershipView> grant_role(Services& s, const Principal& who, Id school_id, Id user_id, std::string_view role_text,
                                  std::optional<Id> team_id) {
  SB_TRY(role, role_in_school(role_text, team_id));
  return forgetting_principals(s, write_value<MembershipView>(s.store, [&](WriteTx& tx) -> Result<MembershipView> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    SB_CHECK(check_team_in_school(tx, team_id, school_id));
    auto staff = organisation(tx).list_memberships_in_school(school_id);
    const bool is_member = std::any_of(staff.begin(), staff.end(), [&](const auto& m) { return m.user_id == user_id; });
    if (!is_member) {
      return std::unexpected(Error{ErrorCode::not_found, "This person is not a member of this school; invite them.", "user_id"});
    }
    Membership membership;
    membership.user_id = user_id;
    membership.role = role;
    if (team_id) membership.team_id = team_id;
    else membership.school_id = school_id;
    SB_TRY(id, organisation(tx).insert_membership(membership));
    audit(tx, s, who, "membership.grant", ref("membership", id),
          std::string(to_string(role)) + " for " + ref("user", user_id));
    for (auto& view : organisation(tx).list_memberships_of_user(user_id)) {
      if (view.id == id) {
        auto user = organisation(tx).find_user(user_id);
        view.user_name = user->name;
        view.user_email = user->email;
        return view;
      }
    }
    return std::unexpected(Error::internal("Membership vanished after insert."));
  }));
}

Result<void> remove_membership(Services& s, const Principal& who, Id membership_id) {
  return forgetting_principals(s, s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(scope, scope_of_membership(tx, membership_id));
    // Bestuur and platform roles are managed by platform admins only.
    if (scope.school_id) SB_CHECK(authorize(who, Action::manage_school, scope));
    else SB_CHECK(authorize(who, Action::administer_platform, Scope::platform()));
    const auto membership = *organisation(tx).find_membership(membership_id);
    if (membership.user_id == who.user.id && membership.role == Role::schoolleider && !who.user.is_admin) {
      return std::unexpected(Error{ErrorCode::failed_precondition,
                                   "You cannot remove your own school leader role; ask another school leader.", ""});
    }
    audit(tx, s, who, "membership.remove", ref("membership", membership_id),
          std::string(to_string(membership.role)) + " of " + ref("user", membership.user_id));
    return organisation(tx).delete_membership(membership_id);
  }));
}

}  // namespace sb
