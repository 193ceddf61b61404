// The programmes module's rules: audience, capacity and the waiting list's
// order, promotion, the colleague rule, completion, VAT and the catalogue filter.
#include <gtest/gtest.h>

#include <set>

#include "modules/programmes/core/calendar.h"
#include "modules/programmes/core/rules.h"
#include "modules/programmes/core/times.h"

namespace sb {
namespace {

Programme intersectoral() {
  Programme p;
  p.audience = {{Sector::po, "Bestuurders"}, {Sector::mbo, "Collegedirecteuren"}, {Sector::vo, "Rectoren"}};
  return p;
}

ProgrammeRound two_groups(int capacity) {
  ProgrammeRound r;
  r.id = 1;
  r.groups = {{10, "Groep 1", capacity}, {11, "Groep 2", capacity}};
  r.enrolment_closes_at = 1000;
  return r;
}

Enrolment enrolment(Id id, EnrolmentStatus status, std::optional<Id> group, Id bestuur = 1, std::optional<Id> preferred = {}) {
  Enrolment e;
  e.id = id;
  e.user_id = 100 + id;
  e.round_id = 1;
  e.status = status;
  e.group_id = group;
  e.preferred_group_id = preferred;
  e.bestuur_id = bestuur;
  return e;
}

TEST(ProgrammeRules, AudienceIsCheckedBySectorAndRoleWithTheReason) {
  const auto p = intersectoral();
  EXPECT_TRUE(check_audience(p, Sector::po, "Bestuurders").has_value());
  EXPECT_TRUE(check_audience(p, Sector::vo, "Rectoren").has_value());
  auto wrong_role = check_audience(p, Sector::po, "Rectoren");  // a role of VO, not of PO
  ASSERT_FALSE(wrong_role.has_value());
  EXPECT_EQ(wrong_role.error().field, "role");
  EXPECT_EQ(wrong_role.error().reason, "not_in_audience");
  auto wrong_sector = check_audience(p, Sector::hbo, "Bestuurders");
  ASSERT_FALSE(wrong_sector.has_value());
  EXPECT_EQ(wrong_sector.error().field, "sector");
  EXPECT_EQ(wrong_sector.error().reason, "sector_not_in_audience");
}

TEST(ProgrammeRules, APlaceIsGivenInTheFirstGroupWithRoomThenTheWaitingList) {
  const auto r = two_groups(1);
  std::vector<Enrolment> all;
  auto first = place(r, all, std::nullopt);
  EXPECT_EQ(first.status, EnrolmentStatus::placed);
  EXPECT_EQ(first.group_id, 10);
  all.push_back(enrolment(1, first.status, first.group_id));
  auto second = place(r, all, std::nullopt);
  EXPECT_EQ(second.group_id, 11);
  all.push_back(enrolment(2, second.status, second.group_id));
  auto third = place(r, all, std::nullopt);
  EXPECT_EQ(third.status, EnrolmentStatus::waiting);
  EXPECT_FALSE(third.group_id.has_value());
}

TEST(ProgrammeRules, AFullPreferredGroupMeansWaitingEvenWhenAnotherHasRoom) {
  const auto r = two_groups(1);
  std::vector<Enrolment> all{enrolment(1, EnrolmentStatus::placed, 10)};
  EXPECT_EQ(place(r, all, Id{10}).status, EnrolmentStatus::waiting);
  EXPECT_EQ(place(r, all, Id{11}).group_id, 11);
}

TEST(ProgrammeRules, ARoundWithoutGroupsHasNoLimit) {
  ProgrammeRound r;
  std::vector<Enrolment> all(50, enrolment(1, EnrolmentStatus::placed, std::nullopt));
  EXPECT_EQ(place(r, all, std::nullopt).status, EnrolmentStatus::placed);
}

TEST(ProgrammeRules, NeverMorePlacedThanTheCapacityWhateverTheOrder) {
  auto r = two_groups(20);
  r.groups.resize(1);
  std::vector<Enrolment> all;
  for (Id id = 1; id <= 300; ++id) {
    auto placement = place(r, all, std::nullopt);
    all.push_back(enrolment(id, placement.status, placement.group_id));
  }
  EXPECT_EQ(placed_in(all, 10), 20);
  for (Id id = 1; id <= 300; ++id) EXPECT_EQ(all[id - 1].status == EnrolmentStatus::placed, id <= 20) << id;
}

TEST(ProgrammeRules, TheEarliestWaitingMovesUpWhenAPlaceFrees) {
  const auto r = two_groups(1);
  std::vector<Enrolment> all{enrolment(1, EnrolmentStatus::cancelled, std::nullopt),
                             enrolment(2, EnrolmentStatus::placed, 11),
                             enrolment(5, EnrolmentStatus::waiting, std::nullopt),
                             enrolment(3, EnrolmentStatus::waiting, std::nullopt, 1, Id{11}),  // wants group 2 only
                             enrolment(4, EnrolmentStatus::waiting, std::nullopt)};
  EXPECT_EQ(next_in_line(r, all, 10), 4);  // 3 asked for the other group; 4 arrived before 5
  EXPECT_EQ(next_in_line(r, all, 11), std::nullopt);  // still full
  all[1].status = EnrolmentStatus::cancelled;
  EXPECT_EQ(next_in_line(r, all, 11), 3);
}

TEST(ProgrammeRules, NobodyMovesUpWhenNobodyWaits) {
  const auto r = two_groups(2);
  std::vector<Enrolment> all{enrolment(1, EnrolmentStatus::placed, 10)};
  EXPECT_EQ(next_in_line(r, all, 10), std::nullopt);
}

TEST(ProgrammeRules, AnEnrolmentAloneStaysIncompleteUntilAColleagueOfTheSameOrganisationJoins) {
  Programme p;
  p.enrolment_rule = EnrolmentRule::with_colleague;
  const auto r = two_groups(10);
  auto mine = enrolment(1, EnrolmentStatus::placed, 10, /*bestuur=*/7);
  std::vector<Enrolment> all{mine, enrolment(2, EnrolmentStatus::placed, 10, /*bestuur=*/8)};
  auto alone = colleague_state(p, r, mine, all);
  EXPECT_TRUE(alone.required);
  EXPECT_FALSE(alone.complete);
  EXPECT_EQ(alone.deadline, 1000);
  all.push_back(enrolment(3, EnrolmentStatus::cancelled, std::nullopt, 7));  // a cancelled colleague does not count
  EXPECT_FALSE(colleague_state(p, r, mine, all).complete);
  all.push_back(enrolment(4, EnrolmentStatus::waiting, std::nullopt, 7));
  EXPECT_TRUE(colleague_state(p, r, mine, all).complete);
  p.enrolment_rule = EnrolmentRule::individual;
  EXPECT_TRUE(colleague_state(p, r, enrolment(9, EnrolmentStatus::placed, 10, 9), {}).complete);
  EXPECT_FALSE(colleague_state(p, r, enrolment(9, EnrolmentStatus::placed, 10, 9), {}).required);
}

TEST(ProgrammeRules, APlaceHeldForAnInvitedColleagueCountsForTheColleagueRuleAndTheCapacity) {
  Programme p;
  p.enrolment_rule = EnrolmentRule::with_colleague;
  const auto r = two_groups(1);
  auto mine = enrolment(1, EnrolmentStatus::placed, 10, 7);
  auto held = enrolment(2, EnrolmentStatus::placed, 11, 7);
  held.user_id = 0;
  held.invited_email = "collega@school.test";
  held.held_until = 500;
  EXPECT_TRUE(colleague_state(p, r, mine, {mine, held}).complete);
  EXPECT_EQ(place(r, std::vector<Enrolment>{mine, held}, std::nullopt).status, EnrolmentStatus::waiting);
  EXPECT_TRUE(is_held(held));
  EXPECT_EQ(invitation_state(held), InvitationState::open);
  EXPECT_FALSE(hold_expired(held, 500));
  EXPECT_TRUE(hold_expired(held, 501));
  auto expired = held;
  expired.status = EnrolmentStatus::cancelled;
  expired.cancelled_at = 500;
  EXPECT_EQ(invitation_state(expired), InvitationState::expired);
  expired.cancelled_at = 499;
  EXPECT_EQ(invitation_state(expired), InvitationState::withdrawn);
  auto accepted = held;
  accepted.user_id = 42;
  EXPECT_EQ(invitation_state(accepted), InvitationState::accepted);
  EXPECT_FALSE(is_held(accepted));
  EXPECT_EQ(invitation_state(mine), InvitationState::none);
}

TEST(ProgrammeRules, CompletionNeedsEverySessionOfOnesGroupAndTheHoursOfEveryPart) {
  Programme p;
  p.parts = {{"Thema's", 2, ""}, {"Coaching", 1, ""}};
  ProgrammeRound r = two_groups(10);
  r.sessions = {{1, "Dag 1", 0, 10, "Rotterdam", "", std::nullopt, 0, 60},
                {2, "Dag 2", 20, 30, "Rotterdam", "", std::nullopt, 0, 60},
                {3, "Alleen groep 2", 40, 50, "Utrecht", "", Id{11}, std::nullopt, 0}};
  auto e = enrolment(1, EnrolmentStatus::placed, 10);
  std::vector<Attendance> attendance{{1, 1, true}, {2, 1, false}};
  std::vector<HoursEntry> hours{{1, 1, 1, 60, "", 0, 0}};
  auto partly = progress_of(p, r, e, attendance, hours);
  EXPECT_EQ(partly.sessions_total, 2);  // group 2's own session is not theirs
  EXPECT_EQ(partly.sessions_attended, 1);
  EXPECT_EQ(partly.parts[0].done_minutes, 60);
  EXPECT_EQ(partly.parts[0].required_minutes, 120);
  EXPECT_EQ(partly.parts[1].done_minutes, 60);
  EXPECT_FALSE(partly.complete);
  attendance[1].present = true;
  EXPECT_TRUE(progress_of(p, r, e, attendance, hours).complete);
  hours.clear();  // coaching not done
  EXPECT_FALSE(progress_of(p, r, e, attendance, hours).complete);
  hours.push_back({2, 1, 1, 60, "", 0, 0});
  e.status = EnrolmentStatus::waiting;  // someone who was never placed does not complete
  EXPECT_FALSE(progress_of(p, r, e, attendance, hours).complete);
}

TEST(ProgrammeRules, AssignmentsCountTowardCompletionOnlyWhenAccepted) {
  Programme p;
  p.parts = {{"Thema's", 2, ""}};
  ProgrammeRound r = two_groups(10);
  r.sessions = {{1, "Dag 1", 0, 10, "Rotterdam", "", std::nullopt, 0, 60},
                {3, "Alleen groep 2", 40, 50, "Utrecht", "", Id{11}, std::nullopt, 0}};
  auto e = enrolment(1, EnrolmentStatus::placed, 10);
  const std::vector<Attendance> attendance{{1, 1, true}};
  const std::vector<HoursEntry> hours;
  // Take to School (credits 60 minutes to the Themes), and a preparation of group 2's session: not theirs.
  const std::vector<Assignment> assignments{{7, 1, "Take to School", "", 0, std::nullopt, 100, 60, 1},
                                            {8, 1, "Voorbereiding", "", std::nullopt, Id{3}, 30, 0, 1}};
  auto none = progress_of(p, r, e, attendance, hours, assignments, {});
  EXPECT_EQ(none.assignments_required, 1);
  EXPECT_EQ(none.assignments_handed_in, 0);
  EXPECT_FALSE(none.complete);  // the session's 60 minutes are not the part's 120

  std::vector<HandIn> work{{1, 7, 1, "tekst", 90, 90, HandInStatus::submitted, "", std::nullopt, std::nullopt, 1}};
  auto waiting = progress_of(p, r, e, attendance, hours, assignments, work);
  EXPECT_EQ(waiting.assignments_handed_in, 1);
  EXPECT_EQ(waiting.assignments_accepted, 0);
  EXPECT_EQ(waiting.parts[0].done_minutes, 60);  // handed in is not yet credited
  EXPECT_FALSE(waiting.complete);

  work[0].status = HandInStatus::returned;
  EXPECT_FALSE(progress_of(p, r, e, attendance, hours, assignments, work).complete);
  work[0].status = HandInStatus::accepted;
  auto accepted = progress_of(p, r, e, attendance, hours, assignments, work);
  EXPECT_EQ(accepted.assignments_accepted, 1);
  EXPECT_EQ(accepted.parts[0].done_minutes, 120);
  EXPECT_TRUE(accepted.complete);

  // Someone else's accepted work does not count for this participant.
  work[0].enrolment_id = 2;
  EXPECT_FALSE(progress_of(p, r, e, attendance, hours, assignments, work).complete);
}

TEST(ProgrammeRules, AnAssignmentsStateFollowsItsDueDateAndTheStaffsReview) {
  const Assignment a{7, 1, "Take to School", "", 0, std::nullopt, 100, 0, 1};
  EXPECT_EQ(assignment_state(a, std::nullopt, 100), AssignmentState::todo);  // due at 100: still in time
  EXPECT_EQ(assignment_state(a, std::nullopt, 101), AssignmentState::overdue);
  HandIn h{1, 7, 1, "tekst", 100, 100, HandInStatus::submitted, "", std::nullopt, std::nullopt, 1};
  EXPECT_EQ(assignment_state(a, h, 500), AssignmentState::submitted);
  h.first_submitted_at = 101;
  h.submitted_at = 101;
  EXPECT_EQ(assignment_state(a, h, 500), AssignmentState::submitted_late);
  h.status = HandInStatus::returned;
  EXPECT_EQ(assignment_state(a, h, 500), AssignmentState::returned);
  // Handed in on time, returned, handed in again after the due date: not late, lateness is the first hand-in's.
  h.first_submitted_at = 90;
  h.submitted_at = 300;
  h.status = HandInStatus::submitted;
  EXPECT_EQ(assignment_state(a, h, 500), AssignmentState::submitted);
  h.status = HandInStatus::accepted;
  EXPECT_EQ(assignment_state(a, h, 500), AssignmentState::accepted);
}

TEST(ProgrammeRules, AParticipantHasTheAssignmentsOfTheSessionsTheyFollowByDueDate) {
  ProgrammeRound r = two_groups(10);
  r.sessions = {{1, "Voor iedereen", 0, 10, "Utrecht", "", std::nullopt, std::nullopt, 0},
                {2, "Groep 1", 20, 30, "Utrecht", "", Id{10}, std::nullopt, 0},
                {3, "Groep 2", 20, 30, "Amsterdam", "", Id{11}, std::nullopt, 0}};
  const std::vector<Assignment> all{{1, 1, "Later", "", std::nullopt, std::nullopt, 90, 0, 1},
                                    {2, 1, "Groep 1", "", std::nullopt, Id{2}, 15, 0, 1},
                                    {3, 1, "Groep 2", "", std::nullopt, Id{3}, 15, 0, 1},
                                    {4, 1, "Iedereen", "", std::nullopt, Id{1}, 5, 0, 1},
                                    {5, 2, "Andere ronde", "", std::nullopt, std::nullopt, 1, 0, 1}};
  auto mine = assignments_for(r, all, Id{10});
  ASSERT_EQ(mine.size(), 3U);
  EXPECT_EQ(mine[0].id, 4);
  EXPECT_EQ(mine[1].id, 2);
  EXPECT_EQ(mine[2].id, 1);
  auto items = assignment_items(r, enrolment(1, EnrolmentStatus::placed, 11), all,
                                {{9, 3, 1, "x", 10, 10, HandInStatus::accepted, "", std::nullopt, std::nullopt, 1}}, 50);
  ASSERT_EQ(items.size(), 3U);
  EXPECT_EQ(items[1].assignment.id, 3);
  EXPECT_EQ(items[1].state, AssignmentState::accepted);
  EXPECT_EQ(items[0].state, AssignmentState::overdue);
  EXPECT_EQ(items[2].state, AssignmentState::todo);
}

TEST(ProgrammeRules, ACopiedRoundsDatesMoveByWholeDaysAtTheSameClockTimeAcrossSummerTime) {
  const UnixTime summer = amsterdam_time(2025, 10, 9, 9, 30);  // CEST
  EXPECT_EQ(shift_days(summer, 56), amsterdam_time(2025, 12, 4, 9, 30));  // CET: still 09:30 on the wall
  EXPECT_EQ(shift_days(summer, 728), amsterdam_time(2027, 10, 7, 9, 30));
  EXPECT_EQ(shift_days(summer, -1), amsterdam_time(2025, 10, 8, 9, 30));
  EXPECT_EQ(days_until(summer, "2027-10-07"), 728);
  EXPECT_EQ(days_until(summer, "7-10-2027"), std::nullopt);
}

TEST(ProgrammeRules, ProjectGroupsOfFourOrFiveMixSectorsAndRegions) {
  std::vector<GroupCandidate> people;
  // Twelve PO leaders of the midden, four VO leaders of the noord, four MBO leaders of the zuid.
  for (Id i = 1; i <= 12; ++i) people.push_back({i, Sector::po, Region::midden});
  for (Id i = 13; i <= 16; ++i) people.push_back({i, Sector::vo, Region::noord});
  for (Id i = 17; i <= 20; ++i) people.push_back({i, Sector::mbo, Region::zuid});
  auto groups = propose_project_groups(people);
  ASSERT_EQ(groups.size(), 4u);
  std::set<Id> seen;
  for (const auto& g : groups) {
    EXPECT_EQ(g.size(), 5u);
    int po = 0, vo = 0, mbo = 0;
    for (Id id : g) {
      seen.insert(id);
      po += id <= 12;
      vo += id >= 13 && id <= 16;
      mbo += id >= 17;
    }
    EXPECT_EQ(po, 3);  // twelve over four groups
    EXPECT_EQ(vo, 1);
    EXPECT_EQ(mbo, 1);
  }
  EXPECT_EQ(seen.size(), 20u);
  // Nine people: two groups of 4 and 5; four people: one group.
  people.resize(9);
  auto nine = propose_project_groups(people);
  ASSERT_EQ(nine.size(), 2u);
  EXPECT_EQ(nine[0].size() + nine[1].size(), 9u);
  EXPECT_GE(std::min(nine[0].size(), nine[1].size()), 4u);
  people.resize(4);
  EXPECT_EQ(propose_project_groups(people).size(), 1u);
  EXPECT_TRUE(propose_project_groups({}).empty());
}

TEST(ProgrammeRules, AParticipantsSessionsBecomeCalendarEventsWithTheExactAddress) {
  Programme p;
  p.title = "Leerlab";
  p.provider = "VO-academie";
  ProgrammeRound r = two_groups(10);
  r.name = "2027";
  r.sessions = {{5, "Dag 1", 100, 200, "Utrecht", "Berlijnplein 300", std::nullopt, std::nullopt, 0},
                {6, "Groep 2", 300, 400, "Utrecht", "", Id{11}, std::nullopt, 0}};
  auto events = session_events(p, r, enrolment(1, EnrolmentStatus::placed, 10));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].uid, "programme-session-5@samenbeter");
  EXPECT_EQ(events[0].summary, "Leerlab: Dag 1");
  EXPECT_EQ(events[0].location, "Utrecht, Berlijnplein 300");
  EXPECT_FALSE(events[0].cancelled);
  EXPECT_TRUE(session_events(p, r, enrolment(1, EnrolmentStatus::cancelled, std::nullopt))[0].cancelled);
  const auto text = ical::write_calendar("SamenBeter", events, 0);
  EXPECT_NE(text.find("UID:programme-session-5@samenbeter"), std::string::npos);
}

TEST(ProgrammeRules, VatIsAddedToAPriceWithoutItInWholeCents) {
  Programme p;
  p.price_cents = 90000;
  p.vat_percent = 21;
  EXPECT_EQ(vat_cents(p), 18900);
  EXPECT_EQ(price_incl_vat_cents(p), 108900);
  EXPECT_EQ(price_excl_vat_cents(p), 90000);
  p.price_includes_vat = true;
  p.price_cents = 108900;
  EXPECT_EQ(vat_cents(p), 0);
  EXPECT_EQ(price_excl_vat_cents(p), 90000);
  p.price_includes_vat = false;
  p.vat_percent = 0;
  p.price_cents = 75000;
  EXPECT_EQ(price_incl_vat_cents(p), 75000);
}

TEST(ProgrammeRules, ARoundIsOpenThenClosedThenRunningThenCompleted) {
  ProgrammeRound r;
  r.enrolment_closes_at = 100;
  r.sessions = {{1, "a", 200, 300, "x", "", std::nullopt, std::nullopt, 0}, {2, "b", 400, 500, "x", "", std::nullopt, std::nullopt, 0}};
  EXPECT_EQ(round_state(r, 50), RoundState::open);
  EXPECT_EQ(round_state(r, 150), RoundState::closed);
  EXPECT_EQ(round_state(r, 350), RoundState::running);
  EXPECT_EQ(round_state(r, 500), RoundState::completed);
}

TEST(ProgrammeRules, SeedTimesAreAmsterdamTimeSummerAndWinter) {
  // Monday 14 October 2024 10:00 CEST is 08:00 UTC; Monday 9 December 2024 10:00 CET is 09:00 UTC.
  EXPECT_EQ(amsterdam_time(2024, 10, 14, 10), 1728892800);
  EXPECT_EQ(amsterdam_time(2024, 12, 9, 10), 1733734800);
  EXPECT_EQ(date_text(amsterdam_time(2026, 2, 5, 10)), "05-02-2026");
  EXPECT_EQ(clock_text(amsterdam_time(2026, 11, 26, 17)), "17:00");
  EXPECT_EQ(parse_amsterdam("2026-02-05", "10:00"), amsterdam_time(2026, 2, 5, 10));
  EXPECT_FALSE(parse_amsterdam("2026-02-30", "10:00").has_value());
  EXPECT_FALSE(parse_amsterdam("2026-02-05", "25:00").has_value());
  EXPECT_FALSE(parse_amsterdam("5-2-2026", "10:00").has_value());
}

TEST(ProgrammeRules, TheCatalogueFiltersOnSectorRolePlaceMonthPriceAndPoints) {
  Programme p = intersectoral();
  p.price_cents = 75000;
  p.registration_points = 0;
  ProgrammeRound r;
  r.sessions = {{1, "Bezoek", amsterdam_time(2024, 10, 14, 10), amsterdam_time(2024, 10, 14, 16), "Picnic, Utrecht", "",
                 std::nullopt, std::nullopt, 0}};
  const std::vector<ProgrammeRound> rounds{r};
  EXPECT_TRUE(matches(p, rounds, {}));
  EXPECT_TRUE(matches(p, rounds, {Sector::mbo, "", "", "", {}, {}}));
  EXPECT_FALSE(matches(p, rounds, {Sector::hbo, "", "", "", {}, {}}));
  EXPECT_TRUE(matches(p, rounds, {Sector::vo, "rector", "", "", {}, {}}));
  EXPECT_FALSE(matches(p, rounds, {Sector::po, "rector", "", "", {}, {}}));
  EXPECT_TRUE(matches(p, rounds, {{}, "", "utrecht", "", {}, {}}));
  EXPECT_FALSE(matches(p, rounds, {{}, "", "Rotterdam", "", {}, {}}));
  EXPECT_TRUE(matches(p, rounds, {{}, "", "", "2024-10", {}, {}}));
  EXPECT_FALSE(matches(p, rounds, {{}, "", "", "2024-11", {}, {}}));
  EXPECT_TRUE(matches(p, rounds, {{}, "", "", "", 75000, {}}));
  EXPECT_FALSE(matches(p, rounds, {{}, "", "", "", 74999, {}}));
  EXPECT_FALSE(matches(p, rounds, {{}, "", "", "", {}, 100}));
  p.price_on_request = true;
  EXPECT_FALSE(matches(p, rounds, {{}, "", "", "", 1'000'000, {}}));
  EXPECT_TRUE(matches(p, rounds, {}));
}

}  // namespace
}  // namespace sb
