#include "kernel/policy.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

// Two schools under one bestuur, a third under another; team 10 is in school 1.
const Scope kTeam10{10, 1, 100};
const Scope kSchool1{std::nullopt, 1, 100};
const Scope kSchool2{std::nullopt, 2, 100};
const Scope kSchool3{std::nullopt, 3, 200};

Principal with(Role role, std::optional<Id> team, std::optional<Id> school, std::optional<Id> bestuur) {
  Principal p;
  p.user.id = 1;
  MembershipView m;
  m.role = role;
  m.team_id = team;
  m.school_id = school;
  m.bestuur_id = bestuur;
  p.memberships.push_back(m);
  return p;
}

TEST(Policy, TeacherSeesOwnTeamOnly) {
  auto teacher = with(Role::leraar, 10, 1, 100);
  EXPECT_TRUE(is_allowed(teacher, Action::view_team, kTeam10));
  EXPECT_TRUE(is_allowed(teacher, Action::edit_board, kTeam10));
  EXPECT_FALSE(is_allowed(teacher, Action::view_team, Scope{11, 1, 100}));
  EXPECT_FALSE(is_allowed(teacher, Action::manage_team, kTeam10));
  EXPECT_TRUE(is_allowed(teacher, Action::view_school, kSchool1));
  EXPECT_FALSE(is_allowed(teacher, Action::view_school, kSchool2));
  EXPECT_FALSE(is_allowed(teacher, Action::manage_school, kSchool1));
}

TEST(Policy, SchoolLeaderManagesOwnSchoolOnly) {
  auto leader = with(Role::schoolleider, std::nullopt, 1, 100);
  EXPECT_TRUE(is_allowed(leader, Action::manage_school, kSchool1));
  EXPECT_TRUE(is_allowed(leader, Action::manage_team, kTeam10));
  EXPECT_TRUE(is_allowed(leader, Action::edit_board, kTeam10));
  EXPECT_FALSE(is_allowed(leader, Action::manage_school, kSchool2));
  EXPECT_FALSE(is_allowed(leader, Action::view_school, kSchool3));
  EXPECT_FALSE(is_allowed(leader, Action::administer_platform, Scope::platform()));
}

TEST(Policy, CoachEditsBoardsButDoesNotManage) {
  auto coach = with(Role::schoolcoach, std::nullopt, 1, 100);
  EXPECT_TRUE(is_allowed(coach, Action::edit_board, kTeam10));
  EXPECT_TRUE(is_allowed(coach, Action::view_team, kTeam10));
  EXPECT_FALSE(is_allowed(coach, Action::manage_school, kSchool1));
}

TEST(Policy, ExpertCoachAndBestuurderOnlyRead) {
  auto expert = with(Role::expertcoach, std::nullopt, 1, 100);
  EXPECT_TRUE(is_allowed(expert, Action::view_board, kTeam10));
  EXPECT_FALSE(is_allowed(expert, Action::edit_board, kTeam10));
  auto bestuurder = with(Role::bestuurder, std::nullopt, std::nullopt, 100);
  EXPECT_TRUE(is_allowed(bestuurder, Action::view_bestuur, Scope{std::nullopt, std::nullopt, 100}));
  EXPECT_TRUE(is_allowed(bestuurder, Action::view_school, kSchool2));
  EXPECT_TRUE(is_allowed(bestuurder, Action::view_board, kTeam10));
  EXPECT_FALSE(is_allowed(bestuurder, Action::edit_board, kTeam10));
  EXPECT_FALSE(is_allowed(bestuurder, Action::manage_school, kSchool1));
  EXPECT_FALSE(is_allowed(bestuurder, Action::view_school, kSchool3));
}

TEST(Policy, ProgrammeManagerSeesNoSchoolWithoutGrant) {
  auto manager = with(Role::programmabeheerder, std::nullopt, std::nullopt, std::nullopt);
  EXPECT_FALSE(is_allowed(manager, Action::view_school, kSchool1));
  EXPECT_FALSE(is_allowed(manager, Action::view_board, kTeam10));
}

TEST(Policy, AdminMayDoEverything) {
  Principal admin;
  admin.user.is_admin = true;
  EXPECT_TRUE(is_allowed(admin, Action::administer_platform, Scope::platform()));
  EXPECT_TRUE(is_allowed(admin, Action::manage_school, kSchool3));
}

TEST(Policy, NobodyWithoutMemberships) {
  Principal nobody;
  EXPECT_FALSE(authorize(nobody, Action::view_school, kSchool1).has_value());
  EXPECT_EQ(authorize(nobody, Action::view_school, kSchool1).error().code, ErrorCode::not_found);
  EXPECT_EQ(authorize(nobody, Action::administer_platform, Scope::platform()).error().code, ErrorCode::permission_denied);
}

TEST(Policy, AnotherSchoolsThingIsNotFoundButOwnSchoolIsDenied) {
  auto teacher = with(Role::leraar, 10, 1, 100);
  EXPECT_EQ(authorize(teacher, Action::manage_school, kSchool1).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(authorize(teacher, Action::view_school, kSchool3).error().code, ErrorCode::not_found);
  auto bestuurder = with(Role::bestuurder, std::nullopt, std::nullopt, 100);
  EXPECT_EQ(authorize(bestuurder, Action::manage_school, kSchool1).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(authorize(bestuurder, Action::view_school, kSchool3).error().code, ErrorCode::not_found);
}

// Student voice: a teacher runs rounds in her own team; a school leader sees the school's counts and may read
// a round (the use case then shows only shared ones); a coach, an expert coach and a bestuurder see neither.
TEST(Policy, VoiceRoundsBelongToTeachersAndLeadersSeeCounts) {
  auto teacher = with(Role::leraar, 10, 1, 100);
  EXPECT_TRUE(is_allowed(teacher, Action::run_voice_rounds, kTeam10));
  EXPECT_TRUE(is_allowed(teacher, Action::view_voice_round, kTeam10));
  EXPECT_FALSE(is_allowed(teacher, Action::run_voice_rounds, Scope{11, 1, 100}));
  EXPECT_FALSE(is_allowed(teacher, Action::view_voice_overview, kSchool1));
  auto leader = with(Role::schoolleider, std::nullopt, 1, 100);
  EXPECT_FALSE(is_allowed(leader, Action::run_voice_rounds, kTeam10));
  EXPECT_TRUE(is_allowed(leader, Action::view_voice_round, kTeam10));
  EXPECT_TRUE(is_allowed(leader, Action::view_voice_overview, kSchool1));
  EXPECT_FALSE(is_allowed(leader, Action::view_voice_overview, kSchool2));
  for (auto role : {Role::schoolcoach, Role::expertcoach}) {
    auto other = with(role, std::nullopt, 1, 100);
    EXPECT_FALSE(is_allowed(other, Action::view_voice_round, kTeam10));
    EXPECT_FALSE(is_allowed(other, Action::view_voice_overview, kSchool1));
  }
  auto bestuurder = with(Role::bestuurder, std::nullopt, std::nullopt, 100);
  EXPECT_FALSE(is_allowed(bestuurder, Action::view_voice_round, kTeam10));
  EXPECT_FALSE(is_allowed(bestuurder, Action::view_voice_overview, kSchool1));
}

}  // namespace
}  // namespace sb
