// The rules of metingen: questionnaires and rounds, one person's answers, the single-use link, the minimum
// group (also for totals that would give a small team away) and the aggregation per dimension.
#include "modules/measurements/core/rules.h"

#include <gtest/gtest.h>

#include "modules/measurements/core/questionnaire_demo.h"

namespace sb {
namespace {

Questionnaire two_dimensions() {
  Questionnaire q;
  q.title = "Kort";
  q.statements = {{"Samen leren", "A"}, {"Feedback", "B"}, {"Samen leren", "C"}};
  return q;
}

TEST(MeasurementRules, TheDemoQuestionnaireHasTwentyStatementsInFiveDimensions) {
  const auto q = demo_culture_questionnaire();
  EXPECT_EQ(q.statements.size(), 20u);
  EXPECT_EQ(dimensions_of(q), (std::vector<std::string>{"Samen leren", "Gericht op leerlingen", "Feedbackcultuur",
                                                        "Eigenaarschap", "Leiderschap"}));
  EXPECT_TRUE(check_new_questionnaire({q.title, q.description, q.statements}).has_value());
}

TEST(MeasurementRules, AQuestionnaireNeedsATitleAndDistinctStatements) {
  EXPECT_EQ(check_new_questionnaire({"", "", {{"D", "A"}}}).error().field, "title");
  EXPECT_EQ(check_new_questionnaire({"T", "", {}}).error().field, "statements");
  EXPECT_EQ(check_new_questionnaire({"T", "", {{"", "A"}}}).error().field, "statements.dimension");
  auto twice = check_new_questionnaire({"T", "", {{"D", "A"}, {"E", " A "}}});
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().reason, "duplicate");
  std::vector<CultureStatement> many(kMaxStatements + 1, {"D", "x"});
  EXPECT_EQ(check_new_questionnaire({"T", "", many}).error().field, "statements");
}

TEST(MeasurementRules, ARoundIsABaselineOrFollowUpForDistinctTeams) {
  auto round = check_new_measurement_round({1, "follow_up", "Vervolgmeting", {3, 4}});
  ASSERT_TRUE(round.has_value());
  EXPECT_EQ(round->kind, MeasurementKind::follow_up);
  EXPECT_EQ(round->teams.size(), 2u);
  EXPECT_EQ(check_new_measurement_round({1, "tussenmeting", "X", {3}}).error().field, "kind");
  EXPECT_EQ(check_new_measurement_round({1, "baseline", "X", {}}).error().field, "team_ids");
  EXPECT_EQ(check_new_measurement_round({1, "baseline", "X", {3, 3}}).error().reason, "duplicate");
}

TEST(MeasurementRules, EveryStatementGetsOnePointFromOneToFive) {
  const auto q = two_dimensions();
  EXPECT_TRUE(check_measurement_answers(q, {1, 5, 3}).has_value());
  EXPECT_EQ(check_measurement_answers(q, {1, 5}).error().reason, "count");
  EXPECT_EQ(check_measurement_answers(q, {1, 6, 3}).error().reason, "out_of_range");
  EXPECT_EQ(check_measurement_answers(q, {0, 2, 3}).error().reason, "out_of_range");
}

TEST(MeasurementRules, ALinkAnswersOnceAndOnlyWhileItsRoundIsOpen) {
  EXPECT_EQ(link_use(true, false, true), LinkUse::answer);
  EXPECT_EQ(link_use(false, true, true), LinkUse::used);
  EXPECT_EQ(link_use(false, true, false), LinkUse::used);
  EXPECT_EQ(link_use(true, false, false), LinkUse::closed);
  EXPECT_EQ(link_use(false, false, true), LinkUse::unknown);
  EXPECT_EQ(link_refusal(LinkUse::used).code, ErrorCode::already_exists);
  EXPECT_EQ(link_refusal(LinkUse::used).reason, "used");
  EXPECT_EQ(link_refusal(LinkUse::closed).code, ErrorCode::failed_precondition);
  EXPECT_EQ(link_refusal(LinkUse::unknown).code, ErrorCode::not_found);
  EXPECT_TRUE(check_link_token("abcdefghijklmnop_-12").has_value());
  EXPECT_FALSE(check_link_token("short").has_value());
  EXPECT_FALSE(check_link_token("abcdefghijklmnop/../x").has_value());
}

TEST(MeasurementRules, ATeamShowsFromFiveAnswers) {
  EXPECT_FALSE(team_show(0).shown);
  EXPECT_FALSE(team_show(4).shown);
  EXPECT_EQ(team_show(4).uncovered, 4);
  EXPECT_TRUE(team_show(5).shown);
  EXPECT_EQ(team_show(5).uncovered, 0);
}

TEST(MeasurementRules, ATotalStaysHiddenWhenItWouldGiveASmallTeamAway) {
  // 6 + 3: the school minus the shown team would be the team of three.
  EXPECT_FALSE(total_show({team_show(6), team_show(3)}).shown);
  EXPECT_EQ(total_show({team_show(6), team_show(3)}).uncovered, 3);
  // 6 + 3 + 2: the hidden teams hold five together, which may show as one remainder.
  EXPECT_TRUE(total_show({team_show(6), team_show(3), team_show(2)}).shown);
  // 3 + 2: no team shows, the school of five does.
  EXPECT_TRUE(total_show({team_show(3), team_show(2)}).shown);
  EXPECT_FALSE(total_show({team_show(2), team_show(2)}).shown);
  EXPECT_TRUE(total_show({team_show(5), team_show(7)}).shown);
  // A bestuur: a hidden school's uncovered three still count against the bestuur's total.
  const auto hidden_school = total_show({team_show(6), team_show(3)});
  EXPECT_FALSE(total_show({total_show({team_show(8)}), hidden_school}).shown);
  EXPECT_TRUE(total_show({total_show({team_show(8)}), total_show({team_show(6), team_show(7)})}).shown);
  EXPECT_FALSE(total_show({}).shown);
}

TEST(MeasurementRules, ResultsArePerDimensionMeanAndDistribution) {
  const auto q = two_dimensions();
  TeamCounts counts;
  counts.answered = 5;
  counts.statements = {{0, 0, 1, 2, 2}, {5, 0, 0, 0, 0}, {0, 0, 0, 0, 5}};
  const auto dimensions = dimension_counts(q, counts);
  ASSERT_EQ(dimensions.size(), 2u);
  EXPECT_EQ(dimensions[0].dimension, "Samen leren");
  EXPECT_EQ(dimensions[0].counts, (PointCounts{0, 0, 1, 2, 7}));
  const auto shown = group_result(5, dimensions, true);
  ASSERT_TRUE(shown.visible);
  EXPECT_EQ(shown.dimensions[0].answers, 10);
  EXPECT_DOUBLE_EQ(shown.dimensions[0].mean, (3 + 8 + 35) / 10.0);
  EXPECT_DOUBLE_EQ(shown.dimensions[1].mean, 1.0);
  const auto hidden = group_result(4, dimensions, false);
  EXPECT_FALSE(hidden.visible);
  EXPECT_TRUE(hidden.dimensions.empty());
  EXPECT_EQ(hidden.answered, 4);
}

TEST(MeasurementRules, CountsAddUpByDimensionName) {
  std::vector<DimensionCounts> into{{"A", {1, 0, 0, 0, 0}}};
  add_dimension_counts(into, {{"B", {0, 2, 0, 0, 0}}, {"A", {0, 0, 0, 0, 3}}});
  ASSERT_EQ(into.size(), 2u);
  EXPECT_EQ(into[0].counts, (PointCounts{1, 0, 0, 0, 3}));
  EXPECT_EQ(into[1].dimension, "B");
}

}  // namespace
}  // namespace sb
