#include "modules/mentoring/core/scoring.h"

#include <gtest/gtest.h>

#include "modules/mentoring/core/text.h"

namespace sb::mentoring {
namespace {

ScoringProfile any() { return {}; }

TEST(Scoring, FullPointsWhenEverythingFits) {
  ScoringProfile mentor = any();
  ScoringProfile mentee = any();
  mentor.municipality = mentee.municipality = "utrecht";
  mentor.keywords = mentee.keywords = {1, 2, 3};
  const Weights w;
  const auto s = score_pair(mentor, mentee, w);
  EXPECT_EQ(s, (ScoreBreakdown{w.sector, w.meeting_mode, w.availability, w.distance, w.topics}));
  EXPECT_EQ(s.total(), 100);
}

TEST(Scoring, SectorPreference) {
  ScoringProfile mentor = any();
  ScoringProfile mentee = any();
  mentee.sectors = static_cast<SectorSet>(Sector::vo);
  mentor.sectors = static_cast<SectorSet>(Sector::po) | static_cast<SectorSet>(Sector::mbo);
  EXPECT_EQ(score_pair(mentor, mentee, {}).sector, 0);
  mentor.sectors |= static_cast<SectorSet>(Sector::vo);
  EXPECT_EQ(score_pair(mentor, mentee, {}).sector, 30);
  mentor.sectors = 0;
  EXPECT_EQ(score_pair(mentor, mentee, {}).sector, 30) << "no preference fits every sector";
}

TEST(Scoring, MeetingModeAndDistance) {
  ScoringProfile mentor = any();
  ScoringProfile mentee = any();
  mentor.mode = MeetingMode::in_person;
  mentee.mode = MeetingMode::online;
  mentor.municipality = mentee.municipality = "zwolle";
  auto s = score_pair(mentor, mentee, {});
  EXPECT_EQ(s.meeting_mode, 0);
  EXPECT_EQ(s.distance, 0) << "distance counts only when they can meet in person";
  mentee.mode = MeetingMode::either;
  s = score_pair(mentor, mentee, {});
  EXPECT_EQ(s.meeting_mode, 20);
  EXPECT_EQ(s.distance, 20);
  // Utrecht to Amersfoort is about 20 km: 20 * (1 - 20/50) = 12 points, rounded down.
  mentor.municipality = "utrecht";
  mentee.municipality = "amersfoort";
  mentor.location = GeoPoint{52.0907, 5.1214};
  mentee.location = GeoPoint{52.1561, 5.3878};
  const double km = distance_km(*mentor.location, *mentee.location);
  EXPECT_NEAR(km, 19.5, 1.0);
  EXPECT_EQ(score_pair(mentor, mentee, {}).distance, static_cast<int>(20 * (1 - km / 50)));
  mentee.location = GeoPoint{53.2194, 6.5665};  // Groningen
  EXPECT_EQ(score_pair(mentor, mentee, {}).distance, 0);
  mentee.location.reset();
  EXPECT_EQ(score_pair(mentor, mentee, {}).distance, 0) << "no coordinates and another municipality";
}

TEST(Scoring, AvailabilityOverlapOfProgrammeMonths) {
  ScoringProfile mentor = any();
  ScoringProfile mentee = any();
  mentor.months = static_cast<MonthSet>(Month::december) | static_cast<MonthSet>(Month::january);
  mentee.months = static_cast<MonthSet>(Month::january) | static_cast<MonthSet>(Month::march);
  EXPECT_EQ(score_pair(mentor, mentee, {}).availability, 5) << "one month of four: 20 * 1 / 4";
  mentee.months = static_cast<MonthSet>(Month::march);
  EXPECT_EQ(score_pair(mentor, mentee, {}).availability, 0);
}

TEST(Scoring, TopicKeywordOverlap) {
  EXPECT_EQ(keywords("Lean, Agile-scrum en het gesprek met DE teams; lean"),
            (std::vector<std::string>{"agile", "gesprek", "lean", "scrum", "teams"}));
  ScoringProfile mentor = any();
  ScoringProfile mentee = any();
  mentor.keywords = {1, 4, 7, 9};
  mentee.keywords = {4, 9, 11};
  EXPECT_EQ(score_pair(mentor, mentee, {}).topics, 10 * 2 / 3);
  mentee.keywords = {};
  EXPECT_EQ(score_pair(mentor, mentee, {}).topics, 0);
}

TEST(Scoring, WeightsByNameInEitherLanguage) {
  Weights w;
  ASSERT_TRUE(set_weight(w, "afstand", 0));
  ASSERT_TRUE(set_weight(w, "topics", 40));
  EXPECT_EQ(w.distance, 0);
  EXPECT_EQ(w.topics, 40);
  EXPECT_FALSE(set_weight(w, "kleur", 1));
  EXPECT_FALSE(set_weight(w, "sector", -1));
  w.sector = 5000;
  EXPECT_FALSE(validate(w));
}

}  // namespace
}  // namespace sb::mentoring
