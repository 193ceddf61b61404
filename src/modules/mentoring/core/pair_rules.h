// The rules that decide whether a mentor and a mentee may be paired at all.
//
// A leidinggevende is paired only with a school leader and an expert only
// with a school coach; both must be eligible; they must share a region
// unless staff allowed either of them to be paired outside their region
// (an allowance for one person widens that person's options, so it is
// enough that one side has it); staff may forbid a pair. Thread-safety:
// pure functions.
#pragma once

#include "modules/mentoring/core/bilingual.h"
#include "modules/mentoring/core/model.h"

namespace sb::mentoring {

enum class PairVerdict {
  allowed,
  mentor_not_eligible,
  mentee_not_eligible,
  track_mismatch,
  region_mismatch,
  forbidden_by_staff,
};

// The mentee role that a track serves.
MenteeRole role_served_by(Track track);

bool regions_fit(const Mentor& mentor, const Mentee& mentee);

enum class Eligibility { eligible, not_eligible };
enum class StaffDecision { none, forbidden };

// The first rule the pair breaks, in the order listed in PairVerdict.
PairVerdict check_pair(const Mentor& mentor, Eligibility mentor_eligibility, const Mentee& mentee,
                       Eligibility mentee_eligibility, StaffDecision decision);

BilingualText describe(PairVerdict verdict, const Mentor& mentor, const Mentee& mentee);

}  // namespace sb::mentoring
