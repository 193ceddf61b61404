#include "modules/mentoring/core/eligibility.h"

#include <string>

namespace sb::mentoring {
namespace {

std::string n(int value) { return std::to_string(value); }

}  // namespace

std::vector<Ineligibility> check_mentor(const Mentor& mentor) {
  std::vector<Ineligibility> failures;
  if (mentor.track == Track::leidinggevende) {
    if (mentor.years_in_role < kMinYearsInRole) {
      failures.push_back({IneligibilityCode::too_few_years_as_manager,
                          {"minder dan " + n(kMinYearsInRole) + " jaar ervaring als leidinggevende (" +
                               n(mentor.years_in_role) + ")",
                           "less than " + n(kMinYearsInRole) + " years of experience as a manager (" +
                               n(mentor.years_in_role) + ")"}});
    }
    if (mentor.team_size <= kMinTeamSizeExclusive) {
      failures.push_back({IneligibilityCode::team_too_small,
                          {"geeft leiding aan " + n(mentor.team_size) + " mensen; nodig is meer dan " +
                               n(kMinTeamSizeExclusive),
                           "leads " + n(mentor.team_size) + " people; more than " +
                               n(kMinTeamSizeExclusive) + " are required"}});
    }
  } else {
    if (mentor.years_in_role < kMinYearsInRole) {
      failures.push_back({IneligibilityCode::too_few_years_in_expert_role,
                          {"minder dan " + n(kMinYearsInRole) + " jaar ervaring in de expertrol (" +
                               n(mentor.years_in_role) + ")",
                           "less than " + n(kMinYearsInRole) + " years in the expert role (" +
                               n(mentor.years_in_role) + ")"}});
    }
    if (mentor.years_ci_experience < kMinYearsCiExperience) {
      failures.push_back({IneligibilityCode::too_little_ci_experience,
                          {"minder dan " + n(kMinYearsCiExperience) + " jaar ervaring met continu verbeteren (" +
                               n(mentor.years_ci_experience) + ")",
                           "less than " + n(kMinYearsCiExperience) +
                               " years of continuous-improvement experience (" +
                               n(mentor.years_ci_experience) + ")"}});
    }
  }
  if (mentor.capacity < 1) {
    failures.push_back({IneligibilityCode::no_capacity,
                        {"heeft deze ronde geen ruimte voor een mentee (capaciteit 0)",
                         "has no room for a mentee this round (capacity 0)"}});
  }
  return failures;
}

std::vector<Ineligibility> check_mentee(const Mentee& mentee) {
  std::vector<Ineligibility> failures;
  if (mentee.role == MenteeRole::other) {
    const std::string as_written = mentee.role_text.empty() ? "onbekend" : mentee.role_text;
    failures.push_back({IneligibilityCode::mentee_role_not_in_programme,
                        {"rol '" + as_written + "' doet niet mee: alleen schoolleiders en schoolcoaches",
                         "role '" + (mentee.role_text.empty() ? std::string("unknown") : mentee.role_text) +
                             "' does not take part: only school leaders and school coaches"}});
  }
  if (!mentee.in_inspiration_programme) {
    failures.push_back({IneligibilityCode::school_not_in_inspiration_programme,
                        {"de school doet niet mee aan het inspiratieprogramma",
                         "the school is not in the inspiration programme"}});
  }
  return failures;
}

}  // namespace sb::mentoring
