// Enrolling a colleague who has no account yet (issue 14, point 4), against the
// real store: the held place, the mail with its single-use link, accepting it,
// expiry freeing the place for the waiting list, resending and withdrawing.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/organisation/core/demo.h"
#include "modules/organisation/core/test_world.h"
#include "modules/programmes/core/demo.h"
#include "modules/programmes/core/invitations.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

constexpr const char* kNewcomer = "nieuwe.directeur@school.test";

class ProgrammeInvitations : public ::testing::Test {
 protected:
  testing::World world{{organisation_demo(), programmes_demo()}};
  Services& s = world.services();
  Principal karin = world.who(demo("schoolleider"));
  Principal marloes = world.who("marloes.dejong@demo.samenbeter.nl");
  Principal teacher = world.who(demo("leraar"));
  Principal hans = world.who(demo("bestuurder"));

  Id karins_school() {
    for (const auto& m : karin.memberships) {
      if (m.role == Role::schoolleider && m.school_id) return *m.school_id;
    }
    throw std::runtime_error("Karin leads no school");
  }
  Id hans_bestuur() {
    for (const auto& m : hans.memberships) {
      if (m.role == Role::bestuurder && m.bestuur_id) return *m.bestuur_id;
    }
    throw std::runtime_error("Hans sits on no bestuur");
  }
  // A round of seed 002's programme with one group of `capacity` places, open for 30 days.
  ProgrammeRound small_round(int capacity) {
    Id leergang = 0;
    for (const auto& e : must(catalogue(s, {}))) {
      if (e.programme.title.starts_with("Leergang")) leergang = e.programme.id;
    }
    ProgrammeRound r;
    r.programme_id = leergang;
    r.name = "Kleine groep";
    r.enrolment_closes_at = s.clock.now() + 30 * 86400;
    r.groups = {{0, "Enige groep", capacity}};
    r.sessions = {{0, "Dag 1", s.clock.now() + 40 * 86400, s.clock.now() + 40 * 86400 + 6 * 3600, "Rotterdam", "", Id{0}, 0, 360}};
    auto staff = world.who(demo("programma"));
    return must(create_round(s, staff, r));
  }
  InviteRequest invite(Id round_id, std::string email = kNewcomer) {
    InviteRequest r;
    r.round_id = round_id;
    r.email = std::move(email);
    r.school_id = karins_school();
    r.sector = Sector::po;
    r.role = "Directeuren";
    return r;
  }
  // The token of the newest invitation link mailed to `to`.
  std::string token_mailed_to(const std::string& to) {
    const std::string marker = "/opleidingen/uitnodiging/";
    auto mails = world.mailer.sent();
    for (auto it = mails.rbegin(); it != mails.rend(); ++it) {
      if (it->to != to) continue;
      const auto at = it->body.find(marker);
      if (at == std::string::npos) continue;
      const auto start = at + marker.size();
      return it->body.substr(start, it->body.find_first_of(" \n", start) - start);
    }
    throw std::runtime_error("no invitation mailed to " + to);
  }
  Acceptance new_account() { return {"Nieuwe Directeur", "Een-lang-wachtwoord-2026", "127.0.0.1", ""}; }
};

TEST_F(ProgrammeInvitations, TheHeldPlaceCountsForCapacityAndBecomesTheColleaguesOnAccepting) {
  const auto round = small_round(2);
  auto held = must(invite_to_round(s, karin, invite(round.id)));
  EXPECT_EQ(held.status, EnrolmentStatus::placed);
  EXPECT_EQ(held.user_id, 0);
  EXPECT_EQ(invitation_state(held), InvitationState::open);
  ASSERT_TRUE(held.held_until.has_value());
  EXPECT_GT(*held.held_until, s.clock.now());
  const auto mail = world.mailer.sent().back();
  EXPECT_EQ(mail.to, kNewcomer);
  EXPECT_NE(mail.body.find("Leergang"), std::string::npos);
  EXPECT_NE(mail.body.find("http://127.0.0.1:8080/opleidingen/uitnodiging/"), std::string::npos) << mail.body;
  // The held place counts: Karin takes the second, Marloes waits.
  EXPECT_EQ(must(enrol(s, karin, {round.id, std::nullopt, Sector::po, "Directeuren", std::nullopt, std::nullopt})).status,
            EnrolmentStatus::placed);
  EXPECT_EQ(must(enrol(s, marloes, {round.id, std::nullopt, Sector::po, "Adjunct-directeuren", std::nullopt, std::nullopt})).status,
            EnrolmentStatus::waiting);

  const auto token = token_mailed_to(kNewcomer);
  auto described = must(describe_round_invitation(s, token));
  EXPECT_EQ(described.round.id, round.id);
  EXPECT_EQ(described.invited_by_name, karin.user.name);
  auto signed_in = must(accept_round_invitation(s, token, new_account()));
  EXPECT_EQ(signed_in.principal.user.name, "Nieuwe Directeur");
  auto theirs = must(my_programmes(s, world.who(kNewcomer)));
  ASSERT_EQ(theirs.size(), 1u);
  EXPECT_EQ(theirs[0].enrolment.id, held.id);
  EXPECT_EQ(theirs[0].enrolment.status, EnrolmentStatus::placed);
  auto followed = must(colleagues_enrolled(s, karin));
  ASSERT_FALSE(followed.empty());
  EXPECT_EQ(invitation_state(followed.front().enrolment), InvitationState::accepted);
  // The link works once.
  EXPECT_EQ(accept_round_invitation(s, token, new_account()).error().code, ErrorCode::not_found);
  EXPECT_EQ(describe_round_invitation(s, token).error().code, ErrorCode::not_found);
}

TEST_F(ProgrammeInvitations, AnInvitationNotAcceptedInTimeFreesThePlaceForTheFirstOnTheWaitingList) {
  const auto round = small_round(1);
  auto held = must(invite_to_round(s, karin, invite(round.id)));
  const auto token = token_mailed_to(kNewcomer);
  auto waiting = must(enrol(s, marloes, {round.id, std::nullopt, Sector::po, "Adjunct-directeuren", std::nullopt, std::nullopt}));
  EXPECT_EQ(waiting.status, EnrolmentStatus::waiting);
  EXPECT_EQ(must(held_places_job().run(s)), "");  // nothing due yet
  world.clock.advance(*held.held_until - s.clock.now() + 1);
  EXPECT_EQ(describe_round_invitation(s, token).error().code, ErrorCode::not_found);
  EXPECT_NE(must(held_places_job().run(s)).find(" freed"), std::string::npos);  // this one and the demo's
  auto mine = must(my_programmes(s, marloes));
  auto promoted = std::find_if(mine.begin(), mine.end(), [&](const EnrolmentView& v) { return v.round.id == round.id; });
  ASSERT_NE(promoted, mine.end());
  EXPECT_EQ(promoted->enrolment.status, EnrolmentStatus::placed);
  EXPECT_EQ(world.mailer.sent().back().to, "marloes.dejong@demo.samenbeter.nl");
  EXPECT_EQ(invitation_state(must(colleagues_enrolled(s, karin)).front().enrolment), InvitationState::expired);
  EXPECT_EQ(accept_round_invitation(s, token, new_account()).error().code, ErrorCode::not_found);
  EXPECT_EQ(must(held_places_job().run(s)), "");  // done once
}

TEST_F(ProgrammeInvitations, AnExpiredPlaceIsFreedBeforeANewcomerIsPlaced) {
  const auto round = small_round(1);
  auto held = must(invite_to_round(s, karin, invite(round.id)));
  world.clock.advance(*held.held_until - s.clock.now() + 1);
  // The job has not run yet: enrolling frees the place first.
  EXPECT_EQ(must(enrol(s, marloes, {round.id, std::nullopt, Sector::po, "Adjunct-directeuren", std::nullopt, std::nullopt})).status,
            EnrolmentStatus::placed);
}

TEST_F(ProgrammeInvitations, TheInviterResendsOrWithdrawsAndNobodyElseMay) {
  const auto round = small_round(3);
  auto held = must(invite_to_round(s, karin, invite(round.id)));
  const auto first = token_mailed_to(kNewcomer);
  EXPECT_EQ(resend_round_invitation(s, marloes, held.id).error().code, ErrorCode::not_found);
  world.clock.advance(86400);
  auto resent = must(resend_round_invitation(s, karin, held.id));
  EXPECT_EQ(*resent.held_until, *held.held_until + 86400);
  const auto second = token_mailed_to(kNewcomer);
  EXPECT_NE(first, second);
  EXPECT_EQ(describe_round_invitation(s, first).error().code, ErrorCode::not_found);
  EXPECT_TRUE(describe_round_invitation(s, second).has_value());
  EXPECT_EQ(cancel_enrolment(s, marloes, held.id).error().code, ErrorCode::not_found);
  auto withdrawn = must(cancel_enrolment(s, karin, held.id));
  EXPECT_EQ(invitation_state(withdrawn), InvitationState::withdrawn);
  EXPECT_EQ(describe_round_invitation(s, second).error().code, ErrorCode::not_found);
  EXPECT_EQ(resend_round_invitation(s, karin, held.id).error().reason, "not_open");
}

TEST_F(ProgrammeInvitations, EachRefusalSaysWhy) {
  const auto round = small_round(3);
  EXPECT_EQ(invite_to_round(s, teacher, invite(round.id)).error().code, ErrorCode::permission_denied);
  auto bad = invite(round.id, "geen-adres");
  EXPECT_EQ(invite_to_round(s, karin, bad).error().field, "email");
  auto nowhere = invite(round.id);
  nowhere.school_id.reset();
  EXPECT_EQ(invite_to_round(s, karin, nowhere).error().field, "school_id");
  auto wrong_sector = invite(round.id);
  wrong_sector.sector = Sector::vo;
  EXPECT_EQ(invite_to_round(s, karin, wrong_sector).error().reason, "not_your_sector");
  auto as_bestuur = invite(round.id);
  as_bestuur.school_id.reset();
  as_bestuur.bestuur_id = hans_bestuur();
  EXPECT_EQ(invite_to_round(s, karin, as_bestuur).error().code, ErrorCode::permission_denied);
  must(invite_to_round(s, karin, invite(round.id)));
  auto twice = invite_to_round(s, karin, invite(round.id, "Nieuwe.Directeur@school.test"));
  EXPECT_EQ(twice.error().field, "email");
  EXPECT_EQ(twice.error().code, ErrorCode::already_exists);
  // Someone who leads the school already is enrolled directly, not invited.
  EXPECT_EQ(invite_to_round(s, karin, invite(round.id, demo("schoolleider"))).error().code, ErrorCode::already_exists);
}

TEST_F(ProgrammeInvitations, ABestuurderInvitesAFellowBestuurder) {
  const auto round = small_round(3);
  auto r = invite(round.id, "tweede.bestuurder@bestuur.test");
  r.school_id.reset();
  r.bestuur_id = hans_bestuur();
  r.role = "Directeuren";
  auto held = must(invite_to_round(s, hans, r));
  EXPECT_EQ(held.bestuur_id, *r.bestuur_id);
  EXPECT_FALSE(held.school_id.has_value());
  must(accept_round_invitation(s, token_mailed_to("tweede.bestuurder@bestuur.test"), new_account()));
  auto them = world.who("tweede.bestuurder@bestuur.test");
  EXPECT_TRUE(std::any_of(them.memberships.begin(), them.memberships.end(),
                          [](const MembershipView& m) { return m.role == Role::bestuurder; }));
}

}  // namespace
}  // namespace sb
