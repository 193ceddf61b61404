#include "modules/lessons/core/rules.h"

#include <gtest/gtest.h>

#include "kernel/testing/moments.h"

namespace sb {
namespace {

DesignContent design() {
  DesignContent c;
  c.title = "Breuken vergelijken";
  c.lesson_goal = "Leerlingen vergelijken breuken met verschillende noemers.";
  c.criteria = {"Leerlingen leggen hardop uit welke breuk groter is", "Leerlingen gebruiken een getallenlijn"};
  c.phases = {{"Instructie", 10, ""}, {"Samen oefenen", 20, "In tweetallen"}};
  c.group_name = "Groep 6";
  c.subject = "Rekenen";
  return c;
}

TEST(LessonRules, AReadyDesignNeedsSuccessCriteriaAConceptNeedsNone) {
  auto c = design();
  c.criteria.clear();
  EXPECT_TRUE(check_content(c).has_value());
  c.status = DesignStatus::ready;
  auto refused = check_content(c);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().field, "criteria");
}

TEST(LessonRules, ContentIsTrimmedAndLimited) {
  auto c = design();
  c.title = "  Breuken  ";
  EXPECT_EQ(check_content(c)->title, "Breuken");
  c.criteria.assign(7, "Ze doen mee");
  EXPECT_EQ(check_content(c).error().field, "criteria");
  c = design();
  c.criteria[1] = std::string(301, 'x');
  EXPECT_EQ(check_content(c).error().field, "criteria.1");
  EXPECT_EQ(check_content(c).error().reason, "too_long");
  c = design();
  c.phases[0].minutes = 0;
  EXPECT_EQ(check_content(c).error().field, "phases.0.minutes");
  c = design();
  c.links = {{"Werkblad", "javascript:alert(1)"}};
  EXPECT_EQ(check_content(c).error().field, "links.0.url");
  c.links = {{"", "https://example.org/werkblad.pdf"}};
  EXPECT_EQ(check_content(c)->links[0].title, "https://example.org/werkblad.pdf");
  c.planned_on = "2026-02-30";
  EXPECT_EQ(check_content(c).error().field, "planned_on");
}

TEST(LessonRules, StatusMovesOneStepAtATime) {
  EXPECT_TRUE(check_status_move(DesignStatus::draft, DesignStatus::ready).has_value());
  EXPECT_TRUE(check_status_move(DesignStatus::ready, DesignStatus::draft).has_value());
  EXPECT_TRUE(check_status_move(DesignStatus::taught, DesignStatus::evaluated).has_value());
  EXPECT_TRUE(check_status_move(DesignStatus::ready, DesignStatus::ready).has_value());
  EXPECT_FALSE(check_status_move(DesignStatus::draft, DesignStatus::taught).has_value());
  EXPECT_FALSE(check_status_move(DesignStatus::evaluated, DesignStatus::taught).has_value());
}

TEST(LessonRules, SavesOfCoAuthorsOnDifferentPartsMerge) {
  const auto base = design();
  auto current = base;
  current.lesson_goal = "Anne schreef dit";  // Anne saved first, on the lesson goal
  DesignPatch mine;
  mine.criteria = std::vector<std::string>{"Bram: leerlingen noemen de noemer"};
  auto merged = merge_patch(base, current, mine);
  ASSERT_TRUE(merged.has_value());
  EXPECT_EQ(merged->lesson_goal, "Anne schreef dit");
  EXPECT_EQ(merged->criteria, *mine.criteria);
}

TEST(LessonRules, TheSamePartChangedDifferentlyIsAConflictNamingIt) {
  const auto base = design();
  auto current = base;
  current.lesson_goal = "Anne schreef dit";
  DesignPatch mine;
  mine.lesson_goal = "Bram schreef iets anders";
  auto merged = merge_patch(base, current, mine);
  ASSERT_FALSE(merged.has_value());
  EXPECT_EQ(merged.error().code, ErrorCode::conflict);
  EXPECT_EQ(merged.error().field, "lesson_goal");
  // Changed to the same words: no conflict.
  mine.lesson_goal = "Anne schreef dit";
  EXPECT_TRUE(merge_patch(base, current, mine).has_value());
  // On the current version a save simply applies.
  mine.lesson_goal = "Bram schreef iets anders";
  EXPECT_EQ(merge_patch(current, current, mine)->lesson_goal, "Bram schreef iets anders");
}

TEST(LessonRules, ChangedFieldsNameWhatDiffersBetweenTwoVersions) {
  auto a = design();
  auto b = a;
  b.phases[1].minutes = 25;
  b.status = DesignStatus::ready;
  const auto changed = changed_fields(a, b);
  ASSERT_EQ(changed.size(), 2u);
  EXPECT_EQ(changed[0], DesignField::phases);
  EXPECT_EQ(changed[1], DesignField::status);
  EXPECT_TRUE(changed_fields(a, a).empty());
}

TEST(LessonRules, AVisitIsPlannedInTheFutureWithTwoPeople) {
  const UnixTime now = 1'800'000'000;
  EXPECT_TRUE(check_visit_plan(now + 3600, 50, 1, 2, now).has_value());
  EXPECT_EQ(check_visit_plan(now - 60, 50, 1, 2, now).error().reason, "in_the_past");
  EXPECT_EQ(check_visit_plan(now + 3600, 5, 1, 2, now).error().field, "minutes");
  EXPECT_EQ(check_visit_plan(now + 3600, 50, 1, 1, now).error().field, "visitor_id");
}

TEST(LessonRules, UtcTimesAreReadStrictly) {
  EXPECT_EQ(parse_utc_time("starts_at", "2026-11-20T09:30:15Z").value_or(0), testing::utc(2026, 11, 20, 9, 30, 15));
  EXPECT_FALSE(parse_utc_time("starts_at", "1970-01-02T00:00:01Z").has_value());  // dates run from 2000 to 2100
  EXPECT_EQ(*parse_utc_time("starts_at", "2026-11-20T09:30Z"), *parse_utc_time("starts_at", "2026-11-20T09:30:00Z"));
  EXPECT_FALSE(parse_utc_time("starts_at", "2026-11-20 09:30:00").has_value());
  EXPECT_FALSE(parse_utc_time("starts_at", "2026-11-20T25:00:00Z").has_value());
  EXPECT_FALSE(parse_utc_time("starts_at", "2026-11-20T09:00:00+01:00").has_value());
}

TEST(LessonRules, AnObservationIsBuiltFromTheCriteria) {
  const auto c = design();
  auto form = observation_form(c, {});
  ASSERT_EQ(form.size(), 2u);
  EXPECT_EQ(form[1].criterion, c.criteria[1]);
  Observation in;
  in.client_key = "phone-abc123";
  in.client_seq = 1;
  in.criteria = {{"", "Zes van de acht legden het uit ", 3}, {"", "", std::nullopt}};
  auto checked = check_observation(c, in);
  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->criteria[0].criterion, c.criteria[0]);
  EXPECT_EQ(checked->criteria[0].notes, "Zes van de acht legden het uit ");  // kept as typed
  // Saved notes stay with their criterion on the form.
  form = observation_form(c, checked->criteria);
  EXPECT_EQ(form[0].rating, 3);
}

TEST(LessonRules, AnObservationIsRefusedWithoutCriteriaOrWithBadInput) {
  auto c = design();
  Observation in;
  in.client_key = "phone-abc123";
  in.client_seq = 1;
  in.criteria = {{"", "", 5}, {"", "", std::nullopt}};
  EXPECT_EQ(check_observation(c, in).error().field, "criteria.0.rating");
  in.criteria.pop_back();
  EXPECT_EQ(check_observation(c, in).error().reason, "wrong_count");
  in.criteria = {{"", std::string(4001, 'x'), std::nullopt}, {"", "", std::nullopt}};
  EXPECT_EQ(check_observation(c, in).error().field, "criteria.0.notes");
  in.criteria = {{"", "", std::nullopt}, {"", "", std::nullopt}};
  in.client_key = "short";
  EXPECT_EQ(check_observation(c, in).error().field, "client_key");
  in.client_key = "phone-abc123";
  in.client_seq = 0;
  EXPECT_EQ(check_observation(c, in).error().field, "client_seq");
  c.criteria.clear();
  in.client_seq = 1;
  EXPECT_EQ(check_observation(c, in).error().code, ErrorCode::failed_precondition);
}

}  // namespace
}  // namespace sb
