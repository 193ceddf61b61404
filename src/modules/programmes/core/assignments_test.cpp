// The assignments use cases (issue 14, point 5), called as people do, against the real store with the
// organisation's demo and the three seed programmes: who may hand in and read whose work, returning and
// accepting on the version read, no deleting once handed in, and accepted work counting toward completion.
#include <gtest/gtest.h>

#include "modules/organisation/core/demo.h"
#include "modules/organisation/core/test_world.h"
#include "modules/programmes/core/assignments.h"
#include "modules/programmes/core/demo.h"
#include "modules/programmes/core/programmes.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

class Assignments : public ::testing::Test {
 protected:
  testing::World world{{organisation_demo(), programmes_demo()}};
  Services& s = world.services();
  Principal staff = world.who(demo("programma"));
  Principal karin = world.who(demo("schoolleider"));
  Principal marloes = world.who("marloes.dejong@demo.samenbeter.nl");
  Principal gerard = world.who("gerard.timmermans@demo.samenbeter.nl");

  // A round of the Leergang with one session, Karin placed and Marloes on the waiting list.
  ProgrammeRound round_with_karin() {
    Id programme = 0;
    for (auto& e : must(catalogue(s, {}))) {
      if (e.programme.title.starts_with("Leergang")) programme = e.programme.id;
    }
    ProgrammeRound r;
    r.programme_id = programme;
    r.name = "Opdrachtenronde";
    r.enrolment_closes_at = s.clock.now() + 30 * 86400;
    r.groups = {{0, "Groep", 1}};
    r.sessions = {{0, "Dag 1", s.clock.now() + 40 * 86400, s.clock.now() + 40 * 86400 + 6 * 3600, "Rotterdam", "", Id{0}, 0, 360}};
    auto round = must(create_round(s, staff, r));
    must(enrol(s, karin, {round.id, std::nullopt, Sector::po, "Directeuren", std::nullopt, std::nullopt}));
    must(enrol(s, marloes, {round.id, std::nullopt, Sector::po, "Adjunct-directeuren", std::nullopt, std::nullopt}));
    return round;
  }
  Assignment take_to_school(const ProgrammeRound& round, UnixTime due) {
    return must(create_assignment(s, staff, {0, round.id, "Take to School", "Pas toe", 0, round.sessions[0].id, due, 120, 1}));
  }
};

TEST_F(Assignments, OnlyStaffDefineThemAndOnlyWithThePartsAndSessionsOfTheRound) {
  auto round = round_with_karin();
  const UnixTime due = s.clock.now() + 10 * 86400;
  EXPECT_EQ(create_assignment(s, karin, {0, round.id, "x", "", std::nullopt, std::nullopt, due, 0, 1}).error().code,
            ErrorCode::permission_denied);
  auto bad_part = create_assignment(s, staff, {0, round.id, "x", "", 7, std::nullopt, due, 0, 1});
  EXPECT_EQ(bad_part.error().field, "part");
  auto bad_session = create_assignment(s, staff, {0, round.id, "x", "", std::nullopt, Id{999999}, due, 0, 1});
  EXPECT_EQ(bad_session.error().field, "session_id");
  EXPECT_EQ(create_assignment(s, staff, {0, 999999, "x", "", std::nullopt, std::nullopt, due, 0, 1}).error().code,
            ErrorCode::not_found);
  auto a = take_to_school(round, due);
  auto stale = a;
  a.title = "Take to School: Organisatiekunde";
  EXPECT_EQ(must(update_assignment(s, staff, a)).version, 2);
  EXPECT_EQ(update_assignment(s, staff, stale).error().code, ErrorCode::conflict);
}

TEST_F(Assignments, APlacedParticipantHandsInUntilAcceptedAndNobodyElseSeesHerWork) {
  auto round = round_with_karin();
  auto a = take_to_school(round, s.clock.now() + 10 * 86400);
  // Marloes waits for a place, Gerard is not in the round: for them the assignment does not exist.
  EXPECT_EQ(hand_in(s, marloes, a.id, "mijn werk").error().code, ErrorCode::not_found);
  EXPECT_EQ(hand_in(s, gerard, a.id, "mijn werk").error().code, ErrorCode::not_found);
  EXPECT_EQ(hand_in(s, karin, a.id, "  ").error().field, "text");

  auto first = must(hand_in(s, karin, a.id, "Eerste versie"));
  EXPECT_EQ(first.status, HandInStatus::submitted);
  EXPECT_EQ(find_hand_in(s, marloes, first.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(find_hand_in(s, gerard, first.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(must(find_hand_in(s, staff, first.id)).text, "Eerste versie");
  EXPECT_EQ(review_hand_in(s, karin, {first.id, HandInStatus::accepted, "", first.version}).error().code,
            ErrorCode::permission_denied);

  // Returned: feedback is required; a review of an older version is a conflict.
  EXPECT_EQ(review_hand_in(s, staff, {first.id, HandInStatus::returned, "", first.version}).error().field, "feedback");
  auto returned = must(review_hand_in(s, staff, {first.id, HandInStatus::returned, "Concreter", first.version}));
  EXPECT_EQ(review_hand_in(s, staff, {first.id, HandInStatus::accepted, "", first.version}).error().code, ErrorCode::conflict);
  auto again = must(hand_in(s, karin, a.id, "Tweede versie"));
  EXPECT_EQ(again.status, HandInStatus::submitted);
  EXPECT_EQ(again.feedback, "Concreter");
  EXPECT_EQ(again.first_submitted_at, first.first_submitted_at);
  EXPECT_GT(again.version, returned.version);

  // Not complete with the session attended and the hours logged while the assignment is not accepted.
  auto karins = must(my_programmes(s, karin));
  auto view = *std::find_if(karins.begin(), karins.end(), [&](const EnrolmentView& v) { return v.round.id == round.id; });
  must(record_attendance(s, staff, round.sessions[0].id, {{round.sessions[0].id, view.enrolment.id, true}}));
  for (int part = 0; part < 4; ++part) {
    must(log_hours(s, staff, {0, view.enrolment.id, part, part == 0 ? 92 * 60 : (part == 1 ? 100 * 60 : 20 * 60), "", 0, 0}));
  }
  EXPECT_EQ(certificate(s, karin, view.enrolment.id).error().code, ErrorCode::failed_precondition);
  must(review_hand_in(s, staff, {again.id, HandInStatus::accepted, "", again.version}));
  EXPECT_EQ(must(certificate(s, karin, view.enrolment.id)).hours, 240);  // 6 h + 92 h + the accepted 2 h: the Themes' 100

  EXPECT_EQ(hand_in(s, karin, a.id, "Derde versie").error().reason, "hand_in_accepted");
  EXPECT_EQ(delete_assignment(s, staff, a.id).error().reason, "has_hand_ins");
  auto spare = take_to_school(round, s.clock.now() + 20 * 86400);
  EXPECT_TRUE(delete_assignment(s, staff, spare.id).has_value());
}

TEST_F(Assignments, TheDemoHasStaffWorkWaitingAndKarinAnAssignmentDueSoon) {
  Id running = 0;
  for (const auto& v : must(my_programmes(s, karin))) {
    if (v.programme.title.starts_with("Leergang")) running = v.round.id;
  }
  auto overview = must(round_assignments(s, staff, running));
  ASSERT_EQ(overview.assignments.size(), 6u);
  int waiting = 0;
  for (const auto& o : overview.assignments) {
    for (const auto& line : o.lines) waiting += line.state == AssignmentState::submitted || line.state == AssignmentState::submitted_late;
  }
  EXPECT_EQ(waiting, 2);
  const auto& soon = overview.assignments.back();
  EXPECT_GT(soon.assignment.due_at, s.clock.now());
  EXPECT_LT(soon.assignment.due_at, s.clock.now() + 7 * 86400);
  EXPECT_EQ(round_assignments(s, karin, running).error().code, ErrorCode::permission_denied);
}

}  // namespace
}  // namespace sb
