#include "modules/mentoring/core/engine.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "modules/mentoring/core/eligibility.h"
#include "modules/mentoring/core/text.h"

namespace sb::mentoring {
namespace {

std::string n(std::int64_t value) { return std::to_string(value); }

std::int64_t pair_key(std::int32_t mentor, std::int32_t mentee) {
  return (static_cast<std::int64_t>(mentor) << 32) | static_cast<std::uint32_t>(mentee);
}

// Everything about a pool that match() and explain_pair() derive before solving.
struct PreparedPool {
  std::unordered_map<std::string, std::int32_t> mentor_by_id;
  std::unordered_map<std::string, std::int32_t> mentee_by_id;
  std::vector<std::vector<Ineligibility>> mentor_failures;
  std::vector<std::vector<Ineligibility>> mentee_failures;
  std::vector<std::int32_t> mentor_order;  // mentor indices by id
  std::vector<std::int32_t> mentee_order;
  std::vector<std::int32_t> locked_mentor_of;  // per mentee, -1 when not locked
  std::vector<std::int32_t> locks_of_mentor;
  std::unordered_set<std::int64_t> forbidden;
  std::vector<ScoringProfile> mentor_profiles;
  std::vector<ScoringProfile> mentee_profiles;

  bool mentor_eligible(std::int32_t m) const { return mentor_failures[static_cast<std::size_t>(m)].empty(); }
  bool mentee_eligible(std::int32_t e) const { return mentee_failures[static_cast<std::size_t>(e)].empty(); }
  bool is_forbidden(std::int32_t m, std::int32_t e) const { return forbidden.contains(pair_key(m, e)); }
};

Error invalid(std::string field, std::string message) { return Error::invalid(std::move(field), std::move(message)); }

template <typename Person>
std::vector<std::int32_t> order_by_id(const std::vector<Person>& people) {
  std::vector<std::int32_t> order(people.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
    return people[static_cast<std::size_t>(a)].id < people[static_cast<std::size_t>(b)].id;
  });
  return order;
}

class KeywordDictionary {
 public:
  std::vector<std::int32_t> ids(std::string_view text) {
    std::vector<std::int32_t> out;
    for (auto& word : keywords(text)) {
      const auto [it, inserted] = ids_.try_emplace(std::move(word), static_cast<std::int32_t>(ids_.size()));
      out.push_back(it->second);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  std::unordered_map<std::string, std::int32_t> ids_;
};

ScoringProfile profile_of(const Mentor& mentor, KeywordDictionary& dictionary) {
  return {mentor.preferred_sectors, mentor.mode,          mentor.months, fold(mentor.municipality),
          mentor.location,          dictionary.ids(mentor.topics)};
}

ScoringProfile profile_of(const Mentee& mentee, KeywordDictionary& dictionary) {
  return {static_cast<SectorSet>(mentee.sector), mentee.mode,     mentee.months, fold(mentee.municipality),
          mentee.location,                       dictionary.ids(mentee.topics)};
}

Result<PreparedPool> prepare(const Pool& pool) {
  SB_CHECK(validate(pool.weights));
  PreparedPool p;
  for (std::size_t m = 0; m < pool.mentors.size(); ++m) {
    if (!p.mentor_by_id.try_emplace(pool.mentors[m].id, static_cast<std::int32_t>(m)).second) {
      return std::unexpected(invalid("mentors", "mentor id '" + pool.mentors[m].id + "' appears twice"));
    }
  }
  for (std::size_t e = 0; e < pool.mentees.size(); ++e) {
    if (!p.mentee_by_id.try_emplace(pool.mentees[e].id, static_cast<std::int32_t>(e)).second) {
      return std::unexpected(invalid("mentees", "mentee id '" + pool.mentees[e].id + "' appears twice"));
    }
  }
  auto resolve = [&](const PairIds& pair, const char* what) -> Result<std::pair<std::int32_t, std::int32_t>> {
    const auto m = p.mentor_by_id.find(pair.mentor_id);
    const auto e = p.mentee_by_id.find(pair.mentee_id);
    if (m == p.mentor_by_id.end()) {
      return std::unexpected(invalid(what, std::string(what) + " pair names unknown mentor '" + pair.mentor_id + "'"));
    }
    if (e == p.mentee_by_id.end()) {
      return std::unexpected(invalid(what, std::string(what) + " pair names unknown mentee '" + pair.mentee_id + "'"));
    }
    return std::pair{m->second, e->second};
  };
  for (const auto& pair : pool.forbidden) {
    SB_TRY(ids, resolve(pair, "forbidden"));
    p.forbidden.insert(pair_key(ids.first, ids.second));
  }
  p.locked_mentor_of.assign(pool.mentees.size(), -1);
  p.locks_of_mentor.assign(pool.mentors.size(), 0);
  for (const auto& pair : pool.locked) {
    SB_TRY(ids, resolve(pair, "locked"));
    const auto [m, e] = ids;
    auto& locked = p.locked_mentor_of[static_cast<std::size_t>(e)];
    if (locked >= 0) {
      return std::unexpected(invalid("locked", "mentee '" + pair.mentee_id + "' is locked to more than one mentor"));
    }
    if (p.is_forbidden(m, e)) {
      return std::unexpected(invalid("locked", "pair " + pair.mentor_id + "/" + pair.mentee_id +
                                                   " is both locked and forbidden"));
    }
    locked = m;
    if (++p.locks_of_mentor[static_cast<std::size_t>(m)] > pool.mentors[static_cast<std::size_t>(m)].capacity) {
      return std::unexpected(invalid("locked", "mentor '" + pair.mentor_id + "' has more locked mentees than capacity"));
    }
  }
  for (const auto& mentor : pool.mentors) p.mentor_failures.push_back(check_mentor(mentor));
  for (const auto& mentee : pool.mentees) p.mentee_failures.push_back(check_mentee(mentee));
  p.mentor_order = order_by_id(pool.mentors);
  p.mentee_order = order_by_id(pool.mentees);
  KeywordDictionary dictionary;
  for (const auto& mentor : pool.mentors) p.mentor_profiles.push_back(profile_of(mentor, dictionary));
  for (const auto& mentee : pool.mentees) p.mentee_profiles.push_back(profile_of(mentee, dictionary));
  return p;
}

// Eligible mentors grouped so that a mentee's candidates are found without
// looking at every mentor: by (track, region), plus per track the mentors
// staff allowed outside their region, and per track all of them for mentees
// who may go outside theirs. Each list holds solver columns in increasing order.
struct MentorIndex {
  std::map<std::pair<Track, std::string>, std::vector<std::int32_t>> by_region;
  std::map<Track, std::vector<std::int32_t>> roaming;
  std::map<Track, std::vector<std::int32_t>> all;
};

BilingualText joined(const std::vector<Ineligibility>& failures) {
  BilingualText text;
  for (const auto& failure : failures) {
    text.nl += (text.nl.empty() ? "" : "; ") + failure.text.nl;
    text.en += (text.en.empty() ? "" : "; ") + failure.text.en;
  }
  return text;
}

// Counts of a person's partners in reach, for explaining why they stayed unpaired.
struct Reach {
  std::int64_t in_reach = 0;
  std::int64_t forbidden = 0;
};

Unpaired explain_unpaired_mentee(const Pool& pool, std::int32_t e, const PreparedPool& p, const Reach& reach) {
  const auto& mentee = pool.mentees[static_cast<std::size_t>(e)];
  if (!p.mentee_eligible(e)) return {e, UnpairedReason::not_eligible, joined(p.mentee_failures[static_cast<std::size_t>(e)])};
  const std::string wanted_nl = mentee.role == MenteeRole::schoolleider ? "leidinggevende" : "expert";
  const std::string wanted_en = mentee.role == MenteeRole::schoolleider ? "leidinggevende" : "expert";
  if (reach.in_reach == 0) {
    return {e, UnpairedReason::no_partner_in_reach,
            {"geen geschikte mentor (" + wanted_nl + ") in regio " + mentee.region,
             "no eligible mentor (" + wanted_en + ") in region " + mentee.region}};
  }
  if (reach.forbidden == reach.in_reach) {
    return {e, UnpairedReason::all_partners_forbidden,
            {"alle geschikte mentoren (" + n(reach.in_reach) + ") zijn door de programmabeheerder uitgesloten",
             "programme staff forbade every eligible mentor (" + n(reach.in_reach) + ")"}};
  }
  const auto open = reach.in_reach - reach.forbidden;
  return {e, UnpairedReason::partners_taken,
          {"alle toegestane mentoren (" + n(open) + ") zijn vol; geen andere indeling koppelt meer mensen",
           "every allowed mentor (" + n(open) + ") is full; no other pairing pairs more people"}};
}

Unpaired explain_unpaired_mentor(const Pool& pool, std::int32_t m, const PreparedPool& p, const Reach& reach) {
  const auto& mentor = pool.mentors[static_cast<std::size_t>(m)];
  if (!p.mentor_eligible(m)) return {m, UnpairedReason::not_eligible, joined(p.mentor_failures[static_cast<std::size_t>(m)])};
  const std::string wanted = mentor.track == Track::leidinggevende ? "schoolleider" : "schoolcoach";
  const std::string wanted_en = mentor.track == Track::leidinggevende ? "school leader" : "school coach";
  if (reach.in_reach == 0) {
    return {m, UnpairedReason::no_partner_in_reach,
            {"geen " + wanted + " in regio " + mentor.region, "no " + wanted_en + " in region " + mentor.region}};
  }
  if (reach.forbidden == reach.in_reach) {
    return {m, UnpairedReason::all_partners_forbidden,
            {"alle passende mentees (" + n(reach.in_reach) + ") zijn door de programmabeheerder uitgesloten",
             "programme staff forbade every fitting mentee (" + n(reach.in_reach) + ")"}};
  }
  const auto open = reach.in_reach - reach.forbidden;
  return {m, UnpairedReason::partners_taken,
          {"alle toegestane mentees (" + n(open) + ") zijn al gekoppeld; geen andere indeling koppelt meer mensen",
           "every allowed mentee (" + n(open) + ") is already paired; no other pairing pairs more people"}};
}

std::vector<BilingualText> rule_notes(const Pool& pool, const PreparedPool& p, std::int32_t m, std::int32_t e) {
  const auto& mentor = pool.mentors[static_cast<std::size_t>(m)];
  const auto& mentee = pool.mentees[static_cast<std::size_t>(e)];
  std::vector<BilingualText> notes;
  if (!p.mentor_eligible(m)) notes.push_back(describe(PairVerdict::mentor_not_eligible, mentor, mentee));
  if (!p.mentee_eligible(e)) notes.push_back(describe(PairVerdict::mentee_not_eligible, mentor, mentee));
  if (role_served_by(mentor.track) != mentee.role) notes.push_back(describe(PairVerdict::track_mismatch, mentor, mentee));
  if (!regions_fit(mentor, mentee)) notes.push_back(describe(PairVerdict::region_mismatch, mentor, mentee));
  for (auto& note : notes) {
    note.nl = "vastgezet ondanks: " + note.nl;
    note.en = "locked despite: " + note.en;
  }
  return notes;
}

MatchResult solve_prepared(const Pool& pool, const PreparedPool& p) {
  MatchResult result;
  const auto mentor_count = static_cast<std::int32_t>(pool.mentors.size());
  // Solver columns are mentors in id order; rows are free eligible mentees in id order.
  std::vector<std::int32_t> column_of_mentor(pool.mentors.size());
  for (std::int32_t c = 0; c < mentor_count; ++c) column_of_mentor[static_cast<std::size_t>(p.mentor_order[static_cast<std::size_t>(c)])] = c;

  BipartiteGraph graph;
  graph.column_capacity.assign(pool.mentors.size(), 0);
  std::vector<std::string> region_of_column(pool.mentors.size());
  MentorIndex index;
  for (std::int32_t c = 0; c < mentor_count; ++c) {
    const std::int32_t m = p.mentor_order[static_cast<std::size_t>(c)];
    if (!p.mentor_eligible(m)) continue;
    ++result.eligible_mentors;
    const auto& mentor = pool.mentors[static_cast<std::size_t>(m)];
    graph.column_capacity[static_cast<std::size_t>(c)] = std::max(0, mentor.capacity - p.locks_of_mentor[static_cast<std::size_t>(m)]);
    region_of_column[static_cast<std::size_t>(c)] = fold(mentor.region);
    index.by_region[{mentor.track, region_of_column[static_cast<std::size_t>(c)]}].push_back(c);
    if (mentor.region_scope == RegionScope::any_region) index.roaming[mentor.track].push_back(c);
    index.all[mentor.track].push_back(c);
  }

  std::vector<Reach> mentee_reach(pool.mentees.size());
  std::vector<Reach> mentor_reach(pool.mentors.size());
  std::vector<std::int32_t> rows;  // mentee index per row
  std::vector<std::int32_t> candidates;
  graph.row_begin.push_back(0);
  // Forbidden mentors per mentee, as sorted solver columns: the loop below
  // walks a mentee's candidates in column order and merges them with this
  // list, which costs far less than a hash lookup for each of millions of pairs.
  std::vector<std::vector<std::int32_t>> forbidden_columns(pool.mentees.size());
  for (const auto key : p.forbidden) {
    const auto m = static_cast<std::int32_t>(key >> 32);
    const auto e = static_cast<std::int32_t>(key & 0xFFFFFFFF);
    forbidden_columns[static_cast<std::size_t>(e)].push_back(column_of_mentor[static_cast<std::size_t>(m)]);
  }
  for (auto& list : forbidden_columns) std::sort(list.begin(), list.end());
  // An upper bound on the edges, so that the large edge arrays grow once.
  std::size_t edge_bound = 0;
  for (const std::int32_t e : p.mentee_order) {
    const auto& mentee = pool.mentees[static_cast<std::size_t>(e)];
    if (!p.mentee_eligible(e) || mentee.role == MenteeRole::other || p.locked_mentor_of[static_cast<std::size_t>(e)] >= 0) continue;
    const Track track = mentee.role == MenteeRole::schoolleider ? Track::leidinggevende : Track::expert;
    if (mentee.region_scope == RegionScope::any_region) {
      if (const auto it = index.all.find(track); it != index.all.end()) edge_bound += it->second.size();
    } else {
      if (const auto it = index.by_region.find({track, fold(mentee.region)}); it != index.by_region.end()) edge_bound += it->second.size();
      if (const auto it = index.roaming.find(track); it != index.roaming.end()) edge_bound += it->second.size();
    }
  }
  graph.column.reserve(edge_bound);
  graph.score.reserve(edge_bound);
  graph.row_begin.reserve(pool.mentees.size() + 1);
  for (const std::int32_t e : p.mentee_order) {
    if (!p.mentee_eligible(e)) continue;
    ++result.eligible_mentees;
    const auto& mentee = pool.mentees[static_cast<std::size_t>(e)];
    if (mentee.role == MenteeRole::other) continue;
    const Track track = mentee.role == MenteeRole::schoolleider ? Track::leidinggevende : Track::expert;
    candidates.clear();
    const std::string region = fold(mentee.region);
    if (mentee.region_scope == RegionScope::any_region) {
      if (const auto it = index.all.find(track); it != index.all.end()) candidates = it->second;
    } else {
      if (const auto it = index.by_region.find({track, region}); it != index.by_region.end()) candidates = it->second;
      if (const auto it = index.roaming.find(track); it != index.roaming.end()) {
        for (const auto c : it->second) {
          if (region_of_column[static_cast<std::size_t>(c)] != region) {
            candidates.push_back(c);
          }
        }
        std::sort(candidates.begin(), candidates.end());
      }
    }
    const bool free = p.locked_mentor_of[static_cast<std::size_t>(e)] < 0;
    if (free) rows.push_back(e);
    auto& reach = mentee_reach[static_cast<std::size_t>(e)];
    const auto& forbidden = forbidden_columns[static_cast<std::size_t>(e)];
    auto next_forbidden = forbidden.begin();
    for (const auto c : candidates) {
      const std::int32_t m = p.mentor_order[static_cast<std::size_t>(c)];
      ++reach.in_reach;
      ++mentor_reach[static_cast<std::size_t>(m)].in_reach;
      while (next_forbidden != forbidden.end() && *next_forbidden < c) ++next_forbidden;
      if (next_forbidden != forbidden.end() && *next_forbidden == c) {
        ++reach.forbidden;
        ++mentor_reach[static_cast<std::size_t>(m)].forbidden;
        continue;
      }
      if (!free || graph.column_capacity[static_cast<std::size_t>(c)] == 0) continue;
      graph.column.push_back(c);
      graph.score.push_back(score_pair(p.mentor_profiles[static_cast<std::size_t>(m)],
                                       p.mentee_profiles[static_cast<std::size_t>(e)], pool.weights)
                                .total());
    }
    if (free) graph.row_begin.push_back(static_cast<std::int64_t>(graph.column.size()));
  }
  graph.row_count = static_cast<std::int32_t>(rows.size());
  result.allowed_pairs = static_cast<std::int64_t>(graph.column.size());

  const BMatching matching = solve_b_matching(graph);
  result.stats = matching.stats;

  std::vector<bool> mentee_paired(pool.mentees.size(), false);
  std::vector<bool> mentor_paired(pool.mentors.size(), false);
  auto add_pair = [&](std::int32_t m, std::int32_t e, PairOrigin origin) {
    Pairing pairing{m, e, score_pair(p.mentor_profiles[static_cast<std::size_t>(m)], p.mentee_profiles[static_cast<std::size_t>(e)], pool.weights),
                    origin, {}};
    if (origin == PairOrigin::locked) pairing.notes = rule_notes(pool, p, m, e);
    result.total_score += pairing.score.total();
    mentee_paired[static_cast<std::size_t>(e)] = true;
    mentor_paired[static_cast<std::size_t>(m)] = true;
    result.pairs.push_back(std::move(pairing));
  };
  for (std::size_t e = 0; e < pool.mentees.size(); ++e) {
    const auto m = p.locked_mentor_of[e];
    if (m >= 0) {
      add_pair(m, static_cast<std::int32_t>(e), PairOrigin::locked);
      ++result.locked_pairs;
    }
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto c = matching.column_of_row[r];
    if (c != kUnmatched) add_pair(p.mentor_order[static_cast<std::size_t>(c)], rows[r], PairOrigin::optimised);
  }
  std::vector<std::int32_t> mentor_rank(pool.mentors.size()), mentee_rank(pool.mentees.size());
  for (std::size_t i = 0; i < p.mentor_order.size(); ++i) mentor_rank[static_cast<std::size_t>(p.mentor_order[i])] = static_cast<std::int32_t>(i);
  for (std::size_t i = 0; i < p.mentee_order.size(); ++i) mentee_rank[static_cast<std::size_t>(p.mentee_order[i])] = static_cast<std::int32_t>(i);
  std::sort(result.pairs.begin(), result.pairs.end(), [&](const Pairing& a, const Pairing& b) {
    return std::pair{mentor_rank[static_cast<std::size_t>(a.mentor)], mentee_rank[static_cast<std::size_t>(a.mentee)]} <
           std::pair{mentor_rank[static_cast<std::size_t>(b.mentor)], mentee_rank[static_cast<std::size_t>(b.mentee)]};
  });

  for (const auto m : p.mentor_order) {
    if (!mentor_paired[static_cast<std::size_t>(m)]) {
      result.unpaired_mentors.push_back(explain_unpaired_mentor(pool, m, p, mentor_reach[static_cast<std::size_t>(m)]));
    }
  }
  for (const auto e : p.mentee_order) {
    if (!mentee_paired[static_cast<std::size_t>(e)]) {
      result.unpaired_mentees.push_back(explain_unpaired_mentee(pool, e, p, mentee_reach[static_cast<std::size_t>(e)]));
    }
  }
  return result;
}

std::string describe_score(const ScoreBreakdown& score) { return n(score.total()); }

}  // namespace

Result<MatchResult> match(const Pool& pool) {
  SB_TRY(prepared, prepare(pool));
  return solve_prepared(pool, prepared);
}

Result<PairExplanation> explain_pair(const Pool& pool, const MatchResult& result, std::string_view mentor_id,
                                     std::string_view mentee_id) {
  SB_TRY(p, prepare(pool));
  const auto mentor_it = p.mentor_by_id.find(std::string(mentor_id));
  if (mentor_it == p.mentor_by_id.end()) return std::unexpected(Error::not_found("unknown mentor '" + std::string(mentor_id) + "'"));
  const auto mentee_it = p.mentee_by_id.find(std::string(mentee_id));
  if (mentee_it == p.mentee_by_id.end()) return std::unexpected(Error::not_found("unknown mentee '" + std::string(mentee_id) + "'"));
  const std::int32_t m = mentor_it->second;
  const std::int32_t e = mentee_it->second;
  const auto& mentor = pool.mentors[static_cast<std::size_t>(m)];
  const auto& mentee = pool.mentees[static_cast<std::size_t>(e)];

  PairExplanation out;
  out.pairs_now = out.pairs_if_forced = result.pair_count();
  out.score_now = out.score_if_forced = result.total_score;
  out.score = score_pair(p.mentor_profiles[static_cast<std::size_t>(m)], p.mentee_profiles[static_cast<std::size_t>(e)], pool.weights);

  const auto chosen = std::find_if(result.pairs.begin(), result.pairs.end(),
                                   [&](const Pairing& pair) { return pair.mentor == m && pair.mentee == e; });
  if (chosen != result.pairs.end()) {
    out.status = PairStatus::chosen;
    out.text = chosen->origin == PairOrigin::locked
                   ? BilingualText{"dit koppel is vastgezet door de programmabeheerder (score " + describe_score(out.score) + ")",
                                   "programme staff locked this pair (score " + describe_score(out.score) + ")"}
                   : BilingualText{"dit koppel is gekozen (score " + describe_score(out.score) + ")",
                                   "the engine chose this pair (score " + describe_score(out.score) + ")"};
    return out;
  }
  out.verdict = check_pair(mentor, p.mentor_eligible(m) ? Eligibility::eligible : Eligibility::not_eligible, mentee,
                           p.mentee_eligible(e) ? Eligibility::eligible : Eligibility::not_eligible,
                           p.is_forbidden(m, e) ? StaffDecision::forbidden : StaffDecision::none);
  if (out.verdict != PairVerdict::allowed) {
    out.status = PairStatus::not_allowed;
    out.text = describe(out.verdict, mentor, mentee);
    return out;
  }
  const auto locked_to = p.locked_mentor_of[static_cast<std::size_t>(e)];
  if (locked_to >= 0) {
    const auto& other = pool.mentors[static_cast<std::size_t>(locked_to)];
    out.status = PairStatus::blocked_by_lock;
    out.text = {"mentee " + mentee.id + " is vastgezet aan mentor " + other.id,
                "mentee " + mentee.id + " is locked to mentor " + other.id};
    return out;
  }
  if (p.locks_of_mentor[static_cast<std::size_t>(m)] >= mentor.capacity) {
    out.status = PairStatus::blocked_by_lock;
    out.text = {"alle " + n(mentor.capacity) + " plaatsen van mentor " + mentor.id + " zijn vastgezet",
                "all " + n(mentor.capacity) + " places of mentor " + mentor.id + " are locked"};
    return out;
  }

  Pool forced = pool;
  forced.locked.push_back({mentor.id, mentee.id});
  SB_TRY(with_pair, match(forced));
  out.pairs_if_forced = with_pair.pair_count();
  out.score_if_forced = with_pair.total_score;
  const auto fewer = out.pairs_now - out.pairs_if_forced;
  const auto lower = out.score_now - out.score_if_forced;
  const std::string own = "score van dit koppel " + describe_score(out.score);
  const std::string own_en = "this pair scores " + describe_score(out.score);
  if (fewer > 0) {
    out.status = PairStatus::costs_pairs;
    out.text = {own + "; met dit koppel worden " + n(fewer) + " koppel(s) minder gevormd (" + n(out.pairs_if_forced) +
                    " i.p.v. " + n(out.pairs_now) + ")",
                own_en + "; choosing it would form " + n(fewer) + " pair(s) fewer (" + n(out.pairs_if_forced) +
                    " instead of " + n(out.pairs_now) + ")"};
  } else if (lower > 0) {
    out.status = PairStatus::costs_score;
    out.text = {own + "; met dit koppel daalt de totale score met " + n(lower) + " punten (" + n(out.score_if_forced) +
                    " i.p.v. " + n(out.score_now) + ")",
                own_en + "; choosing it would lower the total score by " + n(lower) + " points (" +
                    n(out.score_if_forced) + " instead of " + n(out.score_now) + ")"};
  } else {
    out.status = PairStatus::equally_good;
    out.text = {own + "; een indeling met dit koppel is even goed; bij gelijke uitkomst kiest de vaste volgorde op id",
                own_en + "; a pairing with this pair is equally good; ties are broken by the fixed order of ids"};
  }
  return out;
}

}  // namespace sb::mentoring
