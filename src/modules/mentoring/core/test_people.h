// Builders for mentors and mentees in tests: an eligible person with sensible
// defaults, to be adjusted field by field. Thread-safety: plain functions.
#pragma once

#include <string>

#include "modules/mentoring/core/model.h"

namespace sb::mentoring::testing {

inline Mentor leider(std::string id, std::string region = "Utrecht") {
  Mentor m;
  m.id = std::move(id);
  m.name = "Mentor " + m.id;
  m.track = Track::leidinggevende;
  m.years_in_role = 5;
  m.team_size = 20;
  m.region = std::move(region);
  return m;
}

inline Mentor expert(std::string id, std::string region = "Utrecht") {
  Mentor m = leider(std::move(id), std::move(region));
  m.track = Track::expert;
  m.team_size = 0;
  m.years_ci_experience = 8;
  return m;
}

inline Mentee schoolleider(std::string id, std::string region = "Utrecht") {
  Mentee e;
  e.id = std::move(id);
  e.name = "Mentee " + e.id;
  e.role = MenteeRole::schoolleider;
  e.role_text = "schoolleider";
  e.region = std::move(region);
  return e;
}

inline Mentee schoolcoach(std::string id, std::string region = "Utrecht") {
  Mentee e = schoolleider(std::move(id), std::move(region));
  e.role = MenteeRole::schoolcoach;
  e.role_text = "schoolcoach";
  return e;
}

}  // namespace sb::mentoring::testing
