// Invitations, called as the use cases they are, against the real store with
// the demo's people: a school leader invites, the invited person accepts.
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

class Invitations : public ::testing::Test {
 protected:
  // The token of an invitation's link: "/uitnodiging/<token>".
  static std::string token_of(const CreatedInvitation& created) { return created.link.substr(created.link.rfind('/') + 1); }

  CreatedInvitation invite(const std::string& email, const std::string& role, std::optional<Id> team = std::nullopt) {
    return must(create_invitation(s, leader, school_id, {email, role, team}));
  }
  Result<SignedIn> accept(const CreatedInvitation& invitation, const std::string& name, const std::string& password) {
    return accept_invitation(s, token_of(invitation), {name, password, "192.0.2.1", ""});
  }
  static bool holds(const Principal& who, Role role) {
    return std::any_of(who.memberships.begin(), who.memberships.end(), [&](const auto& m) { return m.role == role; });
  }

  testing::World world{{organisation_demo()}};
  Services& s = world.services();
  Principal leader = world.who(demo("schoolleider"));
  Id school_id = world.school("OBS De Regenboog").id;
  Id team_id = world.team("OBS De Regenboog", "Groep 3-4").id;
};

TEST_F(Invitations, AnInvitedTeacherSetsHerPasswordJoinsTheTeamAndIsSignedInOnce) {
  const auto invitation = invite("nieuw@example.nl", "leraar", team_id);
  const auto mails = world.mailer.sent();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].to, "nieuw@example.nl");
  EXPECT_NE(mails[0].body.find(invitation.link), std::string::npos);
  const auto described = must(describe_invitation(s, token_of(invitation)));
  EXPECT_EQ(described.team_name, "Groep 3-4");
  EXPECT_EQ(described.school_name, "OBS De Regenboog");

  const auto joined = must(accept(invitation, "Nieuwe Collega", "welkom-in-het-team"));
  EXPECT_EQ(joined.principal.user.name, "Nieuwe Collega");
  ASSERT_EQ(joined.principal.memberships.size(), 1u);
  EXPECT_EQ(joined.principal.memberships[0].team_id, team_id);
  EXPECT_TRUE(authenticate(s, joined.token).has_value());
  EXPECT_TRUE(get_team(s, joined.principal, team_id).has_value());

  // The link is used up.
  const auto again = accept(invitation, "Nog Iemand", "welkom-in-het-team");
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::not_found);
  EXPECT_EQ(describe_invitation(s, token_of(invitation)).error().code, ErrorCode::not_found);
}

TEST_F(Invitations, ARevokedInvitationCannotBeUsed) {
  const auto invitation = invite("nieuw@example.nl", "schoolcoach");
  must(revoke_invitation(s, leader, invitation.view.invitation.id));
  EXPECT_EQ(accept(invitation, "Nieuwe Coach", "welkom-in-de-school").error().code, ErrorCode::not_found);
  EXPECT_TRUE(must(list_open_invitations(s, leader, school_id)).empty());
}

TEST_F(Invitations, AnInvitationExpiresAfterFourteenDays) {
  const auto invitation = invite("nieuw@example.nl", "leraar", team_id);
  world.clock.advance(14 * 24 * 60 * 60 + 1);
  EXPECT_EQ(describe_invitation(s, token_of(invitation)).error().code, ErrorCode::not_found);
  EXPECT_EQ(accept(invitation, "Te Laat", "welkom-in-het-team").error().code, ErrorCode::not_found);
  EXPECT_TRUE(must(list_open_invitations(s, leader, school_id)).empty());
}

TEST_F(Invitations, SomeoneWithAnAccountAcceptsWithHerOwnPasswordAndKeepsHerName) {
  const auto invitation = invite(demo("leraar"), "schoolcoach");
  const auto wrong = accept(invitation, "Andere Naam", "niet-mijn-wachtwoord");
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(wrong.error().field, "password");

  const auto joined = must(accept(invitation, "Andere Naam", kDemoPassword));
  EXPECT_EQ(joined.principal.user.name, "Sanne de Vries");
  EXPECT_TRUE(holds(joined.principal, Role::schoolcoach));
  EXPECT_TRUE(holds(joined.principal, Role::leraar));
}

TEST_F(Invitations, AWrongPasswordThroughTheLinkIsThrottledLikeSignIn) {
  const auto invitation = invite(demo("leraar"), "schoolcoach");
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(accept(invitation, "X", "gok-" + std::to_string(i)).error().code, ErrorCode::unauthenticated);
  }
  const auto throttled = accept(invitation, "X", kDemoPassword);
  ASSERT_FALSE(throttled.has_value());
  EXPECT_EQ(throttled.error().code, ErrorCode::resource_exhausted);
  // The guesses through the link count against the account itself.
  EXPECT_EQ(login(s, {demo("leraar"), kDemoPassword, "203.0.113.5", ""}).error().code, ErrorCode::resource_exhausted);
}

TEST_F(Invitations, TheLinkDoesNotTellWhetherTheAddressHasAnAccount) {
  const auto newcomer = invite("nieuw@example.nl", "schoolcoach");
  const auto member = invite(demo("leraar"), "schoolcoach");
  // Signing in without a name: for an address without an account it fails like a wrong password.
  const auto no_account = accept(newcomer, "", "een-gok-van-iemand");
  const auto wrong = accept(member, "", "een-gok-van-iemand");
  ASSERT_FALSE(no_account.has_value());
  EXPECT_EQ(no_account.error().code, wrong.error().code);
  EXPECT_EQ(no_account.error().field, "password");
  EXPECT_EQ(no_account.error().message, wrong.error().message);
  const auto described = must(describe_invitation(s, token_of(member)));
  EXPECT_EQ(described.invitation.email, demo("leraar"));
  EXPECT_TRUE(accept(newcomer, "Nieuwe Coach", "welkom-in-de-school").has_value());
}

TEST_F(Invitations, OnlyTheSchoolLeaderInvitesAndOnlyIntoARoleOfHerOwnSchool) {
  const auto teacher = world.who(demo("leraar"));
  EXPECT_EQ(create_invitation(s, teacher, school_id, {"nieuw@example.nl", "leraar", team_id}).error().code,
            ErrorCode::permission_denied);
  const auto other_team = world.team("Het Baken College", "Sectie Nederlands");
  const auto foreign_team = create_invitation(s, leader, school_id, {"nieuw@example.nl", "leraar", other_team.id});
  ASSERT_FALSE(foreign_team.has_value());
  EXPECT_EQ(foreign_team.error().code, ErrorCode::not_found);
  EXPECT_EQ(foreign_team.error().field, "team_id");
  EXPECT_EQ(create_invitation(s, leader, other_team.school_id, {"nieuw@example.nl", "schoolcoach", std::nullopt}).error().code,
            ErrorCode::not_found);
  EXPECT_TRUE(world.mailer.sent().empty());
  // A team role names its team, a school role none.
  EXPECT_EQ(create_invitation(s, leader, school_id, {"nieuw@example.nl", "leraar", std::nullopt}).error().field, "team_id");
  EXPECT_EQ(create_invitation(s, leader, school_id, {"nieuw@example.nl", "schoolcoach", team_id}).error().field, "team_id");
  EXPECT_EQ(create_invitation(s, leader, school_id, {"nieuw@example.nl", "bestuurder", std::nullopt}).error().field, "role");
}

TEST_F(Invitations, InvitingSomeoneWhoIsAlreadyInTheTeamSaysSoAndSendsNothing) {
  const auto own_team = world.team("OBS De Regenboog", "Groep 5-6").id;
  const auto member = create_invitation(s, leader, school_id, {demo("leraar"), "leraar", own_team});
  ASSERT_FALSE(member.has_value());
  EXPECT_EQ(member.error().code, ErrorCode::already_exists);
  EXPECT_EQ(member.error().field, "email");
  EXPECT_FALSE(open_invitation_like(s, leader, school_id, {demo("leraar"), "leraar", own_team}).has_value());
  const auto coach = create_invitation(s, leader, school_id, {demo("schoolcoach"), "schoolcoach", std::nullopt});
  EXPECT_EQ(coach.error().code, ErrorCode::already_exists);
  EXPECT_TRUE(world.mailer.sent().empty());
  // Another team, or another role in the school, is a new invitation.
  EXPECT_TRUE(create_invitation(s, leader, school_id, {demo("leraar"), "leraar", team_id}).has_value());
  EXPECT_TRUE(create_invitation(s, leader, school_id, {demo("leraar"), "schoolcoach", std::nullopt}).has_value());
}

TEST_F(Invitations, ASecondInvitationIsRefusedAndTheOpenOneIsSentAgainWithANewLink) {
  const auto first = invite("nieuw@example.nl", "leraar", team_id);
  const auto second = create_invitation(s, leader, school_id, {"Nieuw@Example.nl", "leraar", team_id});
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code, ErrorCode::already_exists);
  EXPECT_EQ(second.error().field, "email");
  const auto open = open_invitation_like(s, leader, school_id, {"nieuw@example.nl", "leraar", team_id});
  ASSERT_TRUE(open.has_value());
  EXPECT_EQ(open->invitation.id, first.view.invitation.id);

  world.clock.advance(10 * 24 * 60 * 60);
  const auto again = must(resend_invitation(s, leader, first.view.invitation.id));
  EXPECT_EQ(again.view.invitation.id, first.view.invitation.id);
  EXPECT_NE(again.link, first.link);
  EXPECT_EQ(again.view.invitation.expires_at, world.clock.now() + 14 * 24 * 60 * 60);
  const auto mails = world.mailer.sent();
  ASSERT_EQ(mails.size(), 2u);
  EXPECT_NE(mails[1].body.find(again.link), std::string::npos);
  // The old link stops working; the new one works.
  EXPECT_EQ(describe_invitation(s, token_of(first)).error().code, ErrorCode::not_found);
  EXPECT_TRUE(accept(again, "Nieuwe Collega", "welkom-in-het-team").has_value());
  EXPECT_EQ(resend_invitation(s, leader, first.view.invitation.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(resend_invitation(s, world.who(demo("leraar")), first.view.invitation.id).error().code,
            ErrorCode::permission_denied);
}

}  // namespace
}  // namespace sb
