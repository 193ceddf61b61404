// Lesson designs and visits, called as the use cases they are, against the real store with the demo's schools,
// boards and lessons: seen from the team Groep 5-6 of OBS De Regenboog (Sanne de Vries, the demo's "leraar",
// and her colleague Thijs Mulder), its school leader, and people of the other school.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/board/core/test_board.h"
#include "modules/lessons/core/calendar.h"
#include "modules/lessons/core/demo.h"
#include "modules/lessons/core/designs.h"
#include "modules/lessons/core/store.h"
#include "modules/lessons/core/visits.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

class Lessons : public ::testing::Test {
 protected:
  testing::World world{{organisation_demo(), board_demo(), lessons_demo()}};
  Services& s = world.services();
  Principal sanne = world.who(demo("leraar"));
  Principal thijs = world.who("thijs.mulder@demo.samenbeter.nl");
  Principal eva = world.who("eva.vandijk@demo.samenbeter.nl");       // a colleague in the team, not a party
  Principal lotte = world.who(demo("schoolcoach"));                   // coach, teaches in Groep 3-4
  Principal daan = world.who("daan.deboer@demo.samenbeter.nl");       // a teacher of the other team
  Principal leader = world.who(demo("schoolleider"));
  Principal other_leader = world.who("gerard.timmermans@demo.samenbeter.nl");
  Id team_id = world.team("OBS De Regenboog", "Groep 5-6").id;
  Id other_team_id = world.team("Het Baken College", "Sectie Nederlands").id;

  Id a_goal() { return must(get_board(s, sanne, team_id)).goals.back().id; }

  LessonDesign new_design(std::vector<std::string> criteria = {"Leerlingen leggen uit hoe ze het aanpakten"}) {
    NewDesign input;
    input.goal_id = a_goal();
    input.content.title = "Breuken vergelijken";
    input.content.lesson_goal = "Leerlingen vergelijken breuken";
    input.content.criteria = std::move(criteria);
    input.co_author_ids = {thijs.user.id};
    return must(create_design(s, sanne, team_id, input));
  }

  LessonVisit new_visit(const LessonDesign& design) {
    NewVisit input;
    input.design_id = design.id;
    input.teacher_id = sanne.user.id;
    input.visitor_id = thijs.user.id;
    input.starts_at = s.clock.now() + 86400;
    input.minutes = 45;
    input.location = "Lokaal 12";
    return must(plan_visit(s, sanne, team_id, input));
  }

  Observation observation(const std::string& key, std::int64_t seq, const std::string& notes) {
    Observation o;
    o.client_key = key;
    o.client_seq = seq;
    o.criteria = {{"", notes, 3}};
    return o;
  }
};

TEST_F(Lessons, CoAuthorsSavingDifferentPartsOfTheSameVersionKeepBothTheirWords) {
  const auto design = new_design();
  EXPECT_EQ(design.author_ids.size(), 2u);
  DesignSave by_sanne{design.version, {}, std::nullopt, std::nullopt};
  by_sanne.patch.lesson_goal = "Sanne: leerlingen ordenen drie breuken";
  DesignSave by_thijs{design.version, {}, std::nullopt, std::nullopt};
  by_thijs.patch.subject = "Rekenen";
  must(save_design(s, sanne, design.id, by_sanne));
  const auto merged = must(save_design(s, thijs, design.id, by_thijs));  // made on version 1, stored is 2
  EXPECT_EQ(merged.version, 3);
  EXPECT_EQ(merged.content.lesson_goal, "Sanne: leerlingen ordenen drie breuken");
  EXPECT_EQ(merged.content.subject, "Rekenen");
  // The same part changed differently on an old version: refused, nothing overwritten.
  DesignSave stale{design.version, {}, std::nullopt, std::nullopt};
  stale.patch.lesson_goal = "Thijs: iets anders";
  auto refused = save_design(s, thijs, design.id, stale);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::conflict);
  EXPECT_EQ(refused.error().field, "lesson_goal");
  EXPECT_EQ(must(get_design(s, eva, design.id)).content.lesson_goal, "Sanne: leerlingen ordenen drie breuken");
  // Every save is a version; the history says what changed between two.
  const auto versions = must(list_design_versions(s, sanne, design.id));
  ASSERT_EQ(versions.size(), 3u);
  EXPECT_EQ(versions[0].saved_by_name, "Thijs Mulder");
  const auto diff = must(compare_design_versions(s, sanne, design.id, 1, 3));
  EXPECT_EQ(diff.changed, (std::vector<DesignField>{DesignField::lesson_goal, DesignField::subject}));
  // A save that changes nothing makes no version.
  EXPECT_EQ(must(save_design(s, sanne, design.id, {3, {}, std::nullopt, std::nullopt})).version, 3);
}

TEST_F(Lessons, OnlyTheTeamsTeachersDesignAndTheTeamAndItsCoachReadDesigns) {
  const auto design = new_design();
  EXPECT_TRUE(get_design(s, lotte, design.id).has_value());  // the school's coach reads along
  EXPECT_EQ(get_design(s, leader, design.id).error().code, ErrorCode::permission_denied);  // counts only
  EXPECT_EQ(get_design(s, other_leader, design.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(must(add_design_comment(s, thijs, design.id, "criteria", "Kunnen we dit meten?")).author_name, "Thijs Mulder");
  EXPECT_EQ(add_design_comment(s, lotte, design.id, "criteria", "Mooi").error().code, ErrorCode::permission_denied);
  EXPECT_EQ(add_design_comment(s, sanne, design.id, "elsewhere", "x").error().field, "part");
  // A goal of another team, or a co-author outside the team, is refused.
  NewDesign input;
  input.goal_id = a_goal();
  input.content.title = "Les";
  input.co_author_ids = {daan.user.id};
  EXPECT_EQ(create_design(s, sanne, team_id, input).error().field, "co_author_ids");
  input.co_author_ids = {};
  EXPECT_EQ(create_design(s, daan, team_id, input).error().code, ErrorCode::permission_denied);
}

TEST_F(Lessons, AVisitIsPlannedInTheFutureForADesignOfTheTeamWithTwoOfItsTeachers) {
  const auto design = new_design();
  const auto visit = new_visit(design);
  EXPECT_EQ(visit.status, LessonVisitStatus::planned);
  EXPECT_EQ(visit.visitor_name, "Thijs Mulder");
  NewVisit input{design.id, sanne.user.id, thijs.user.id, "", s.clock.now() - 60, 45, ""};
  EXPECT_EQ(plan_visit(s, sanne, team_id, input).error().reason, "in_the_past");
  input.starts_at = s.clock.now() + 3600;
  input.visitor_id = daan.user.id;  // a visitor outside the team
  EXPECT_EQ(plan_visit(s, sanne, team_id, input).error().field, "visitor_id");
  input.visitor_id = thijs.user.id;
  // A design of another team: as if it did not exist.
  const auto theirs = must(list_designs(s, daan, world.team("OBS De Regenboog", "Groep 3-4").id, {}));
  input.design_id = theirs.front().id;
  EXPECT_EQ(plan_visit(s, sanne, team_id, input).error().field, "design_id");
  EXPECT_EQ(plan_visit(s, other_leader, team_id, input).error().code, ErrorCode::not_found);
}

TEST_F(Lessons, AnObservationSentAgainAfterTheConnectionCameBackIsNeitherLostNorDoubled) {
  const auto design = new_design({"Leerlingen leggen uit", "Leerlingen tekenen"});
  const auto visit = new_visit(design);
  auto first = observation("phone-0001", 1, "Zes van de acht");
  first.criteria.push_back({"", "", std::nullopt});
  auto saved = must(save_observation(s, thijs, visit.id, first));
  EXPECT_TRUE(saved.applied);
  auto later = first;
  later.client_seq = 2;
  later.criteria[1].notes = "Iedereen tekende een getallenlijn";
  must(save_observation(s, thijs, visit.id, later));
  // The first save arrives again (the phone never heard the answer): nothing changes.
  auto again = must(save_observation(s, thijs, visit.id, first));
  EXPECT_FALSE(again.applied);
  EXPECT_EQ(again.observation.criteria[1].notes, "Iedereen tekende een getallenlijn");
  const auto view = must(get_visit(s, sanne, visit.id));
  EXPECT_EQ(view.visit.status, LessonVisitStatus::held);
  ASSERT_EQ(view.form.size(), 2u);
  EXPECT_EQ(view.form[1].notes, "Iedereen tekende een getallenlijn");
  EXPECT_EQ(view.observation->client_seq, 2);
  // Only the visitor observes.
  EXPECT_EQ(save_observation(s, sanne, visit.id, observation("laptop-0001", 9, "x")).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(save_observation(s, eva, visit.id, observation("laptop-0002", 9, "x")).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(save_observation(s, other_leader, visit.id, observation("laptop-0003", 9, "x")).error().code, ErrorCode::not_found);
}

TEST_F(Lessons, ADesignWithoutCriteriaCannotBeObserved) {
  const auto design = new_design({});
  const auto visit = new_visit(design);
  auto refused = save_observation(s, thijs, visit.id, observation("phone-0001", 1, "x"));
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(must(get_visit(s, sanne, visit.id)).visit.status, LessonVisitStatus::planned);  // nothing half-written
}

TEST_F(Lessons, TheReflectionsConclusionLandsOnTheBoardLinkedToTheVisitAndTheGoal) {
  const auto design = new_design();
  const auto visit = new_visit(design);
  EXPECT_EQ(conclude_reflection(s, sanne, visit.id, ConclusionKind::action, 0).error().code, ErrorCode::failed_precondition);
  must(save_observation(s, thijs, visit.id, observation("phone-0001", 1, "Ze legden het uit")));
  ReflectionInput by_sanne;
  by_sanne.students_did = "Ze legden uit";
  auto reflection = must(save_reflection(s, sanne, visit.id, by_sanne));
  ReflectionInput by_thijs;
  by_thijs.version = reflection.version;
  by_thijs.conclusion = "Elke rekenles start met een uitlegkaartje";
  reflection = must(save_reflection(s, thijs, visit.id, by_thijs));
  EXPECT_EQ(reflection.students_did, "Ze legden uit");
  EXPECT_EQ(save_reflection(s, sanne, visit.id, by_sanne).error().code, ErrorCode::conflict);  // stale: version 0
  EXPECT_EQ(save_reflection(s, eva, visit.id, by_thijs).error().code, ErrorCode::permission_denied);
  const auto view = must(conclude_reflection(s, thijs, visit.id, ConclusionKind::action, reflection.version));
  EXPECT_EQ(view.visit.status, LessonVisitStatus::reflected);
  ASSERT_TRUE(view.visit.board_item_id.has_value());
  const auto board_now = must(get_board(s, sanne, team_id));
  auto item = std::find_if(board_now.items.begin(), board_now.items.end(), [&](const BoardItem& i) { return i.id == *view.visit.board_item_id; });
  ASSERT_NE(item, board_now.items.end());
  EXPECT_EQ(item->kind, ItemKind::action);
  EXPECT_EQ(item->text, "Elke rekenles start met een uitlegkaartje");
  EXPECT_EQ(item->goal_id, design.goal_id);
  ASSERT_TRUE(item->source.has_value());
  EXPECT_EQ(item->source->kind, "lesson_visit");
  EXPECT_EQ(item->source->id, visit.id);
  EXPECT_EQ(item->owner_ids.size(), 2u);
  EXPECT_EQ(conclude_reflection(s, sanne, visit.id, ConclusionKind::success, view.reflection->version).error().code,
            ErrorCode::failed_precondition);
}

TEST_F(Lessons, TheLeadershipSeesCountsAndOnlyNotesTheVisitedTeacherShared) {
  const auto design = new_design();
  const auto visit = new_visit(design);
  must(save_observation(s, thijs, visit.id, observation("phone-0001", 1, "Persoonlijke aantekening")));
  EXPECT_EQ(get_visit(s, leader, visit.id).error().code, ErrorCode::permission_denied);
  const auto colleague_view = must(get_visit(s, eva, visit.id));
  EXPECT_FALSE(colleague_view.may_read_notes);
  EXPECT_FALSE(colleague_view.observation.has_value());
  EXPECT_TRUE(colleague_view.form.empty());
  // Only the visited teacher shares.
  EXPECT_EQ(share_visit(s, thijs, visit.id, true, 2).error().code, ErrorCode::permission_denied);
  const auto shared = must(share_visit(s, sanne, visit.id, true, must(get_visit(s, sanne, visit.id)).visit.version));
  EXPECT_TRUE(shared.shared_with_leadership);
  const auto leader_view = must(get_visit(s, leader, visit.id));
  EXPECT_TRUE(leader_view.may_read_notes);
  EXPECT_EQ(leader_view.observation->criteria[0].notes, "Persoonlijke aantekening");
  EXPECT_FALSE(leader_view.may_observe);
  EXPECT_EQ(get_visit(s, other_leader, visit.id).error().code, ErrorCode::not_found);
  // Counts for the school: every team, no notes.
  const auto counts = must(school_lesson_counts(s, leader, world.school("OBS De Regenboog").id));
  auto ours = std::find_if(counts.begin(), counts.end(), [&](const LessonCounts& c) { return c.team_id == team_id; });
  ASSERT_NE(ours, counts.end());
  EXPECT_EQ(ours->designs, 5);  // the demo's four and this one
  EXPECT_EQ(school_lesson_counts(s, sanne, world.school("OBS De Regenboog").id).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(school_lesson_counts(s, other_leader, world.school("OBS De Regenboog").id).error().code, ErrorCode::not_found);
}

TEST_F(Lessons, EveryDemoTeamHasDesignsInEveryStateAndFourVisits) {
  for (auto [school, team] : {std::pair{"OBS De Regenboog", "Groep 3-4"}, std::pair{"OBS De Regenboog", "Groep 5-6"},
                              std::pair{"Het Baken College", "Sectie Nederlands"},
                              std::pair{"Het Baken College", "Onderbouw havo/vwo"}}) {
    const auto id = world.team(school, team).id;
    const auto counts = must(read_value<LessonCounts>(s.store, [&](ReadTx& tx) -> Result<LessonCounts> {
      return lessons(tx).count_lessons(id);
    }));
    EXPECT_GE(counts.designs, 3) << team;
    EXPECT_LE(counts.designs, 6) << team;
    EXPECT_EQ(counts.visits_planned, 1) << team;
    EXPECT_EQ(counts.visits_held, 3) << team;
    EXPECT_EQ(counts.reflections_done, 1) << team;
  }
  const auto mine = must(list_my_visits(s, sanne));
  EXPECT_EQ(mine.coming.size(), 1u);
  EXPECT_EQ(mine.done.size(), 3u);
  // From a goal on the board: the designs that serve it and their visits.
  const auto shared = std::find_if(mine.done.begin(), mine.done.end(), [](const LessonVisit& v) { return v.shared_with_leadership; });
  ASSERT_NE(shared, mine.done.end());
  EXPECT_TRUE(must(get_visit(s, leader, shared->id)).may_read_notes);
  const auto design = must(get_design(s, sanne, shared->design_id));
  const auto of_goal = must(lessons_of_goal(s, sanne, design.goal_id));
  EXPECT_FALSE(of_goal.designs.empty());
  EXPECT_FALSE(of_goal.visits.empty());
}

TEST_F(Lessons, TheDayBeforeAVisitBothTeachersAreRemindedOnceAndItIsInTheirCalendars) {
  const auto visit = new_visit(new_design());  // tomorrow; the demo's planned visits are the day after
  EXPECT_EQ(must(send_visit_reminders(s)), 2);
  const auto mails = world.mailer.sent();
  ASSERT_EQ(mails.size(), 2u);
  EXPECT_EQ(mails[0].subject, "Morgen lesbezoek: Breuken vergelijken");
  EXPECT_NE(mails[0].body.find("Lokaal 12"), std::string::npos);
  EXPECT_NE(mails[1].body.find("/lesbezoeken/" + std::to_string(visit.id)), std::string::npos);
  ASSERT_EQ(mails[0].attachments.size(), 1u);
  EXPECT_EQ(mails[0].attachments[0].file_name, "lesbezoek.ics");
  EXPECT_NE(mails[0].attachments[0].content.find("UID:lesson-visit-" + std::to_string(visit.id) + "@samenbeter"), std::string::npos);
  EXPECT_EQ(must(send_visit_reminders(s)), 0);  // once, also when the job runs again
  EXPECT_EQ(world.mailer.sent().size(), 2u);
  const auto has = [&](const Principal& who) {
    const auto events = must(lesson_visit_events(s, who.user.id, s.clock.now()));
    return std::any_of(events.begin(), events.end(),
                       [&](const CalendarEvent& e) { return e.uid == "lesson-visit-" + std::to_string(visit.id) + "@samenbeter"; });
  };
  EXPECT_TRUE(has(sanne));
  EXPECT_TRUE(has(thijs));
  EXPECT_FALSE(has(eva));
}

}  // namespace
}  // namespace sb
