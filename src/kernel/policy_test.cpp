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

TEST(Policy, TheRhythmAboveTheTeamIsForTheSchoolsLeadershipCoachesAndBestuur) {
  const Scope bestuur{std::nullopt, std::nullopt, 100};
  auto teacher = with(Role::leraar, 10, 1, 100);
  EXPECT_FALSE(is_allowed(teacher, Action::view_rhythm, kSchool1));
  EXPECT_TRUE(is_allowed(teacher, Action::view_board, kTeam10));  // her own team's rhythm goes with its board
  EXPECT_EQ(authorize(with(Role::schoolleider, std::nullopt, 1, 100), Action::view_rhythm, kSchool3).error().code,
            ErrorCode::not_found);
  EXPECT_TRUE(is_allowed(with(Role::schoolleider, std::nullopt, 1, 100), Action::view_rhythm, kSchool1));
  EXPECT_TRUE(is_allowed(with(Role::schoolcoach, std::nullopt, 1, 100), Action::view_rhythm, kSchool1));
  EXPECT_TRUE(is_allowed(with(Role::expertcoach, std::nullopt, 1, 100), Action::view_rhythm, kSchool1));
  EXPECT_FALSE(is_allowed(with(Role::schoolleider, std::nullopt, 1, 100), Action::view_rhythm, bestuur));
  auto bestuurder = with(Role::bestuurder, std::nullopt, std::nullopt, 100);
  EXPECT_TRUE(is_allowed(bestuurder, Action::view_rhythm, bestuur));
  EXPECT_TRUE(is_allowed(bestuurder, Action::view_rhythm, kSchool1));
  EXPECT_FALSE(is_allowed(bestuurder, Action::view_rhythm, kSchool3));
}

TEST(Policy, StrategicGoalsAreTheBestuurdersAndHolidaysTheProgrammeStaffs) {
  const Scope bestuur{std::nullopt, std::nullopt, 100};
  EXPECT_TRUE(is_allowed(with(Role::bestuurder, std::nullopt, std::nullopt, 100), Action::manage_strategic_goals, bestuur));
  EXPECT_FALSE(is_allowed(with(Role::bestuurder, std::nullopt, std::nullopt, 200), Action::manage_strategic_goals, bestuur));
  EXPECT_EQ(authorize(with(Role::schoolleider, std::nullopt, 1, 100), Action::manage_strategic_goals, bestuur).error().code,
            ErrorCode::permission_denied);
  EXPECT_TRUE(is_allowed(with(Role::programmabeheerder, std::nullopt, std::nullopt, std::nullopt), Action::manage_holidays,
                         Scope::platform()));
  EXPECT_FALSE(is_allowed(with(Role::schoolleider, std::nullopt, 1, 100), Action::manage_holidays, Scope::platform()));
}

TEST(Policy, OnlyProgrammeStaffManageProgrammes) {
  auto manager = with(Role::programmabeheerder, std::nullopt, std::nullopt, std::nullopt);
  EXPECT_TRUE(is_allowed(manager, Action::manage_programmes, Scope::platform()));
  auto leader = with(Role::schoolleider, std::nullopt, 1, 100);
  EXPECT_EQ(authorize(leader, Action::manage_programmes, Scope::platform()).error().code, ErrorCode::permission_denied);
  auto bestuurder = with(Role::bestuurder, std::nullopt, std::nullopt, 100);
  EXPECT_FALSE(is_allowed(bestuurder, Action::manage_programmes, Scope::platform()));
  Principal admin;
  admin.user.is_admin = true;
  EXPECT_TRUE(is_allowed(admin, Action::manage_programmes, Scope::platform()));
}

}  // namespace
}  // namespace sb

namespace sb {
namespace {

TEST(Policy, TrajectoryIsSeenByTheSchoolAndRunByProgrammeStaffAndItsExpertCoach) {
  auto staff = with(Role::programmabeheerder, std::nullopt, std::nullopt, std::nullopt);
  auto expert = with(Role::expertcoach, std::nullopt, 1, 100);
  auto leader = with(Role::schoolleider, std::nullopt, 1, 100);
  auto coach = with(Role::schoolcoach, std::nullopt, 1, 100);
  auto bestuurder = with(Role::bestuurder, std::nullopt, std::nullopt, 100);
  auto teacher = with(Role::leraar, 10, 1, 100);
  for (const auto& who : {staff, expert, leader, coach, bestuurder}) {
    EXPECT_TRUE(is_allowed(who, Action::view_trajectory, kSchool1));
  }
  EXPECT_FALSE(is_allowed(teacher, Action::view_trajectory, kSchool1));
  EXPECT_FALSE(is_allowed(leader, Action::view_trajectory, kSchool2));
  EXPECT_FALSE(is_allowed(expert, Action::view_trajectory, kSchool2));
  EXPECT_FALSE(is_allowed(bestuurder, Action::view_trajectory, kSchool3));
  EXPECT_TRUE(is_allowed(staff, Action::view_trajectory, kSchool3));

  EXPECT_TRUE(is_allowed(staff, Action::run_trajectory, kSchool3));
  EXPECT_TRUE(is_allowed(expert, Action::run_trajectory, kSchool1));
  EXPECT_TRUE(is_allowed(expert, Action::plan_visits, kSchool1));
  EXPECT_FALSE(is_allowed(expert, Action::plan_visits, kSchool2));
  EXPECT_FALSE(is_allowed(leader, Action::run_trajectory, kSchool1));
  EXPECT_FALSE(is_allowed(leader, Action::plan_visits, kSchool1));

  EXPECT_TRUE(is_allowed(staff, Action::manage_trajectories, Scope::platform()));
  EXPECT_FALSE(is_allowed(expert, Action::manage_trajectories, kSchool1));
  EXPECT_FALSE(is_allowed(leader, Action::manage_trajectories, Scope::platform()));
  // Outside their school an expert coach gets 404, as for a missing school.
  EXPECT_EQ(authorize(expert, Action::plan_visits, kSchool3).error().code, ErrorCode::not_found);
  EXPECT_EQ(authorize(leader, Action::plan_visits, kSchool1).error().code, ErrorCode::permission_denied);
}

TEST(Policy, LessonDesignsAreTheTeamsAndTheLeadershipSeesCounts) {
  auto teacher = with(Role::leraar, 10, 1, 100);
  auto coach = with(Role::schoolcoach, std::nullopt, 1, 100);
  auto leader = with(Role::schoolleider, std::nullopt, 1, 100);
  auto expert = with(Role::expertcoach, std::nullopt, 1, 100);
  auto bestuurder = with(Role::bestuurder, std::nullopt, std::nullopt, 100);
  EXPECT_TRUE(is_allowed(teacher, Action::edit_lessons, kTeam10));
  EXPECT_TRUE(is_allowed(teacher, Action::view_lessons, kTeam10));
  EXPECT_FALSE(is_allowed(teacher, Action::view_lessons, Scope{11, 1, 100}));
  EXPECT_TRUE(is_allowed(coach, Action::view_lessons, kTeam10));
  EXPECT_FALSE(is_allowed(coach, Action::edit_lessons, kTeam10));
  for (const auto& reader : {leader, expert, bestuurder}) {
    EXPECT_FALSE(is_allowed(reader, Action::view_lessons, kTeam10));
    EXPECT_TRUE(is_allowed(reader, Action::view_lesson_counts, kTeam10));
    EXPECT_TRUE(is_allowed(reader, Action::view_lesson_counts, kSchool1));
  }
  EXPECT_FALSE(is_allowed(teacher, Action::view_lesson_counts, kSchool1));
  EXPECT_EQ(authorize(leader, Action::view_lesson_counts, kSchool3).error().code, ErrorCode::not_found);
}

TEST(Policy, VisitNotesBelongToTheVisitedTeacherAndTheVisitor) {
  auto visited = with(Role::leraar, 10, 1, 100);
  visited.user.id = 7;
  auto visitor = with(Role::leraar, 10, 1, 100);
  visitor.user.id = 8;
  auto colleague = with(Role::leraar, 10, 1, 100);
  colleague.user.id = 9;
  auto leader = with(Role::schoolleider, std::nullopt, 1, 100);
  auto expert = with(Role::expertcoach, std::nullopt, 1, 100);
  auto outsider = with(Role::leraar, 30, 3, 200);
  outsider.user.id = 7;  // the same id elsewhere counts for nothing without the team
  PersonalScope visit{kTeam10, {7, 8}, false};
  EXPECT_TRUE(authorize_personal(visited, Action::view_visit_notes, visit).has_value());
  EXPECT_TRUE(authorize_personal(visitor, Action::write_visit_notes, visit).has_value());
  EXPECT_EQ(authorize_personal(colleague, Action::view_visit_notes, visit).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(authorize_personal(leader, Action::view_visit_notes, visit).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(authorize_personal(outsider, Action::view_visit_notes, visit).error().code, ErrorCode::not_found);
  Principal admin;
  admin.user.is_admin = true;
  EXPECT_FALSE(authorize_personal(admin, Action::view_visit_notes, visit).has_value());
  // Shared by the visited teacher: the school leader reads, nobody else, and still nobody writes.
  visit.shared_with_leadership = true;
  EXPECT_TRUE(authorize_personal(leader, Action::view_visit_notes, visit).has_value());
  EXPECT_FALSE(authorize_personal(leader, Action::write_visit_notes, visit).has_value());
  EXPECT_FALSE(authorize_personal(expert, Action::view_visit_notes, visit).has_value());
  EXPECT_FALSE(authorize_personal(colleague, Action::view_visit_notes, visit).has_value());
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

// Metingen: programme staff write questionnaires and run every school's rounds; a school leader runs and sees her
// school's; a bestuurder sees her schools'; a teacher only what is released (the use case checks the release).
TEST(Policy, MeasurementsByRoleAndSchool) {
  auto staff = with(Role::programmabeheerder, std::nullopt, std::nullopt, std::nullopt);
  const Scope bestuur100{std::nullopt, std::nullopt, 100};
  EXPECT_TRUE(is_allowed(staff, Action::manage_questionnaires, Scope::platform()));
  EXPECT_TRUE(is_allowed(staff, Action::run_measurements, kSchool3));
  EXPECT_TRUE(is_allowed(staff, Action::view_measurements, bestuur100));
  auto leader = with(Role::schoolleider, std::nullopt, 1, 100);
  EXPECT_FALSE(is_allowed(leader, Action::manage_questionnaires, Scope::platform()));
  EXPECT_TRUE(is_allowed(leader, Action::run_measurements, kSchool1));
  EXPECT_TRUE(is_allowed(leader, Action::view_measurements, kSchool1));
  EXPECT_FALSE(is_allowed(leader, Action::run_measurements, kSchool2));
  EXPECT_FALSE(is_allowed(leader, Action::view_measurements, bestuur100));
  auto bestuurder = with(Role::bestuurder, std::nullopt, std::nullopt, 100);
  EXPECT_TRUE(is_allowed(bestuurder, Action::view_measurements, kSchool2));
  EXPECT_TRUE(is_allowed(bestuurder, Action::view_measurements, bestuur100));
  EXPECT_FALSE(is_allowed(bestuurder, Action::run_measurements, kSchool1));
  EXPECT_FALSE(is_allowed(bestuurder, Action::view_measurements, kSchool3));
  auto teacher = with(Role::leraar, 10, 1, 100);
  EXPECT_FALSE(is_allowed(teacher, Action::view_measurements, kSchool1));
  EXPECT_TRUE(is_allowed(teacher, Action::view_released_measurements, kSchool1));
  EXPECT_FALSE(is_allowed(teacher, Action::view_released_measurements, kSchool2));
  EXPECT_FALSE(is_allowed(teacher, Action::run_measurements, kSchool1));
  EXPECT_EQ(authorize(teacher, Action::view_released_measurements, kSchool3).error().code, ErrorCode::not_found);
}

// The academy: programme staff edit its content; a school's coaches, leaders and expert coach see its teams'
// progress; a teacher, a bestuurder and another school's coach do not.
TEST(Policy, AcademyContentIsStaffsAndTeamProgressIsForTheSchoolsCoachesAndLeaders) {
  auto manager = with(Role::programmabeheerder, std::nullopt, std::nullopt, std::nullopt);
  EXPECT_TRUE(is_allowed(manager, Action::manage_academy, Scope::platform()));
  EXPECT_FALSE(is_allowed(manager, Action::view_academy_progress, kSchool1));
  for (auto role : {Role::schoolcoach, Role::schoolleider, Role::expertcoach}) {
    auto reader = with(role, std::nullopt, 1, 100);
    EXPECT_TRUE(is_allowed(reader, Action::view_academy_progress, kSchool1));
    EXPECT_FALSE(is_allowed(reader, Action::view_academy_progress, kSchool2));
    EXPECT_FALSE(is_allowed(reader, Action::manage_academy, Scope::platform()));
  }
  auto teacher = with(Role::leraar, 10, 1, 100);
  EXPECT_FALSE(is_allowed(teacher, Action::view_academy_progress, kSchool1));
  EXPECT_EQ(authorize(teacher, Action::view_academy_progress, kSchool1).error().code, ErrorCode::permission_denied);
  auto bestuurder = with(Role::bestuurder, std::nullopt, std::nullopt, 100);
  EXPECT_FALSE(is_allowed(bestuurder, Action::view_academy_progress, kSchool1));
}

// Class boards: a teacher runs her own in her team; a school leader sees only how many there are; a display
// link reads, a session screen also operates, and neither reaches anything else.
TEST(Policy, ClassBoardsBelongToTeachersAndScreensOnlyReadOrOperate) {
  auto teacher = with(Role::leraar, 10, 1, 100);
  EXPECT_TRUE(is_allowed(teacher, Action::run_class_boards, kTeam10));
  EXPECT_FALSE(is_allowed(teacher, Action::run_class_boards, Scope{11, 1, 100}));
  EXPECT_FALSE(is_allowed(teacher, Action::view_class_board_overview, kSchool1));
  auto leader = with(Role::schoolleider, std::nullopt, 1, 100);
  EXPECT_FALSE(is_allowed(leader, Action::run_class_boards, kTeam10));
  EXPECT_TRUE(is_allowed(leader, Action::view_class_board_overview, kSchool1));
  EXPECT_FALSE(is_allowed(leader, Action::view_class_board_overview, kSchool2));
  auto coach = with(Role::schoolcoach, std::nullopt, 1, 100);
  EXPECT_FALSE(is_allowed(coach, Action::run_class_boards, kTeam10));
  EXPECT_FALSE(is_allowed(coach, Action::view_class_board_overview, kSchool1));
  // Accounts never hold the screen actions: those are for screens without one.
  EXPECT_FALSE(is_allowed(teacher, Action::view_class_board_screen, kTeam10));
  EXPECT_FALSE(is_allowed(teacher, Action::operate_class_board_screen, kTeam10));
  EXPECT_TRUE(authorize_screen(ScreenGrant::display, Action::view_class_board_screen).has_value());
  EXPECT_EQ(authorize_screen(ScreenGrant::display, Action::operate_class_board_screen).error().code,
            ErrorCode::permission_denied);
  EXPECT_TRUE(authorize_screen(ScreenGrant::session, Action::view_class_board_screen).has_value());
  EXPECT_TRUE(authorize_screen(ScreenGrant::session, Action::operate_class_board_screen).has_value());
  EXPECT_FALSE(authorize_screen(ScreenGrant::session, Action::run_class_boards).has_value());
  EXPECT_FALSE(authorize_screen(ScreenGrant::session, Action::view_board).has_value());
}

}  // namespace
}  // namespace sb

namespace sb {
namespace {

TEST(Policy, MentoringIsRunByProgrammeStaffAndMenteesAreTheSchoolsLeadersAndCoaches) {
  auto manager = with(Role::programmabeheerder, std::nullopt, std::nullopt, std::nullopt);
  EXPECT_TRUE(is_allowed(manager, Action::manage_mentoring, Scope::platform()));
  auto leader = with(Role::schoolleider, std::nullopt, 1, 100);
  auto coach = with(Role::schoolcoach, std::nullopt, 1, 100);
  auto teacher = with(Role::leraar, 10, 1, 100);
  EXPECT_EQ(authorize(leader, Action::manage_mentoring, Scope::platform()).error().code, ErrorCode::permission_denied);
  EXPECT_TRUE(is_allowed(leader, Action::apply_for_mentoring, kSchool1));
  EXPECT_TRUE(is_allowed(coach, Action::apply_for_mentoring, kSchool1));
  EXPECT_FALSE(is_allowed(teacher, Action::apply_for_mentoring, kSchool1));
  EXPECT_EQ(authorize(leader, Action::apply_for_mentoring, kSchool3).error().code, ErrorCode::not_found);
}

TEST(Policy, AMentoringPairIsSeenByItsMentorAndMenteeOnly) {
  auto mentor = with(Role::leraar, 30, 3, 200);
  mentor.memberships.clear();  // a business mentor holds no role in any school
  mentor.user.id = 7;
  auto mentee = with(Role::schoolleider, std::nullopt, 1, 100);
  mentee.user.id = 8;
  auto other_mentor = mentor;
  other_mentor.user.id = 9;
  auto colleague = with(Role::schoolleider, std::nullopt, 1, 100);
  colleague.user.id = 10;
  auto manager = with(Role::programmabeheerder, std::nullopt, std::nullopt, std::nullopt);
  manager.user.id = 11;
  PersonalScope pair{kSchool1, {7, 8}, false};
  EXPECT_TRUE(authorize_personal(mentor, Action::edit_mentoring_pair, pair).has_value());
  EXPECT_TRUE(authorize_personal(mentee, Action::edit_mentoring_pair, pair).has_value());
  EXPECT_EQ(authorize_personal(other_mentor, Action::view_mentoring_pair, pair).error().code, ErrorCode::not_found);
  EXPECT_EQ(authorize_personal(colleague, Action::view_mentoring_pair, pair).error().code, ErrorCode::not_found);
  EXPECT_TRUE(authorize_personal(manager, Action::view_mentoring_pair, pair).has_value());
  EXPECT_FALSE(authorize_personal(manager, Action::edit_mentoring_pair, pair).has_value());
  EXPECT_FALSE(is_allowed(mentee, Action::view_mentoring_pair, kSchool1));  // never without the pair's people
}

TEST(Policy, AColleagueWithoutAnAccountIsInvitedToAProgrammeByTheirSchoolLeaderOrBestuurder) {
  const Scope bestuur100{std::nullopt, std::nullopt, 100};
  auto leader = with(Role::schoolleider, std::nullopt, 1, 100);
  auto bestuurder = with(Role::bestuurder, std::nullopt, std::nullopt, 100);
  auto teacher = with(Role::leraar, 10, 1, 100);
  EXPECT_TRUE(is_allowed(leader, Action::invite_to_programme, kSchool1));
  EXPECT_FALSE(is_allowed(leader, Action::invite_to_programme, bestuur100));  // a school leader invites into their school only
  EXPECT_TRUE(is_allowed(bestuurder, Action::invite_to_programme, kSchool2));
  EXPECT_TRUE(is_allowed(bestuurder, Action::invite_to_programme, bestuur100));
  EXPECT_EQ(authorize(teacher, Action::invite_to_programme, kSchool1).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(authorize(leader, Action::invite_to_programme, kSchool3).error().code, ErrorCode::not_found);
  EXPECT_EQ(authorize(bestuurder, Action::invite_to_programme, Scope{std::nullopt, std::nullopt, 200}).error().code,
            ErrorCode::not_found);
  EXPECT_FALSE(is_allowed(leader, Action::invite_to_programme, Scope::platform()));
}

TEST(Policy, AHandInIsItsParticipantsAndTheProgrammeStaffsOnly) {
  auto participant = with(Role::schoolleider, std::nullopt, 1, 100);
  participant.user.id = 7;
  auto other = with(Role::schoolleider, std::nullopt, 1, 100);  // same school, another participant
  other.user.id = 8;
  auto manager = with(Role::programmabeheerder, std::nullopt, std::nullopt, std::nullopt);
  manager.user.id = 11;
  PersonalScope work{Scope::platform(), {7}, false};
  EXPECT_TRUE(authorize_personal(participant, Action::hand_in_assignment, work).has_value());
  EXPECT_TRUE(authorize_personal(participant, Action::view_hand_in, work).has_value());
  EXPECT_EQ(authorize_personal(other, Action::view_hand_in, work).error().code, ErrorCode::not_found);
  EXPECT_EQ(authorize_personal(other, Action::hand_in_assignment, work).error().code, ErrorCode::not_found);
  EXPECT_TRUE(authorize_personal(manager, Action::view_hand_in, work).has_value());
  EXPECT_EQ(authorize_personal(manager, Action::hand_in_assignment, work).error().code, ErrorCode::not_found);
  EXPECT_FALSE(is_allowed(participant, Action::view_hand_in, Scope::platform()));  // never without the person
}

}  // namespace
}  // namespace sb
