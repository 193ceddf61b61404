// Who may take part in the mentoring programme, and why not.
//
// A mentor qualifies in the track they applied for: a leidinggevende needs at
// least three years as a manager and a team of more than fifteen people; an
// expert needs at least three years in the role and at least five years of
// continuous-improvement experience (PRODUCT.md §9; the seed's "3 to 5 years"
// is read as 3). Mentees must be school leaders or school coaches of a school
// in the inspiration programme. Every failed condition is reported, in Dutch
// and English, so staff can tell the applicant exactly what is missing.
// Thread-safety: pure functions.
#pragma once

#include <vector>

#include "modules/mentoring/core/bilingual.h"
#include "modules/mentoring/core/model.h"

namespace sb::mentoring {

inline constexpr int kMinYearsInRole = 3;
inline constexpr int kMinTeamSizeExclusive = 15;  // "more than 15"
inline constexpr int kMinYearsCiExperience = 5;

enum class IneligibilityCode {
  too_few_years_as_manager,
  team_too_small,
  too_few_years_in_expert_role,
  too_little_ci_experience,
  no_capacity,
  mentee_role_not_in_programme,
  school_not_in_inspiration_programme,
};

struct Ineligibility {
  IneligibilityCode code;
  BilingualText text;
};

// Empty when the person is eligible; otherwise one entry per failed condition.
std::vector<Ineligibility> check_mentor(const Mentor& mentor);
std::vector<Ineligibility> check_mentee(const Mentee& mentee);

}  // namespace sb::mentoring
