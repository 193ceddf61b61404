#include "modules/mentoring/core/eligibility.h"

#include <gtest/gtest.h>

#include "modules/mentoring/core/test_people.h"

namespace sb::mentoring {
namespace {

using testing::expert;
using testing::leider;

std::vector<IneligibilityCode> codes(const std::vector<Ineligibility>& failures) {
  std::vector<IneligibilityCode> out;
  for (const auto& f : failures) out.push_back(f.code);
  return out;
}

TEST(Eligibility, LeidinggevendeAtTheBoundaries) {
  Mentor m = leider("M1");
  m.years_in_role = 3;
  m.team_size = 16;
  EXPECT_TRUE(check_mentor(m).empty()) << "3 years and a team of 16 qualify";
  m.years_in_role = 2;
  EXPECT_EQ(codes(check_mentor(m)), std::vector{IneligibilityCode::too_few_years_as_manager});
  m.years_in_role = 3;
  m.team_size = 15;
  EXPECT_EQ(codes(check_mentor(m)), std::vector{IneligibilityCode::team_too_small}) << "more than 15 means 16 or more";
}

TEST(Eligibility, LeidinggevendeIgnoresCiExperience) {
  Mentor m = leider("M1");
  m.years_ci_experience = 0;
  EXPECT_TRUE(check_mentor(m).empty());
}

TEST(Eligibility, ExpertAtTheBoundaries) {
  Mentor m = expert("E1");
  m.years_in_role = 3;
  m.years_ci_experience = 5;
  m.team_size = 0;
  EXPECT_TRUE(check_mentor(m).empty()) << "an expert needs no team";
  m.years_ci_experience = 4;
  EXPECT_EQ(codes(check_mentor(m)), std::vector{IneligibilityCode::too_little_ci_experience});
  m.years_ci_experience = 5;
  m.years_in_role = 2;
  EXPECT_EQ(codes(check_mentor(m)), std::vector{IneligibilityCode::too_few_years_in_expert_role});
}

TEST(Eligibility, ReportsEveryFailureInBothLanguages) {
  Mentor m = expert("E1");
  m.years_in_role = 1;
  m.years_ci_experience = 2;
  m.capacity = 0;
  const auto failures = check_mentor(m);
  EXPECT_EQ(codes(failures), (std::vector{IneligibilityCode::too_few_years_in_expert_role,
                                          IneligibilityCode::too_little_ci_experience, IneligibilityCode::no_capacity}));
  for (const auto& f : failures) {
    EXPECT_FALSE(f.text.nl.empty());
    EXPECT_FALSE(f.text.en.empty());
    EXPECT_NE(f.text.nl, f.text.en);
  }
  EXPECT_NE(failures[1].text.nl.find("continu verbeteren"), std::string::npos);
  EXPECT_NE(failures[1].text.en.find("continuous-improvement"), std::string::npos);
}

TEST(Eligibility, MenteesMustBeLeadersOrCoachesInTheProgramme) {
  Mentee e = testing::schoolleider("S1");
  EXPECT_TRUE(check_mentee(e).empty());
  e.role = MenteeRole::schoolcoach;
  EXPECT_TRUE(check_mentee(e).empty());
  e.role = MenteeRole::other;
  e.role_text = "leraar";
  const auto failures = check_mentee(e);
  ASSERT_EQ(codes(failures), std::vector{IneligibilityCode::mentee_role_not_in_programme});
  EXPECT_NE(failures[0].text.nl.find("leraar"), std::string::npos);
  e.role = MenteeRole::schoolcoach;
  e.in_inspiration_programme = false;
  EXPECT_EQ(codes(check_mentee(e)), std::vector{IneligibilityCode::school_not_in_inspiration_programme});
}

}  // namespace
}  // namespace sb::mentoring
