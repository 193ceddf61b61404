// The pairing engine: pairs the whole pool at once, optimally, and says why.
//
// Objective, in this order: (1) keep every pair that staff locked; (2) pair
// as many people as possible; (3) among the pairings with that many pairs,
// take one with the highest total score. "More pairs" therefore always wins
// over "higher score": one extra pair is worth more than any gain in points,
// because the programme promises that everyone who can be paired is paired.
// Forbidden pairs and pairs that break a rule (pair_rules.h) never appear,
// and no mentor gets more mentees than their capacity (locks count).
//
// Ties: when several pairings are equally good, the engine returns the one
// its deterministic solver reaches with mentors and mentees ordered by id
// (b_matching.h). The result therefore depends only on the content of the
// pool, not on the order of rows in the spreadsheet, and the same input
// always gives the same pairs.
//
// Thread-safety: pure functions over values; safe to call concurrently.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "modules/mentoring/core/b_matching.h"
#include "modules/mentoring/core/bilingual.h"
#include "modules/mentoring/core/model.h"
#include "modules/mentoring/core/pair_rules.h"
#include "modules/mentoring/core/scoring.h"

namespace sb::mentoring {

enum class PairOrigin { optimised, locked };

struct Pairing {
  std::int32_t mentor = 0;  // index into Pool::mentors
  std::int32_t mentee = 0;  // index into Pool::mentees
  ScoreBreakdown score;
  PairOrigin origin = PairOrigin::optimised;
  // For a locked pair that breaks a rule: which one (staff overrode it).
  std::vector<BilingualText> notes;
};

enum class UnpairedReason {
  // The person does not meet the programme's requirements (see eligibility.h).
  not_eligible,
  // No eligible partner of the right track exists in reach (own region unless allowed otherwise).
  no_partner_in_reach,
  // Partners exist in reach, but staff forbade every one of those pairs.
  all_partners_forbidden,
  // Every allowed partner is fully booked by other pairs or locks, and no
  // other pairing would pair more people.
  partners_taken,
};

struct Unpaired {
  std::int32_t index = 0;  // into Pool::mentors or Pool::mentees
  UnpairedReason reason = UnpairedReason::not_eligible;
  BilingualText text;
};

struct MatchResult {
  std::vector<Pairing> pairs;               // locked and optimised, ordered by mentor id, then mentee id
  std::vector<Unpaired> unpaired_mentors;   // mentors without any mentee, ordered by id
  std::vector<Unpaired> unpaired_mentees;   // ordered by id
  std::int64_t total_score = 0;             // over all pairs, locked ones included
  std::int64_t locked_pairs = 0;
  std::int64_t eligible_mentors = 0;
  std::int64_t eligible_mentees = 0;
  std::int64_t allowed_pairs = 0;           // edges the optimiser could choose from
  SolveStats stats;

  std::int64_t pair_count() const { return static_cast<std::int64_t>(pairs.size()); }
};

// Fails with invalid_argument for duplicate ids, locks or forbidden pairs
// naming unknown people, a mentee locked twice, locks beyond a mentor's
// capacity, a pair both locked and forbidden, or weights out of range.
Result<MatchResult> match(const Pool& pool);

enum class PairStatus {
  chosen,           // the engine chose it (or staff locked it)
  not_allowed,      // a rule or staff forbids it
  blocked_by_lock,  // the mentee is locked to someone else, or the mentor's places are all locked
  costs_pairs,      // forcing it would pair fewer people
  costs_score,      // forcing it keeps the number of pairs but lowers the total score
  equally_good,     // forcing it changes nothing: the tie-break chose another, equal pairing
};

struct PairExplanation {
  PairStatus status = PairStatus::chosen;
  PairVerdict verdict = PairVerdict::allowed;
  ScoreBreakdown score;  // of the asked pair, when it is allowed
  std::int64_t pairs_now = 0;
  std::int64_t score_now = 0;
  std::int64_t pairs_if_forced = 0;  // equal to pairs_now unless status is costs_pairs/costs_score/equally_good
  std::int64_t score_if_forced = 0;
  BilingualText text;
};

// Why the engine did (not) choose this pair. For an allowed pair that it did
// not choose, the pool is solved again with the pair locked, and the
// difference to the actual optimum is what choosing it would cost.
Result<PairExplanation> explain_pair(const Pool& pool, const MatchResult& result, std::string_view mentor_id,
                                     std::string_view mentee_id);

}  // namespace sb::mentoring
