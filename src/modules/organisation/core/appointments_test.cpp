// Appointing people, called as the use cases they are, against the real store
// with the demo's people: the platform admin finds a person, appoints
// bestuurders and programme staff, and ends roles and admin rights.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/organisation/core/appointments.h"
#include "modules/organisation/core/demo.h"
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/core/test_world.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

class Appointments : public ::testing::Test {
 protected:
  static std::string token_of(const CreatedInvitation& created) { return created.link.substr(created.link.rfind('/') + 1); }
  static bool holds(const Principal& who, Role role) {
    return std::any_of(who.memberships.begin(), who.memberships.end(), [&](const auto& m) { return m.role == role; });
  }
  Id bestuur_id() { return world.school("OBS De Regenboog").bestuur_id; }
  Result<Appointment> appoint_bestuurder(const std::string& email) {
    return appoint(s, admin, {email, "bestuurder", bestuur_id(), std::nullopt});
  }

  testing::World world{{organisation_demo()}};
  Services& s = world.services();
  Principal admin = world.who(demo("beheer"));
};

TEST_F(Appointments, AnAccountAppointedBestuurderSeesTheBestuurAtOnceAndIsToldByMail) {
  const auto teacher = world.who(demo("leraar"));
  EXPECT_EQ(get_bestuur(s, teacher, bestuur_id()).error().code, ErrorCode::permission_denied);

  const auto done = must(appoint_bestuurder(demo("leraar")));
  ASSERT_TRUE(done.person.has_value());
  EXPECT_FALSE(done.invitation.has_value());
  EXPECT_TRUE(std::any_of(done.person->memberships.begin(), done.person->memberships.end(),
                          [&](const auto& m) { return m.role == Role::bestuurder && m.bestuur_id == bestuur_id(); }));
  EXPECT_TRUE(done.person->user.password_hash.empty());
  EXPECT_TRUE(get_bestuur(s, world.who(demo("leraar")), bestuur_id()).has_value());
  const auto mails = world.mailer.sent();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].to, demo("leraar"));
  EXPECT_NE(mails[0].body.find("Stichting Samen Leren"), std::string::npos);
}

TEST_F(Appointments, AnAddressWithoutAnAccountIsInvitedIntoTheBestuurAndJoinsIt) {
  const auto done = must(appoint_bestuurder("Nieuw.Bestuur@Example.nl"));
  ASSERT_TRUE(done.invitation.has_value());
  const auto& invitation = done.invitation->view.invitation;
  EXPECT_EQ(invitation.email, "nieuw.bestuur@example.nl");
  EXPECT_EQ(invitation.bestuur_id, bestuur_id());
  EXPECT_FALSE(invitation.school_id.has_value());
  EXPECT_EQ(done.invitation->view.bestuur_name, "Stichting Samen Leren");
  // Beside the demo's own appointment that waits for an answer.
  EXPECT_EQ(must(list_open_appointments(s, admin)).size(), 2u);

  const auto described = must(describe_invitation(s, token_of(*done.invitation)));
  EXPECT_EQ(described.bestuur_name, "Stichting Samen Leren");
  const auto joined = must(accept_invitation(s, token_of(*done.invitation), {"Nieuw Bestuurslid", "besturen-is-leuk", "192.0.2.1", ""}));
  ASSERT_EQ(joined.principal.memberships.size(), 1u);
  EXPECT_EQ(joined.principal.memberships[0].role, Role::bestuurder);
  EXPECT_EQ(joined.principal.memberships[0].bestuur_id, bestuur_id());
  EXPECT_TRUE(get_bestuur(s, joined.principal, bestuur_id()).has_value());
  EXPECT_EQ(must(list_open_appointments(s, admin)).size(), 1u);
}

TEST_F(Appointments, ProgrammeStaffAreInvitedOntoThePlatformAndExpertCoachesIntoASchool) {
  const auto staff = must(appoint(s, admin, {"programma2@example.nl", "programmabeheerder", std::nullopt, std::nullopt}));
  ASSERT_TRUE(staff.invitation.has_value());
  const auto joined = must(accept_invitation(s, token_of(*staff.invitation), {"Nieuwe Beheerder", "programma-wachtwoord", "192.0.2.1", ""}));
  EXPECT_TRUE(holds(joined.principal, Role::programmabeheerder));
  EXPECT_FALSE(joined.principal.memberships[0].school_id.has_value());
  EXPECT_FALSE(joined.principal.memberships[0].bestuur_id.has_value());

  const auto school_id = world.school("OBS De Regenboog").id;
  const auto coach = must(appoint(s, admin, {demo("programma"), "expertcoach", std::nullopt, school_id}));
  ASSERT_TRUE(coach.person.has_value());
  EXPECT_TRUE(get_school(s, world.who(demo("programma")), school_id).has_value());
}

TEST_F(Appointments, AppointingSomeoneTwiceSaysSoInsteadOfDoingItAgain) {
  const auto holder = appoint_bestuurder(demo("bestuurder"));
  ASSERT_FALSE(holder.has_value());
  EXPECT_EQ(holder.error().code, ErrorCode::already_exists);
  EXPECT_EQ(holder.error().field, "email");
  must(appoint_bestuurder("nieuw.bestuur@example.nl"));
  const auto second = appoint_bestuurder("nieuw.bestuur@example.nl");
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code, ErrorCode::already_exists);
  EXPECT_EQ(second.error().field, "email");
  const auto open = open_appointment_like(s, admin, {"nieuw.bestuur@example.nl", "bestuurder", bestuur_id(), std::nullopt});
  ASSERT_TRUE(open.has_value());
  EXPECT_EQ(open->invitation.email, "nieuw.bestuur@example.nl");
  EXPECT_FALSE(open_appointment_like(s, admin, {demo("bestuurder"), "bestuurder", bestuur_id(), std::nullopt}).has_value());
  EXPECT_EQ(world.mailer.sent().size(), 1u);
}

TEST_F(Appointments, OnlyThePlatformAdminAppointsAndEachRoleNamesItsPlace) {
  const auto leader = world.who(demo("schoolleider"));
  EXPECT_EQ(appoint(s, leader, {"x@example.nl", "bestuurder", bestuur_id(), std::nullopt}).error().code,
            ErrorCode::permission_denied);
  EXPECT_EQ(search_people(s, leader, "", 10).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(list_open_appointments(s, leader).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(appoint(s, admin, {"x@example.nl", "leraar", std::nullopt, std::nullopt}).error().field, "role");
  EXPECT_EQ(appoint(s, admin, {"x@example.nl", "bestuurder", std::nullopt, std::nullopt}).error().field, "bestuur_id");
  EXPECT_EQ(appoint(s, admin, {"x@example.nl", "expertcoach", bestuur_id(), std::nullopt}).error().field, "school_id");
  EXPECT_EQ(appoint(s, admin, {"x@example.nl", "programmabeheerder", bestuur_id(), std::nullopt}).error().field, "bestuur_id");
  const auto unknown = appoint(s, admin, {"x@example.nl", "bestuurder", 999999, std::nullopt});
  EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
  EXPECT_EQ(unknown.error().field, "bestuur_id");
  EXPECT_EQ(appoint(s, admin, {"geen-adres", "bestuurder", bestuur_id(), std::nullopt}).error().field, "email");
  EXPECT_TRUE(world.mailer.sent().empty());
}

TEST_F(Appointments, TheAdminFindsAPersonByNameOrAddressWithEveryRole) {
  const auto by_name = must(search_people(s, admin, "kuipers", 10));
  ASSERT_EQ(by_name.people.size(), 1u);
  EXPECT_EQ(by_name.people[0].user.name, "Marieke Kuipers");
  EXPECT_EQ(by_name.people[0].memberships.size(), 2u);  // expert coach of both schools
  EXPECT_FALSE(by_name.more);
  const auto by_address = must(search_people(s, admin, "BESTUURDER@demo", 10));
  ASSERT_EQ(by_address.people.size(), 1u);
  EXPECT_EQ(by_address.people[0].user.name, "Hans Vermeulen");
  // A wildcard is a character like any other.
  EXPECT_TRUE(must(search_people(s, admin, "%", 10)).people.empty());

  const auto page = must(search_people(s, admin, "demo.samenbeter", 3));
  EXPECT_EQ(page.people.size(), 3u);
  EXPECT_TRUE(page.more);
  EXPECT_EQ(search_people(s, admin, std::string(201, 'a'), 10).error().field, "q");
  EXPECT_EQ(search_people(s, admin, "a", 51).error().field, "limit");
}

TEST_F(Appointments, EndingAnAppointedRoleEndsTheAccessAtOnce) {
  const auto done = must(appoint_bestuurder(demo("leraar")));
  const auto role = std::find_if(done.person->memberships.begin(), done.person->memberships.end(),
                                 [](const auto& m) { return m.role == Role::bestuurder; });
  const auto teacher = world.who(demo("leraar"));
  EXPECT_TRUE(get_bestuur(s, teacher, bestuur_id()).has_value());
  // Only the platform admin ends a bestuur role.
  EXPECT_EQ(remove_membership(s, world.who(demo("schoolleider")), role->id).error().code, ErrorCode::permission_denied);
  must(remove_membership(s, admin, role->id));
  EXPECT_EQ(get_bestuur(s, world.who(demo("leraar")), bestuur_id()).error().code, ErrorCode::permission_denied);
}

TEST_F(Appointments, TheLastPlatformAdminCannotEndTheirRights) {
  const auto last = set_platform_admin(s, admin, admin.user.id, false);
  ASSERT_FALSE(last.has_value());
  EXPECT_EQ(last.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(last.error().field, "is_admin");
  EXPECT_TRUE(world.who(demo("beheer")).user.is_admin);

  const auto manager = world.who(demo("programma"));
  EXPECT_TRUE(must(set_platform_admin(s, admin, manager.user.id, true)).user.is_admin);
  must(set_platform_admin(s, admin, admin.user.id, false));
  EXPECT_FALSE(world.who(demo("beheer")).user.is_admin);
  // Petra is no admin any more; Wouter is the last one now.
  EXPECT_EQ(set_platform_admin(s, world.who(demo("beheer")), manager.user.id, false).error().code,
            ErrorCode::permission_denied);
  EXPECT_EQ(set_platform_admin(s, world.who(demo("programma")), manager.user.id, false).error().code,
            ErrorCode::failed_precondition);
  EXPECT_EQ(set_platform_admin(s, world.who(demo("programma")), 999999, true).error().code, ErrorCode::not_found);
}

}  // namespace
}  // namespace sb
