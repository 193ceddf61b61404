// The mentoring module's store contract: what every store implementation must
// do with applications, decisions, runs, published pairs and meetings. Each
// implementation instantiates it, e.g. modules/mentoring/sql/sql_mentoring_store_test.cpp.
#include "modules/mentoring/contract/mentoring_store_contract.h"

#include "modules/mentoring/core/store.h"
#include "modules/organisation/contract/tenants.h"

namespace sb::contract {
namespace {

MentorApplication a_mentor(std::string name, std::string token_hash) {
  MentorApplication a;
  a.token_hash = std::move(token_hash);
  a.email = name + "@bedrijf.nl";
  a.phone = "0612345678";
  a.mentor.name = std::move(name);
  a.mentor.organisation = "Bedrijf";
  a.mentor.role = "Teamleider";
  a.mentor.track = mentoring::Track::leidinggevende;
  a.mentor.years_in_role = 6;
  a.mentor.team_size = 30;
  a.mentor.capacity = 2;
  a.mentor.region = "noord";
  a.mentor.preferred_sectors = static_cast<mentoring::SectorSet>(mentoring::Sector::po);
  a.mentor.mode = mentoring::MeetingMode::online;
  a.mentor.months = 0x03;
  a.mentor.topics = "verbetercultuur";
  a.created_at = a.updated_at = 100;
  return a;
}

MenteeApplication a_mentee(const Tenants& w, Id user) {
  MenteeApplication a;
  a.user_id = user;
  a.school_id = w.school_a;
  a.mentee.name = "Alice";
  a.mentee.school = "School A";
  a.mentee.role = mentoring::MenteeRole::schoolcoach;
  a.mentee.role_text = "schoolcoach";
  a.mentee.sector = mentoring::Sector::vo;
  a.mentee.region = "noord";
  a.mentee.topics = "dagstart";
  a.created_at = a.updated_at = 200;
  return a;
}

template <class T, class F>
T read(Store& store, F f) {
  return read_value<T>(store, [&](ReadTx& tx) -> Result<T> { return f(mentoring_store(tx)); }).value();
}

template <class T, class F>
Result<T> write(Store& store, F f) {
  return write_value<T>(store, [&](WriteTx& tx) -> Result<T> { return f(mentoring_store(tx)); });
}

}  // namespace

TEST_P(MentoringStoreContract, AMentorApplicationKeepsEveryFieldTheEngineNeeds) {
  const Id id = write<Id>(*store_, [&](auto& m) { return m.insert_mentor(a_mentor("Anouk", "hash-1")); }).value();
  auto found = read<std::optional<MentorApplication>>(*store_, [&](auto& m) { return m.find_mentor(id); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->mentor.id, "M" + std::to_string(id));
  EXPECT_EQ(found->mentor.name, "Anouk");
  EXPECT_EQ(found->email, "Anouk@bedrijf.nl");
  EXPECT_EQ(found->mentor.team_size, 30);
  EXPECT_EQ(found->mentor.capacity, 2);
  EXPECT_EQ(found->mentor.mode, mentoring::MeetingMode::online);
  EXPECT_EQ(found->mentor.months, 0x03);
  EXPECT_EQ(found->mentor.preferred_sectors, static_cast<mentoring::SectorSet>(mentoring::Sector::po));
  auto by_token =
      read<std::optional<MentorApplication>>(*store_, [&](auto& m) { return m.find_mentor_by_token("hash-1"); });
  ASSERT_TRUE(by_token.has_value());
  EXPECT_EQ(by_token->id, id);
  EXPECT_FALSE(read<std::optional<MentorApplication>>(*store_, [&](auto& m) { return m.find_mentor_by_token(""); }));

  found->mentor.topics = "lean";
  found->updated_at = 150;
  ASSERT_TRUE(write<bool>(*store_, [&](auto& m) -> Result<bool> {
                SB_CHECK(m.update_mentor(*found));
                return true;
              }).has_value());
  EXPECT_EQ(read<std::optional<MentorApplication>>(*store_, [&](auto& m) { return m.find_mentor(id); })->mentor.topics,
            "lean");
}

TEST_P(MentoringStoreContract, WithdrawingErasesThePersonButKeepsTrackRegionAndDates) {
  auto w = make_tenants(*store_);
  const Id mentor = write<Id>(*store_, [&](auto& m) { return m.insert_mentor(a_mentor("Anouk", "hash-1")); }).value();
  const Id mentee = write<Id>(*store_, [&](auto& m) { return m.insert_mentee(a_mentee(w, w.alice)); }).value();
  ASSERT_TRUE(write<bool>(*store_, [&](auto& m) -> Result<bool> {
                SB_CHECK(m.set_decision(mentor, mentee, MentoringDecisionKind::lock));
                SB_CHECK(m.withdraw_mentor(mentor, 500));
                SB_CHECK(m.withdraw_mentee(mentee, 600));
                return true;
              }).has_value());
  auto gone = read<std::optional<MentorApplication>>(*store_, [&](auto& m) { return m.find_mentor(mentor); });
  ASSERT_TRUE(gone.has_value());
  EXPECT_EQ(gone->mentor.name, "");
  EXPECT_EQ(gone->email, "");
  EXPECT_EQ(gone->phone, "");
  EXPECT_EQ(gone->mentor.organisation, "");
  EXPECT_EQ(gone->mentor.topics, "");
  EXPECT_EQ(gone->mentor.region, "noord");
  EXPECT_EQ(gone->mentor.track, mentoring::Track::leidinggevende);
  EXPECT_EQ(gone->withdrawn_at, 500);
  EXPECT_FALSE(
      read<std::optional<MentorApplication>>(*store_, [&](auto& m) { return m.find_mentor_by_token("hash-1"); }));
  auto mentee_gone = read<std::optional<MenteeApplication>>(*store_, [&](auto& m) { return m.find_mentee(mentee); });
  EXPECT_EQ(mentee_gone->mentee.name, "");
  EXPECT_FALSE(mentee_gone->user_id.has_value());
  EXPECT_TRUE(read<std::vector<MentorApplication>>(*store_, [&](auto& m) { return m.open_mentors(); }).empty());
  EXPECT_TRUE(read<std::vector<MenteeApplication>>(*store_, [&](auto& m) { return m.open_mentees(); }).empty());
  EXPECT_TRUE(read<std::vector<MentoringDecision>>(*store_, [&](auto& m) { return m.decisions(); }).empty());
}

TEST_P(MentoringStoreContract, OneOpenMenteeApplicationPerAccount) {
  auto w = make_tenants(*store_);
  ASSERT_TRUE(write<Id>(*store_, [&](auto& m) { return m.insert_mentee(a_mentee(w, w.alice)); }).has_value());
  auto again = write<Id>(*store_, [&](auto& m) { return m.insert_mentee(a_mentee(w, w.alice)); });
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::already_exists);
  auto open = read<std::optional<MenteeApplication>>(*store_, [&](auto& m) { return m.open_mentee_of_user(w.alice); });
  ASSERT_TRUE(open.has_value());
  EXPECT_EQ(open->mentee.role, mentoring::MenteeRole::schoolcoach);
  EXPECT_EQ(open->mentee.sector, mentoring::Sector::vo);
}

TEST_P(MentoringStoreContract, ADecisionIsReplacedOrRemoved) {
  auto w = make_tenants(*store_);
  const Id mentor = write<Id>(*store_, [&](auto& m) { return m.insert_mentor(a_mentor("Anouk", "h")); }).value();
  const Id mentee = write<Id>(*store_, [&](auto& m) { return m.insert_mentee(a_mentee(w, w.alice)); }).value();
  auto set = [&](std::optional<MentoringDecisionKind> kind) {
    ASSERT_TRUE(write<bool>(*store_, [&](auto& m) -> Result<bool> {
                  SB_CHECK(m.set_decision(mentor, mentee, kind));
                  return true;
                }).has_value());
  };
  set(MentoringDecisionKind::lock);
  set(MentoringDecisionKind::forbid);
  auto decisions = read<std::vector<MentoringDecision>>(*store_, [&](auto& m) { return m.decisions(); });
  ASSERT_EQ(decisions.size(), 1u);
  EXPECT_EQ(decisions[0].kind, MentoringDecisionKind::forbid);
  set(std::nullopt);
  EXPECT_TRUE(read<std::vector<MentoringDecision>>(*store_, [&](auto& m) { return m.decisions(); }).empty());
}

TEST_P(MentoringStoreContract, ARunKeepsItsPairsInOrderAndItsUnpairedWithReasonsAndPublishesOnce) {
  auto w = make_tenants(*store_);
  const Id anouk = write<Id>(*store_, [&](auto& m) { return m.insert_mentor(a_mentor("Anouk", "a")); }).value();
  const Id bram = write<Id>(*store_, [&](auto& m) { return m.insert_mentor(a_mentor("Bram", "b")); }).value();
  const Id alice = write<Id>(*store_, [&](auto& m) { return m.insert_mentee(a_mentee(w, w.alice)); }).value();
  const Id bob = write<Id>(*store_, [&](auto& m) { return m.insert_mentee(a_mentee(w, w.bob)); }).value();
  MentoringRun run;
  run.created_at = 1000;
  run.pair_count = 2;
  run.total_score = 150;
  run.unpaired_mentors = 1;
  std::vector<MentoringRunPair> pairs{{bram, bob, true, {30, 20, 10, 0, 5}, "vastgezet", "locked", {}, {}, {}, {}},
                                      {anouk, alice, false, {30, 20, 20, 20, 10}, "", "", {}, {}, {}, {}}};
  std::vector<MentoringUnpaired> unpaired{{MentoringSide::mentor, anouk, "partners_taken", "bezet", "taken", {}}};
  const Id run_id = write<Id>(*store_, [&](auto& m) { return m.insert_run(run, pairs, unpaired); }).value();
  auto page = read<std::vector<MentoringRunPair>>(*store_, [&](auto& m) { return m.run_pairs(run_id, 0, 10); });
  ASSERT_EQ(page.size(), 2u);
  EXPECT_EQ(page[0].mentor_name, "Bram");
  EXPECT_TRUE(page[0].locked);
  EXPECT_EQ(page[0].score.total(), 65);
  EXPECT_EQ(page[1].score, (mentoring::ScoreBreakdown{30, 20, 20, 20, 10}));
  EXPECT_EQ(page[1].mentee_school, "School A");
  auto second = read<std::vector<MentoringRunPair>>(*store_, [&](auto& m) { return m.run_pairs(run_id, 1, 10); });
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].mentor_name, "Anouk");
  auto left = read<std::vector<MentoringUnpaired>>(*store_, [&](auto& m) { return m.run_unpaired(run_id); });
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].name, "Anouk");
  EXPECT_EQ(left[0].text_en, "taken");

  auto published = write<std::vector<MentoringPair>>(*store_, [&](auto& m) { return m.publish_run(run_id, 2000); });
  ASSERT_TRUE(published.has_value());
  ASSERT_EQ(published->size(), 2u);
  EXPECT_EQ(published->front().mentee_user_id, w.bob);
  auto twice = write<std::vector<MentoringPair>>(*store_, [&](auto& m) { return m.publish_run(run_id, 2001); });
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code, ErrorCode::conflict);
  EXPECT_EQ(read<std::optional<MentoringRun>>(*store_, [&](auto& m) { return m.find_run(run_id); })->published_at,
            2000);
  auto of_alice = read<std::vector<MentoringPair>>(*store_, [&](auto& m) { return m.pairs_of_user(w.alice); });
  ASSERT_EQ(of_alice.size(), 1u);
  EXPECT_EQ(of_alice[0].mentor_name, "Anouk");
}

TEST_P(MentoringStoreContract, AMeetingIsPlannedThenLoggedAndGuidesAreEditable) {
  auto w = make_tenants(*store_);
  const Id anouk = write<Id>(*store_, [&](auto& m) { return m.insert_mentor(a_mentor("Anouk", "a")); }).value();
  const Id alice = write<Id>(*store_, [&](auto& m) { return m.insert_mentee(a_mentee(w, w.alice)); }).value();
  MentoringRun run;
  run.created_at = 1000;
  std::vector<MentoringRunPair> pairs{{anouk, alice, false, {}, "", "", {}, {}, {}, {}}};
  const Id run_id = write<Id>(*store_, [&](auto& m) { return m.insert_run(run, pairs, {}); }).value();
  const Id pair = write<std::vector<MentoringPair>>(*store_, [&](auto& m) { return m.publish_run(run_id, 2000); })
                      .value()
                      .front()
                      .id;
  MentoringMeeting meeting{pair, 2,  5000,         MeetingPlace::school, MeetingHeld::unknown,
                           "",   "", std::nullopt, std::nullopt};
  auto save = [&](const MentoringMeeting& m) {
    ASSERT_TRUE(write<bool>(*store_, [&](auto& s) -> Result<bool> {
                  SB_CHECK(s.save_meeting(m));
                  return true;
                }).has_value());
  };
  save(meeting);
  meeting.held = MeetingHeld::yes;
  meeting.log = "Dagstart bekeken";
  meeting.experiment = "Dagstart met het hele team";
  meeting.board_item_id = 77;
  save(meeting);
  auto meetings = read<std::vector<MentoringMeeting>>(*store_, [&](auto& m) { return m.meetings(pair); });
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(meetings[0].number, 2);
  EXPECT_EQ(meetings[0].starts_at, 5000);
  EXPECT_EQ(meetings[0].place, MeetingPlace::school);
  EXPECT_EQ(meetings[0].held, MeetingHeld::yes);
  EXPECT_EQ(meetings[0].log, "Dagstart bekeken");
  EXPECT_EQ(meetings[0].board_item_id, 77);

  auto guides = read<std::vector<std::string>>(*store_, [&](auto& m) { return m.guides(); });
  ASSERT_EQ(guides.size(), 3u);
  ASSERT_TRUE(write<bool>(*store_, [&](auto& m) -> Result<bool> {
                SB_CHECK(m.set_guide(2, "Nieuwe tekst"));
                return true;
              }).has_value());
  EXPECT_EQ(read<std::vector<std::string>>(*store_, [&](auto& m) { return m.guides(); })[1], "Nieuwe tekst");
}

TEST_P(MentoringStoreContract, SchoolsJoinAndLeaveTheInspirationProgramme) {
  auto w = make_tenants(*store_);
  auto in = [&](Id school) { return read<bool>(*store_, [&](auto& m) { return m.school_in_programme(school); }); };
  EXPECT_FALSE(in(w.school_a));
  auto set = [&](bool value) {
    ASSERT_TRUE(write<bool>(*store_, [&](auto& m) -> Result<bool> {
                  SB_CHECK(m.set_school_in_programme(w.school_a, value));
                  SB_CHECK(m.set_school_in_programme(w.school_a, value));  // twice is fine
                  return true;
                }).has_value());
  };
  set(true);
  EXPECT_TRUE(in(w.school_a));
  EXPECT_FALSE(in(w.school_b));
  set(false);
  EXPECT_FALSE(in(w.school_a));
}

TEST_P(MentoringStoreContract, ASchoolsProgrammeRegionIsSetClearedAndMovesItsOpenApplications) {
  auto w = make_tenants(*store_);
  using Regions = std::vector<std::pair<Id, std::string>>;
  ASSERT_TRUE(write<Id>(*store_, [&](auto& m) -> Result<Id> {
                SB_CHECK(m.set_school_in_programme(w.school_a, true));
                return m.insert_mentee(a_mentee(w, w.alice));
              }).has_value());
  EXPECT_TRUE(read<Regions>(*store_, [&](auto& m) { return m.programme_regions(); }).empty());
  ASSERT_TRUE(write<bool>(*store_, [&](auto& m) -> Result<bool> {
                SB_CHECK(m.set_programme_region(w.school_a, std::string("oost")));
                SB_CHECK(m.move_open_mentees(w.school_a, "oost"));
                return true;
              }).has_value());
  EXPECT_EQ(read<Regions>(*store_, [&](auto& m) { return m.programme_regions(); }), (Regions{{w.school_a, "oost"}}));
  EXPECT_EQ(read<std::optional<MenteeApplication>>(*store_, [&](auto& m) { return m.open_mentee_of_user(w.alice); })
                ->mentee.region,
            "oost");
  ASSERT_TRUE(write<bool>(*store_, [&](auto& m) -> Result<bool> {
                SB_CHECK(m.set_programme_region(w.school_a, std::nullopt));
                return true;
              }).has_value());
  EXPECT_TRUE(read<Regions>(*store_, [&](auto& m) { return m.programme_regions(); }).empty());
}

TEST_P(MentoringStoreContract, ARoundKeepsOneEventOfEachKindReplacedInPlaceAndRemovable) {
  MentoringEvent webinar{"2026-12-01", MentoringEventKind::webinar, "Webinar", 2000, 5600, "", "https://x.nl/w", 0, 10};
  MentoringEvent pairing{"2026-12-01", MentoringEventKind::pairing_meeting, "Koppeling", 1000, 4600, "Utrecht", "", 0, 10};
  MentoringEvent other_round{"2027-12-01", MentoringEventKind::webinar, "Later", 9000, 12600, "Online", "", 0, 10};
  ASSERT_TRUE(write<bool>(*store_, [&](auto& m) -> Result<bool> {
                SB_CHECK(m.save_event(webinar));
                SB_CHECK(m.save_event(pairing));
                SB_CHECK(m.save_event(other_round));
                return true;
              }).has_value());
  auto events = read<std::vector<MentoringEvent>>(*store_, [&](auto& m) { return m.events("2026-12-01"); });
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].kind, MentoringEventKind::pairing_meeting);  // by start
  EXPECT_EQ(events[0].place, "Utrecht");
  EXPECT_EQ(events[1].link, "https://x.nl/w");
  EXPECT_EQ(events[1].ends_at, 5600);

  webinar.title = "Webinar (verzet)";
  webinar.starts_at = 500;
  webinar.sequence = 1;
  ASSERT_TRUE(write<bool>(*store_, [&](auto& m) -> Result<bool> {
                SB_CHECK(m.save_event(webinar));
                return true;
              }).has_value());
  events = read<std::vector<MentoringEvent>>(*store_, [&](auto& m) { return m.events("2026-12-01"); });
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].title, "Webinar (verzet)");
  EXPECT_EQ(events[0].sequence, 1);

  ASSERT_TRUE(write<bool>(*store_, [&](auto& m) -> Result<bool> {
                SB_CHECK(m.delete_event("2026-12-01", MentoringEventKind::webinar));
                return true;
              }).has_value());
  events = read<std::vector<MentoringEvent>>(*store_, [&](auto& m) { return m.events("2026-12-01"); });
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, MentoringEventKind::pairing_meeting);
  EXPECT_EQ(read<std::vector<MentoringEvent>>(*store_, [&](auto& m) { return m.events("2027-12-01"); }).size(), 1u);
}

}  // namespace sb::contract
