// The organisation tree and who may manage it, called as the use cases they
// are, against the real store with the demo's schools and people.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/organisation/core/demo.h"
#include "modules/organisation/core/invitations.h"
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/core/test_world.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

class Organisation : public ::testing::Test {
 protected:
  // A member of the school by name, as the school's staff list shows her.
  MembershipView member(const std::string& name, Role role) {
    const auto detail = must(get_school(s, leader, school_id));
    auto found = std::find_if(detail.staff.begin(), detail.staff.end(),
                              [&](const auto& m) { return m.user_name == name && m.role == role; });
    if (found == detail.staff.end()) throw std::runtime_error("no " + name);
    return *found;
  }

  testing::World world{{organisation_demo()}};
  Services& s = world.services();
  Principal leader = world.who(demo("schoolleider"));
  Principal teacher = world.who(demo("leraar"));
  Id school_id = world.school("OBS De Regenboog").id;
  Team own_team = world.team("OBS De Regenboog", "Groep 5-6");
  Team other_school_team = world.team("Het Baken College", "Sectie Nederlands");
};

TEST_F(Organisation, ASchoolLeaderCreatesRenamesAndRemovesATeamWithItsOpenInvitations) {
  const auto team = must(create_team(s, leader, school_id, "  Werkgroep rekenen "));
  EXPECT_EQ(team.name, "Werkgroep rekenen");
  EXPECT_EQ(must(rename_team(s, leader, team.id, "Werkgroep taal")).name, "Werkgroep taal");
  EXPECT_EQ(must(get_team(s, leader, team.id)).team.name, "Werkgroep taal");
  const auto invitation = must(create_invitation(s, leader, school_id, {"nieuw@example.nl", "leraar", team.id}));
  must(delete_team(s, leader, team.id));
  EXPECT_EQ(get_team(s, leader, team.id).error().code, ErrorCode::not_found);
  // Its open invitations went with it.
  EXPECT_TRUE(must(list_open_invitations(s, leader, school_id)).empty());
  const auto token = invitation.link.substr(invitation.link.rfind('/') + 1);
  EXPECT_EQ(describe_invitation(s, token).error().code, ErrorCode::not_found);
}

TEST_F(Organisation, TeamNamesAreUniqueWithinASchool) {
  const auto twice = create_team(s, leader, school_id, "Groep 3-4");
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code, ErrorCode::already_exists);
  EXPECT_EQ(twice.error().field, "name");
  EXPECT_EQ(rename_team(s, leader, own_team.id, "Groep 3-4").error().code, ErrorCode::already_exists);
  EXPECT_TRUE(rename_team(s, leader, own_team.id, "Groep 5-6").has_value());
  // Another school may have a team of that name.
  const auto other_leader = world.who("gerard.timmermans@demo.samenbeter.nl");
  EXPECT_TRUE(create_team(s, other_leader, other_school_team.school_id, "Groep 3-4").has_value());
}

TEST_F(Organisation, AnotherSchoolsTeamAndSchoolAreNotFoundAndListsShowOnlyOnesOwn) {
  for (const auto& who : {leader, teacher}) {
    EXPECT_EQ(get_team(s, who, other_school_team.id).error().code, ErrorCode::not_found);
    EXPECT_EQ(get_school(s, who, other_school_team.school_id).error().code, ErrorCode::not_found);
    EXPECT_EQ(rename_team(s, who, other_school_team.id, "Overgenomen").error().code, ErrorCode::not_found);
    EXPECT_EQ(delete_team(s, who, other_school_team.id).error().code, ErrorCode::not_found);
  }
  EXPECT_EQ(must(get_team(s, world.who(demo("beheer")), other_school_team.id)).team.name, "Sectie Nederlands");

  // Lists show only what the caller has a role in.
  const auto names = [](const std::vector<School>& schools) {
    std::vector<std::string> out;
    for (const auto& school : schools) out.push_back(school.name);
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(names(must(list_schools(s, teacher))), std::vector<std::string>{"OBS De Regenboog"});
  EXPECT_EQ(names(must(list_schools(s, world.who(demo("bestuurder"))))),
            (std::vector<std::string>{"Het Baken College", "OBS De Regenboog"}));
  EXPECT_TRUE(must(list_besturen(s, teacher)).empty());
  EXPECT_EQ(must(list_besturen(s, world.who(demo("bestuurder")))).size(), 1u);
}

TEST_F(Organisation, ATeacherReadsHerTeamAndSchoolButManagesNeither) {
  EXPECT_TRUE(get_team(s, teacher, own_team.id).has_value());
  EXPECT_TRUE(get_school(s, teacher, school_id).has_value());
  EXPECT_EQ(rename_team(s, teacher, own_team.id, "Onze groep").error().code, ErrorCode::permission_denied);
  EXPECT_EQ(delete_team(s, teacher, own_team.id).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(create_team(s, teacher, school_id, "Eigen team").error().code, ErrorCode::permission_denied);
  const auto colleague = member("Eva van Dijk", Role::leraar);
  EXPECT_EQ(grant_role(s, teacher, school_id, colleague.user_id, "schoolcoach", std::nullopt).error().code,
            ErrorCode::permission_denied);
  EXPECT_EQ(remove_membership(s, teacher, colleague.id).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(must(get_team(s, leader, own_team.id)).team.name, "Groep 5-6");
}

TEST_F(Organisation, ASchoolLeaderCannotRemoveHerOwnLeaderRole) {
  const auto own = member("Karin Hofman", Role::schoolleider);
  const auto refused = remove_membership(s, leader, own.id);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::failed_precondition);
  EXPECT_TRUE(create_team(s, world.who(demo("schoolleider")), school_id, "Nog steeds leider").has_value());
}

TEST_F(Organisation, ALeaderNamesAMemberSchoolCoachOnceAndTheRoleOpensTheOtherTeams) {
  const auto eva = member("Eva van Dijk", Role::leraar);
  const auto other_team = world.team("OBS De Regenboog", "Groep 3-4");
  EXPECT_EQ(get_team(s, world.who(eva.user_email), other_team.id).error().code, ErrorCode::permission_denied);

  const auto coach = must(grant_role(s, leader, school_id, eva.user_id, "schoolcoach", std::nullopt));
  EXPECT_EQ(coach.role, Role::schoolcoach);
  EXPECT_EQ(coach.user_name, "Eva van Dijk");
  const auto twice = grant_role(s, leader, school_id, eva.user_id, "schoolcoach", std::nullopt);
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code, ErrorCode::already_exists);
  EXPECT_TRUE(get_team(s, world.who(eva.user_email), other_team.id).has_value());

  must(remove_membership(s, leader, coach.id));
  EXPECT_EQ(get_team(s, world.who(eva.user_email), other_team.id).error().code, ErrorCode::permission_denied);

  // Only a member of the school gets a role there.
  const auto stranger = world.who("gerard.timmermans@demo.samenbeter.nl");
  const auto refused = grant_role(s, leader, school_id, stranger.user.id, "schoolcoach", std::nullopt);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::not_found);
  EXPECT_EQ(refused.error().field, "user_id");
}

TEST_F(Organisation, ATeacherRemovedFromHerTeamLosesTheSchoolAtOnce) {
  const auto eva = member("Eva van Dijk", Role::leraar);
  must(remove_membership(s, leader, eva.id));
  const auto after = world.who(eva.user_email);
  EXPECT_TRUE(after.memberships.empty());
  EXPECT_EQ(get_team(s, after, own_team.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(get_school(s, after, school_id).error().code, ErrorCode::not_found);
}

TEST_F(Organisation, OnlyAPlatformAdminCreatesBesturenAndSchoolsAndABrinCodeIsUnique) {
  EXPECT_EQ(create_bestuur(s, leader, "Eigen bestuur").error().code, ErrorCode::permission_denied);
  const auto admin = world.who(demo("beheer"));
  const auto bestuur = must(create_bestuur(s, admin, "Stichting Nieuw Begin"));
  const auto school = must(create_school(s, admin, {bestuur.id, "Basisschool Het Anker", "PO", "33cc", "noord"}));
  EXPECT_EQ(school.brin, "33CC");
  const auto duplicate = create_school(s, admin, {bestuur.id, "Nog een", "PO", "33CC", "noord"});
  ASSERT_FALSE(duplicate.has_value());
  EXPECT_EQ(duplicate.error().code, ErrorCode::already_exists);
  EXPECT_EQ(duplicate.error().field, "brin");
  EXPECT_EQ(create_school(s, admin, {bestuur.id + 100, "Zwerver", "PO", "44DD", "noord"}).error().field, "bestuur_id");
  EXPECT_EQ(create_school(s, leader, {bestuur.id, "Eigen school", "PO", "45DD", "noord"}).error().code,
            ErrorCode::permission_denied);
}

}  // namespace
}  // namespace sb
