// The programmes module's use cases, called as people do, against the real
// store with the organisation's demo and the three seed programmes.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/organisation/core/demo.h"
#include "modules/organisation/core/test_world.h"
#include "modules/programmes/core/demo.h"
#include "modules/programmes/core/programmes.h"
#include "modules/programmes/core/store.h"
#include "modules/programmes/core/times.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class Programmes : public ::testing::Test {
 protected:
  testing::World world{{organisation_demo(), programmes_demo()}};
  Services& s = world.services();
  Principal staff = world.who(demo("programma"));
  Principal karin = world.who(demo("schoolleider"));
  Principal hans = world.who(demo("bestuurder"));
  Principal gerard = world.who("gerard.timmermans@demo.samenbeter.nl");
  Principal teacher = world.who(demo("leraar"));

  ProgrammeEntry programme(std::string_view title_start) {
    for (auto& e : must(catalogue(s, {}))) {
      if (e.programme.title.starts_with(title_start)) return e;
    }
    throw std::runtime_error("no programme " + std::string(title_start));
  }
  // The round that is open for enrolment.
  ProgrammeRound open_round(std::string_view title_start) {
    for (auto& r : programme(title_start).rounds) {
      if (round_state(r, s.clock.now()) == RoundState::open) return r;
    }
    throw std::runtime_error("no open round");
  }
  EnrolmentView mine(const Principal& who, Id round_id) {
    for (auto& v : must(my_programmes(s, who))) {
      if (v.round.id == round_id) return v;
    }
    throw std::runtime_error("not enrolled");
  }
  // A round of one group with `capacity` places, open for enrolment, of seed 002's programme.
  ProgrammeRound small_round(int capacity) {
    ProgrammeRound r;
    r.programme_id = programme("Leergang").programme.id;
    r.name = "Kleine groep";
    r.enrolment_closes_at = s.clock.now() + 30 * 86400;
    r.groups = {{0, "Enige groep", capacity}};
    r.sessions = {{0, "Dag 1", s.clock.now() + 40 * 86400, s.clock.now() + 40 * 86400 + 6 * 3600, "Rotterdam", "", Id{0}, 0, 360}};
    return must(create_round(s, staff, r));
  }
  EnrolRequest as_director(Id round_id, std::optional<Id> user = {}) {
    return {round_id, user, Sector::po, "Directeuren", std::nullopt, std::nullopt};
  }
};

TEST_F(Programmes, TheCatalogueHoldsTheThreeSeedProgrammesWithTheirRealFacts) {
  auto all = must(catalogue(s, {}));
  ASSERT_EQ(all.size(), 3u);
  auto intersectoral = programme("Intersectoraal");
  EXPECT_EQ(intersectoral.programme.price_cents, 75000);
  EXPECT_EQ(intersectoral.programme.audience.size(), 10u);
  auto past = intersectoral.rounds.back();  // the newest first
  ASSERT_EQ(past.sessions.size(), 3u);
  EXPECT_EQ(past.groups.size(), 2u);
  EXPECT_EQ(session_time_text(past.sessions[0]), "14-10-2024 10:00-16:00");
  EXPECT_EQ(past.sessions[1].place, "McKinsey & Company, Amsterdam");
  EXPECT_EQ(round_state(past, s.clock.now()), RoundState::completed);
  auto leerlab = programme("Leerlab");
  EXPECT_EQ(leerlab.programme.enrolment_rule, EnrolmentRule::with_colleague);
  EXPECT_EQ(price_incl_vat_cents(leerlab.programme), 108900);
  auto leerlab_past = leerlab.rounds.back();
  ASSERT_EQ(leerlab_past.sessions.size(), 6u);
  EXPECT_EQ(session_time_text(leerlab_past.sessions[5]), "26-11-2026 10:00-17:00");
  EXPECT_EQ(leerlab_past.sessions[0].address, "Berlijnplein 300, Utrecht");
  EXPECT_EQ(leerlab_past.tracks.size(), 2u);
  auto leiders = programme("Leergang");
  EXPECT_EQ(leiders.programme.registration_points, 100);
  int hours = 0;
  for (const auto& part : leiders.programme.parts) hours += part.hours;
  EXPECT_EQ(hours, 240);
  for (const auto& entry : all) {
    EXPECT_TRUE(std::any_of(entry.rounds.begin(), entry.rounds.end(), [&](const ProgrammeRound& r) {
      return r.example_dates && round_state(r, s.clock.now()) == RoundState::open;
    })) << entry.programme.title;
  }
}

TEST_F(Programmes, TheCatalogueFiltersAndComparesTwoToFour) {
  CatalogueFilter points;
  points.min_points = 100;
  auto with_points = must(catalogue(s, points));
  ASSERT_EQ(with_points.size(), 1u);
  EXPECT_EQ(with_points[0].programme.title, "Leergang Lerende Leiders");
  CatalogueFilter mbo;
  mbo.sector = Sector::mbo;
  EXPECT_EQ(must(catalogue(s, mbo)).size(), 2u);  // seed 000 and the leerlab
  auto a = programme("Intersectoraal").programme.id, b = programme("Leerlab").programme.id;
  auto compared = must(compare_programmes(s, {b, a}));
  ASSERT_EQ(compared.size(), 2u);
  EXPECT_EQ(compared[0].programme.id, b);
  EXPECT_EQ(compare_programmes(s, {a}).error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(compare_programmes(s, {a, a}).error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(compare_programmes(s, {a, 999}).error().code, ErrorCode::not_found);
}

TEST_F(Programmes, AnEnrolmentAloneIsIncompleteUntilAColleagueOfTheSameBestuurJoins) {
  const auto round = open_round("Leerlab");
  auto alone = mine(hans, round.id);  // the demo enrolled the bestuurder alone
  EXPECT_TRUE(alone.colleague.required);
  EXPECT_FALSE(alone.colleague.complete);
  EXPECT_EQ(alone.colleague.deadline, round.enrolment_closes_at);
  auto karins = must(enrol(s, karin, {round.id, std::nullopt, Sector::po, "Schoolleider", std::nullopt, round.tracks[0].id}));
  EXPECT_EQ(karins.status, EnrolmentStatus::placed);
  EXPECT_TRUE(mine(hans, round.id).colleague.complete);
  EXPECT_TRUE(mine(karin, round.id).colleague.complete);
  auto mails = world.mailer.sent();
  ASSERT_FALSE(mails.empty());
  EXPECT_EQ(mails.back().to, demo("schoolleider"));
  EXPECT_TRUE(contains(mails.back().subject, "Inschrijving bevestigd"));
  EXPECT_TRUE(contains(mails.back().body, "Berlijnplein 300, Utrecht"));
}

TEST_F(Programmes, TheConfirmationSaysAColleagueIsStillNeededWithTheDeadline) {
  const auto round = open_round("Leerlab");
  must(enrol(s, gerard, {round.id, std::nullopt, Sector::vo, "(Con)rector", std::nullopt, std::nullopt}));
  // Gerard's bestuur is Hans's: complete at once. Marloes's bestuur has nobody yet.
  auto marloes = world.who("marloes.dejong@demo.samenbeter.nl");
  must(enrol(s, marloes, {round.id, std::nullopt, Sector::po, "Schoolleider", std::nullopt, std::nullopt}));
  EXPECT_FALSE(mine(marloes, round.id).colleague.complete);
  EXPECT_TRUE(contains(world.mailer.sent().back().body, "uiterlijk " + date_text(round.enrolment_closes_at)));
}

TEST_F(Programmes, EachRefusalSaysWhy) {
  const auto leiders = open_round("Leergang");
  auto wrong_role = enrol(s, karin, {leiders.id, std::nullopt, Sector::po, "Rectoren", std::nullopt, std::nullopt});
  EXPECT_EQ(wrong_role.error().reason, "not_in_audience");
  auto wrong_sector = enrol(s, gerard, as_director(leiders.id));  // Gerard leads a VO school
  EXPECT_EQ(wrong_sector.error().reason, "not_your_sector");
  auto teacher_alone = enrol(s, teacher, as_director(leiders.id));
  EXPECT_EQ(teacher_alone.error().reason, "not_a_leader");
  must(enrol(s, karin, as_director(leiders.id)));
  auto twice = enrol(s, karin, as_director(leiders.id));
  EXPECT_EQ(twice.error().code, ErrorCode::already_exists);
  auto past = programme("Leergang").rounds.back();
  auto closed = enrol(s, karin, as_director(past.id));
  EXPECT_EQ(closed.error().reason, "enrolment_closed");
  EXPECT_EQ(enrol(s, karin, as_director(999999)).error().code, ErrorCode::not_found);
}

TEST_F(Programmes, ALeaderEnrolsAColleagueOfTheirOwnOrganisationOnly) {
  const auto round = open_round("Intersectoraal");
  auto gerard_by_hans = must(enrol(s, hans, {round.id, gerard.user.id, Sector::vo, "Rectoren", std::nullopt, std::nullopt}));
  EXPECT_EQ(gerard_by_hans.enrolled_by, hans.user.id);
  EXPECT_EQ(gerard_by_hans.user_id, gerard.user.id);
  auto peter = world.who("peter.bakker@demo.samenbeter.nl");
  auto stranger = enrol(s, karin, {round.id, peter.user.id, Sector::mbo, "Opleidingsmanagers", std::nullopt, std::nullopt});
  EXPECT_EQ(stranger.error().code, ErrorCode::not_found);
  // The one who enrolled him may cancel it; someone else may not.
  EXPECT_EQ(cancel_enrolment(s, karin, gerard_by_hans.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(must(cancel_enrolment(s, hans, gerard_by_hans.id)).status, EnrolmentStatus::cancelled);
}

TEST_F(Programmes, AFullGroupPutsPeopleOnTheWaitingListAndACancellationPromotesTheFirst) {
  const auto round = small_round(1);
  auto marloes = world.who("marloes.dejong@demo.samenbeter.nl");
  auto first = must(enrol(s, karin, as_director(round.id)));
  auto second = must(enrol(s, marloes, {round.id, std::nullopt, Sector::po, "Adjunct-directeuren", std::nullopt, std::nullopt}));
  EXPECT_EQ(first.status, EnrolmentStatus::placed);
  EXPECT_EQ(second.status, EnrolmentStatus::waiting);
  EXPECT_EQ(mine(marloes, round.id).waiting_position, 1);
  EXPECT_TRUE(contains(world.mailer.sent().back().subject, "Op de wachtlijst"));
  must(cancel_enrolment(s, karin, first.id));
  auto promoted = mine(marloes, round.id);
  EXPECT_EQ(promoted.enrolment.status, EnrolmentStatus::placed);
  EXPECT_EQ(promoted.enrolment.group_id, round.groups[0].id);
  EXPECT_EQ(world.mailer.sent().back().to, "marloes.dejong@demo.samenbeter.nl");
  EXPECT_TRUE(contains(world.mailer.sent().back().subject, "plaats voor je vrijgekomen"));
}

TEST_F(Programmes, ACompletedParticipantGetsACertificateAndOthersDoNot) {
  auto past = programme("Intersectoraal").rounds.back();
  auto all = must(round_overview(s, staff, past.id)).enrolments;
  auto hans_line = std::find_if(all.begin(), all.end(), [&](const EnrolmentView& v) { return v.enrolment.user_id == hans.user.id; });
  ASSERT_NE(hans_line, all.end());
  EXPECT_TRUE(hans_line->progress.complete);
  auto cert = must(certificate(s, hans, hans_line->enrolment.id));
  EXPECT_EQ(cert.participant_name, "Hans Vermeulen");
  EXPECT_EQ(cert.provider, "Stichting leerKRACHT");
  EXPECT_EQ(date_text(cert.completed_at), "09-12-2024");
  EXPECT_EQ(certificate(s, karin, hans_line->enrolment.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(must(register_list(s, staff, past.id)).size(), 3u);
  // Seed 002's running round: Karin's hours are not complete yet.
  auto running = mine(karin, programme("Leergang").rounds.back().id);
  EXPECT_FALSE(running.progress.complete);
  EXPECT_EQ(running.progress.parts.size(), 4u);
  EXPECT_EQ(certificate(s, karin, running.enrolment.id).error().reason, "not_complete");
}

TEST_F(Programmes, StaffTakeAttendanceAndLogHoursTowardsCompletion) {
  const auto round = small_round(5);
  auto e = must(enrol(s, karin, as_director(round.id)));
  world.clock.advance(50 * 86400);
  must(record_attendance(s, staff, round.sessions[0].id, {{round.sessions[0].id, e.id, true}}));
  for (int part = 0; part < 4; ++part) {
    const int needed = programme("Leergang").programme.parts[part].hours * 60 - (part == 0 ? 360 : 0);
    must(log_hours(s, staff, {0, e.id, part, needed, "", 0, 0}));
  }
  auto done = mine(karin, round.id);
  EXPECT_TRUE(done.progress.complete);
  EXPECT_EQ(must(certificate(s, karin, e.id)).registration_points, 100);
  EXPECT_EQ(log_hours(s, karin, {0, e.id, 0, 60, "", 0, 0}).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(log_hours(s, staff, {0, e.id, 9, 60, "", 0, 0}).error().field, "part");
  EXPECT_EQ(record_attendance(s, karin, round.sessions[0].id, {}).error().code, ErrorCode::permission_denied);
}

TEST_F(Programmes, StaffProposeProjectGroupsAndAdjustThemAndParticipantsSeeTheirMates) {
  auto running = programme("Leergang").rounds.back();
  EXPECT_EQ(propose_project_groups(s, karin, running.id).error().code, ErrorCode::permission_denied);
  auto proposed = must(propose_project_groups(s, staff, running.id));
  ASSERT_EQ(proposed.size(), 1u);  // two participants: one group
  EXPECT_EQ(proposed[0].size(), 2u);
  auto karins = mine(karin, running.id);
  EXPECT_EQ(karins.project_group, 1);
  EXPECT_EQ(karins.project_mates, std::vector<std::string>{"Marloes de Jong"});
  // Adjusted: each in a group of their own; naming someone twice, or someone not placed, is refused.
  must(set_project_groups(s, staff, running.id, {{proposed[0][0]}, {proposed[0][1]}}));
  EXPECT_TRUE(mine(karin, running.id).project_mates.empty());
  EXPECT_NE(mine(karin, running.id).project_group, 0);
  EXPECT_EQ(set_project_groups(s, staff, running.id, {{proposed[0][0]}, {proposed[0][0]}}).error().field, "groups.1");
  EXPECT_EQ(set_project_groups(s, staff, running.id, {{999999}}).error().field, "groups.0");
}

TEST_F(Programmes, StaffCreateCopyAndEditProgrammesAndNobodyElseMay) {
  Programme p = programme("Leerlab").programme;
  p.title = "Leerlab Noord";
  EXPECT_EQ(create_programme(s, karin, p).error().code, ErrorCode::permission_denied);
  auto created = must(create_programme(s, staff, p));
  EXPECT_EQ(created.audience.size(), p.audience.size());
  auto copy = must(copy_programme(s, staff, created.id));
  EXPECT_FALSE(copy.published);
  EXPECT_EQ(copy.title, "Leerlab Noord (kopie)");
  EXPECT_EQ(must(catalogue(s, {})).size(), 4u);  // the unpublished copy is not in the catalogue
  auto edit = created;
  edit.price_cents = 95000;
  auto updated = must(update_programme(s, staff, edit));
  EXPECT_EQ(updated.version, created.version + 1);
  auto stale = update_programme(s, staff, edit);
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  edit.title = "";
  EXPECT_EQ(update_programme(s, staff, edit).error().field, "title");
}

TEST_F(Programmes, StaffEditARoundButNeverDropAGroupWithParticipants) {
  auto round = small_round(2);
  must(enrol(s, karin, as_director(round.id)));
  auto edit = round;
  edit.groups.push_back({0, "Tweede groep", 10});
  edit.sessions.push_back({0, "Dag 2", s.clock.now() + 41 * 86400, s.clock.now() + 41 * 86400 + 3600, "Rotterdam", "", Id{-2}, 0, 60});
  auto updated = must(update_round(s, staff, edit));
  ASSERT_EQ(updated.groups.size(), 2u);
  ASSERT_EQ(updated.sessions.size(), 2u);
  EXPECT_EQ(updated.sessions[1].group_id, updated.groups[1].id);
  auto drop = updated;
  drop.groups.erase(drop.groups.begin());
  drop.sessions.erase(drop.sessions.begin());
  EXPECT_EQ(update_round(s, staff, drop).error().reason, "group_in_use");
}

TEST_F(Programmes, TheExactAddressIsForParticipantsWhereTheProgrammeSaysSo) {
  Programme p = programme("Intersectoraal").programme;
  p.title = "Bezoekprogramma";
  auto created = must(create_programme(s, staff, p));
  ProgrammeRound r;
  r.programme_id = created.id;
  r.name = "Voorjaar";
  r.enrolment_closes_at = s.clock.now() + 86400;
  r.sessions = {{0, "Bezoek", s.clock.now() + 5 * 86400, s.clock.now() + 5 * 86400 + 3600, "Picnic, Utrecht", "Straat 1, Utrecht",
                 std::nullopt, std::nullopt, 0}};
  auto round = must(create_round(s, staff, r));
  EXPECT_EQ(must(programme_page(s, created.id)).rounds[0].sessions[0].address, "");
  must(enrol(s, hans, {round.id, std::nullopt, Sector::po, "Bestuurders", std::nullopt, std::nullopt}));
  EXPECT_EQ(mine(hans, round.id).round.sessions[0].address, "Straat 1, Utrecht");
}

}  // namespace
}  // namespace sb
