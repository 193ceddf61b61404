#include "modules/mentoring/core/pair_rules.h"

#include "modules/mentoring/core/text.h"

namespace sb::mentoring {

MenteeRole role_served_by(Track track) {
  return track == Track::leidinggevende ? MenteeRole::schoolleider : MenteeRole::schoolcoach;
}

bool regions_fit(const Mentor& mentor, const Mentee& mentee) {
  return mentor.region_scope == RegionScope::any_region || mentee.region_scope == RegionScope::any_region ||
         fold(mentor.region) == fold(mentee.region);
}

PairVerdict check_pair(const Mentor& mentor, Eligibility mentor_eligibility, const Mentee& mentee,
                       Eligibility mentee_eligibility, StaffDecision decision) {
  if (mentor_eligibility == Eligibility::not_eligible) return PairVerdict::mentor_not_eligible;
  if (mentee_eligibility == Eligibility::not_eligible) return PairVerdict::mentee_not_eligible;
  if (role_served_by(mentor.track) != mentee.role) return PairVerdict::track_mismatch;
  if (!regions_fit(mentor, mentee)) return PairVerdict::region_mismatch;
  if (decision == StaffDecision::forbidden) return PairVerdict::forbidden_by_staff;
  return PairVerdict::allowed;
}

BilingualText describe(PairVerdict verdict, const Mentor& mentor, const Mentee& mentee) {
  switch (verdict) {
    case PairVerdict::allowed:
      return {"dit koppel is toegestaan", "this pair is allowed"};
    case PairVerdict::mentor_not_eligible:
      return {"mentor " + mentor.id + " voldoet niet aan de eisen van het programma",
              "mentor " + mentor.id + " does not meet the programme's requirements"};
    case PairVerdict::mentee_not_eligible:
      return {"mentee " + mentee.id + " doet niet mee aan het programma",
              "mentee " + mentee.id + " does not take part in the programme"};
    case PairVerdict::track_mismatch:
      return mentor.track == Track::leidinggevende
                 ? BilingualText{"een leidinggevende wordt alleen aan een schoolleider gekoppeld",
                                 "a leidinggevende is paired only with a school leader"}
                 : BilingualText{"een expert wordt alleen aan een schoolcoach gekoppeld",
                                 "an expert is paired only with a school coach"};
    case PairVerdict::region_mismatch:
      return {"andere regio (" + mentor.region + " / " + mentee.region +
                  ") en geen van beiden mag buiten de eigen regio",
              "different region (" + mentor.region + " / " + mentee.region +
                  ") and neither may be paired outside their region"};
    case PairVerdict::forbidden_by_staff:
      return {"de programmabeheerder heeft dit koppel uitgesloten", "programme staff forbade this pair"};
  }
  return {};
}

}  // namespace sb::mentoring
