// The engine's rules, explanations and determinism, and its optimality on
// random small pools against an exhaustive search that applies the rules of
// PRODUCT.md §9 independently of the engine's own graph building.
#include "modules/mentoring/core/engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "modules/mentoring/core/test_people.h"

namespace sb::mentoring {
namespace {

using testing::expert;
using testing::leider;
using testing::schoolcoach;
using testing::schoolleider;

std::vector<std::pair<std::string, std::string>> pair_ids(const Pool& pool, const MatchResult& result) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& p : result.pairs) {
    out.emplace_back(pool.mentors[static_cast<std::size_t>(p.mentor)].id, pool.mentees[static_cast<std::size_t>(p.mentee)].id);
  }
  return out;
}

MatchResult solved(const Pool& pool) {
  auto result = match(pool);
  EXPECT_TRUE(result) << result.error().message;
  return result ? *result : MatchResult{};
}

TEST(Engine, LeidinggevendeOnlyWithSchoolLeaderExpertOnlyWithCoach) {
  Pool pool;
  pool.mentors = {leider("L"), expert("X")};
  pool.mentees = {schoolcoach("C"), schoolleider("S")};
  const auto result = solved(pool);
  EXPECT_EQ(pair_ids(pool, result), (std::vector<std::pair<std::string, std::string>>{{"L", "S"}, {"X", "C"}}));
}

TEST(Engine, RegionMustMatchUnlessAllowedForEitherPerson) {
  Pool pool;
  pool.mentors = {leider("L", "Utrecht")};
  pool.mentees = {schoolleider("S", "Groningen")};
  auto result = solved(pool);
  EXPECT_EQ(result.pair_count(), 0);
  ASSERT_EQ(result.unpaired_mentees.size(), 1u);
  EXPECT_EQ(result.unpaired_mentees[0].reason, UnpairedReason::no_partner_in_reach);
  EXPECT_NE(result.unpaired_mentees[0].text.nl.find("Groningen"), std::string::npos);

  pool.mentees[0].region_scope = RegionScope::any_region;
  EXPECT_EQ(solved(pool).pair_count(), 1) << "the mentee may go outside the region";
  pool.mentees[0].region_scope = RegionScope::own_region;
  pool.mentors[0].region_scope = RegionScope::any_region;
  EXPECT_EQ(solved(pool).pair_count(), 1) << "the mentor may go outside the region";
  pool.mentors[0].region_scope = RegionScope::own_region;
  pool.mentees[0].region = " utrecht ";
  EXPECT_EQ(solved(pool).pair_count(), 1) << "regions compare without case and outer spaces";
}

TEST(Engine, CapacityDefaultsToOneAndMayBeMore) {
  Pool pool;
  pool.mentors = {leider("L")};
  pool.mentees = {schoolleider("S1"), schoolleider("S2"), schoolleider("S3")};
  auto result = solved(pool);
  EXPECT_EQ(result.pair_count(), 1);
  ASSERT_EQ(result.unpaired_mentees.size(), 2u);
  EXPECT_EQ(result.unpaired_mentees[0].reason, UnpairedReason::partners_taken);
  pool.mentors[0].capacity = 2;
  result = solved(pool);
  EXPECT_EQ(result.pair_count(), 2);
  pool.mentors[0].capacity = 0;
  result = solved(pool);
  EXPECT_EQ(result.pair_count(), 0);
  ASSERT_EQ(result.unpaired_mentors.size(), 1u);
  EXPECT_EQ(result.unpaired_mentors[0].reason, UnpairedReason::not_eligible);
}

TEST(Engine, LockedPairIsKeptAndUsesCapacity) {
  Pool pool;
  pool.mentors = {leider("L1"), leider("L2")};
  pool.mentors[0].preferred_sectors = static_cast<SectorSet>(Sector::vo);
  pool.mentees = {schoolleider("S1"), schoolleider("S2")};
  pool.mentees[0].sector = Sector::vo;  // L1 fits S1 better...
  pool.locked = {{"L1", "S2"}};         // ...but staff locked L1 with S2
  const auto result = solved(pool);
  EXPECT_EQ(pair_ids(pool, result), (std::vector<std::pair<std::string, std::string>>{{"L1", "S2"}, {"L2", "S1"}}));
  EXPECT_EQ(result.locked_pairs, 1);
  EXPECT_EQ(result.pairs[0].origin, PairOrigin::locked);
}

TEST(Engine, LockAgainstTheRulesIsKeptWithANote) {
  Pool pool;
  pool.mentors = {expert("X", "Zeeland")};
  pool.mentees = {schoolleider("S", "Utrecht")};
  pool.locked = {{"X", "S"}};
  const auto result = solved(pool);
  ASSERT_EQ(result.pair_count(), 1);
  EXPECT_EQ(result.pairs[0].notes.size(), 2u) << "track and region";
}

TEST(Engine, ForbiddenPairIsNeverProposed) {
  Pool pool;
  pool.mentors = {leider("L1"), leider("L2")};
  pool.mentees = {schoolleider("S1")};
  pool.forbidden = {{"L1", "S1"}};
  auto result = solved(pool);
  EXPECT_EQ(pair_ids(pool, result), (std::vector<std::pair<std::string, std::string>>{{"L2", "S1"}}));
  pool.forbidden.push_back({"L2", "S1"});
  result = solved(pool);
  ASSERT_EQ(result.unpaired_mentees.size(), 1u);
  EXPECT_EQ(result.unpaired_mentees[0].reason, UnpairedReason::all_partners_forbidden);
}

TEST(Engine, IneligibleMentorIsNeverPaired) {
  Pool pool;
  pool.mentors = {leider("L")};
  pool.mentors[0].team_size = 10;
  pool.mentees = {schoolleider("S")};
  const auto result = solved(pool);
  EXPECT_EQ(result.pair_count(), 0);
  ASSERT_EQ(result.unpaired_mentors.size(), 1u);
  EXPECT_NE(result.unpaired_mentors[0].text.nl.find("meer dan 15"), std::string::npos);
}

TEST(Engine, MorePairsBeatHigherScore) {
  // L1 fits S1 perfectly, but only L1 can take S2; pairing both people wins.
  Pool pool;
  pool.mentors = {leider("L1"), leider("L2")};
  pool.mentees = {schoolleider("S1"), schoolleider("S2", "Zeeland")};
  pool.mentors[0].region_scope = RegionScope::any_region;
  pool.mentors[1].preferred_sectors = static_cast<SectorSet>(Sector::mbo);
  const auto result = solved(pool);
  EXPECT_EQ(pair_ids(pool, result), (std::vector<std::pair<std::string, std::string>>{{"L1", "S2"}, {"L2", "S1"}}));
}

TEST(Engine, InvalidPoolsAreRefused) {
  Pool pool;
  pool.mentors = {leider("L"), leider("L")};
  EXPECT_FALSE(match(pool));
  pool.mentors = {leider("L")};
  pool.mentees = {schoolleider("S")};
  pool.locked = {{"L", "nobody"}};
  EXPECT_FALSE(match(pool));
  pool.locked = {{"L", "S"}};
  pool.forbidden = {{"L", "S"}};
  EXPECT_FALSE(match(pool));
  pool.forbidden.clear();
  pool.mentees.push_back(schoolleider("S2"));
  pool.locked.push_back({"L", "S2"});
  EXPECT_FALSE(match(pool)) << "two locks on a mentor of capacity 1";
}

TEST(Engine, ExplainsScoresAndWhyAPairWasNotChosen) {
  Pool pool;
  pool.mentors = {leider("L1"), leider("L2"), expert("X")};
  pool.mentees = {schoolleider("S1"), schoolleider("S2")};
  pool.mentors[0].preferred_sectors = static_cast<SectorSet>(Sector::vo);
  pool.mentees[0].sector = Sector::vo;
  pool.mentees[1].sector = Sector::mbo;
  const auto result = solved(pool);
  ASSERT_EQ(pair_ids(pool, result), (std::vector<std::pair<std::string, std::string>>{{"L1", "S1"}, {"L2", "S2"}}));
  EXPECT_EQ(result.pairs[0].score.sector, 30);

  auto why = explain_pair(pool, result, "L1", "S2");
  ASSERT_TRUE(why);
  EXPECT_EQ(why->status, PairStatus::costs_score);
  EXPECT_EQ(why->score_now - why->score_if_forced, 30);
  why = explain_pair(pool, result, "L1", "S1");
  ASSERT_TRUE(why);
  EXPECT_EQ(why->status, PairStatus::chosen);
  why = explain_pair(pool, result, "X", "S1");
  ASSERT_TRUE(why);
  EXPECT_EQ(why->status, PairStatus::not_allowed);
  EXPECT_EQ(why->verdict, PairVerdict::track_mismatch);
  EXPECT_FALSE(explain_pair(pool, result, "nobody", "S1"));
}

TEST(Engine, ExplainsWhenForcingAPairCostsPairs) {
  Pool pool;
  pool.mentors = {leider("L1"), leider("L2")};
  pool.mentees = {schoolleider("S1"), schoolleider("S2", "Zeeland")};
  pool.mentors[0].region_scope = RegionScope::any_region;
  const auto result = solved(pool);
  const auto why = explain_pair(pool, result, "L1", "S1");
  ASSERT_TRUE(why);
  EXPECT_EQ(why->status, PairStatus::costs_pairs);
  EXPECT_EQ(why->pairs_now - why->pairs_if_forced, 1);
  EXPECT_NE(why->text.nl.find("minder"), std::string::npos);
}

TEST(Engine, SameContentInAnyRowOrderGivesSamePairs) {
  std::mt19937_64 rng(3);
  Pool pool;
  for (int i = 0; i < 30; ++i) {
    pool.mentors.push_back(i % 2 ? leider("M" + std::to_string(i)) : expert("M" + std::to_string(i)));
    pool.mentees.push_back(i % 3 ? schoolleider("E" + std::to_string(i)) : schoolcoach("E" + std::to_string(i)));
  }
  const auto reference = pair_ids(pool, solved(pool));
  for (int round = 0; round < 10; ++round) {
    Pool shuffled = pool;
    std::shuffle(shuffled.mentors.begin(), shuffled.mentors.end(), rng);
    std::shuffle(shuffled.mentees.begin(), shuffled.mentees.end(), rng);
    EXPECT_EQ(pair_ids(shuffled, solved(shuffled)), reference);
  }
}

// --- Optimality against exhaustive search on random pools ---------------------------

struct Best {
  std::int64_t pairs = -1;
  std::int64_t score = 0;
};

bool allowed_independently(const Mentor& m, const Mentee& e) {
  const bool track_ok = (m.track == Track::leidinggevende && e.role == MenteeRole::schoolleider) ||
                        (m.track == Track::expert && e.role == MenteeRole::schoolcoach);
  const bool region_ok = m.region == e.region || m.region_scope == RegionScope::any_region ||
                         e.region_scope == RegionScope::any_region;
  const bool mentor_ok = m.capacity > 0 && (m.track == Track::leidinggevende
                                                ? m.years_in_role >= 3 && m.team_size > 15
                                                : m.years_in_role >= 3 && m.years_ci_experience >= 5);
  const bool mentee_ok = e.role != MenteeRole::other && e.in_inspiration_programme;
  return track_ok && region_ok && mentor_ok && mentee_ok;
}

int independent_score(const Mentor& m, const Mentee& e, const Weights& w) {
  ScoringProfile a, b;
  a.sectors = m.preferred_sectors;
  a.mode = m.mode;
  a.months = m.months;
  b.sectors = static_cast<SectorSet>(e.sector);
  b.mode = e.mode;
  b.months = e.months;
  return score_pair(a, b, w).total();
}

Best brute_force(const Pool& pool, const std::vector<PairIds>& locked) {
  const auto mentors = pool.mentors.size();
  std::vector<int> left(mentors);
  for (std::size_t m = 0; m < mentors; ++m) left[m] = pool.mentors[m].capacity;
  std::vector<int> fixed(pool.mentees.size(), -1);
  Best base{0, 0};
  auto index_of_mentor = [&](const std::string& id) {
    for (std::size_t m = 0; m < mentors; ++m) {
      if (pool.mentors[m].id == id) return static_cast<int>(m);
    }
    return -1;
  };
  for (const auto& lock : locked) {
    const int m = index_of_mentor(lock.mentor_id);
    for (std::size_t e = 0; e < pool.mentees.size(); ++e) {
      if (pool.mentees[e].id == lock.mentee_id) {
        fixed[e] = m;
        --left[static_cast<std::size_t>(m)];
        ++base.pairs;
        base.score += independent_score(pool.mentors[static_cast<std::size_t>(m)], pool.mentees[e], pool.weights);
      }
    }
  }
  auto forbidden = [&](std::size_t m, std::size_t e) {
    return std::any_of(pool.forbidden.begin(), pool.forbidden.end(), [&](const PairIds& f) {
      return f.mentor_id == pool.mentors[m].id && f.mentee_id == pool.mentees[e].id;
    });
  };
  Best best;
  Best current = base;
  auto visit = [&](auto&& self, std::size_t e) -> void {
    if (e == pool.mentees.size()) {
      if (current.pairs > best.pairs || (current.pairs == best.pairs && current.score > best.score)) best = current;
      return;
    }
    self(self, e + 1);
    if (fixed[e] >= 0) return;
    for (std::size_t m = 0; m < mentors; ++m) {
      if (left[m] <= 0 || forbidden(m, e) || !allowed_independently(pool.mentors[m], pool.mentees[e])) continue;
      const int s = independent_score(pool.mentors[m], pool.mentees[e], pool.weights);
      --left[m];
      ++current.pairs;
      current.score += s;
      self(self, e + 1);
      ++left[m];
      --current.pairs;
      current.score -= s;
    }
  };
  visit(visit, 0);
  return best;
}

Pool random_pool(std::mt19937_64& rng) {
  auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  const char* regions[] = {"Noord", "Zuid"};
  Pool pool;
  const int mentors = pick(6);
  const int mentees = pick(8);
  for (int m = 0; m < mentors; ++m) {
    Mentor mentor = pick(2) ? leider("M" + std::to_string(m), regions[pick(2)]) : expert("M" + std::to_string(m), regions[pick(2)]);
    mentor.capacity = pick(4) == 0 ? 0 : 1 + pick(2);
    if (pick(8) == 0) mentor.years_in_role = 2;
    mentor.region_scope = pick(5) == 0 ? RegionScope::any_region : RegionScope::own_region;
    mentor.preferred_sectors = static_cast<SectorSet>(pick(16));
    mentor.mode = static_cast<MeetingMode>(pick(3));
    mentor.months = static_cast<MonthSet>(pick(16));
    pool.mentors.push_back(mentor);
  }
  for (int e = 0; e < mentees; ++e) {
    Mentee mentee = pick(2) ? schoolleider("E" + std::to_string(e), regions[pick(2)]) : schoolcoach("E" + std::to_string(e), regions[pick(2)]);
    if (pick(10) == 0) mentee.role = MenteeRole::other;
    mentee.region_scope = pick(5) == 0 ? RegionScope::any_region : RegionScope::own_region;
    mentee.sector = static_cast<Sector>(1 << pick(4));
    mentee.mode = static_cast<MeetingMode>(pick(3));
    mentee.months = static_cast<MonthSet>(pick(16));
    pool.mentees.push_back(mentee);
  }
  for (int k = 0; k < 3 && mentors > 0 && mentees > 0; ++k) {
    const PairIds pair{pool.mentors[static_cast<std::size_t>(pick(mentors))].id, pool.mentees[static_cast<std::size_t>(pick(mentees))].id};
    if (pick(3) == 0) pool.forbidden.push_back(pair);
  }
  if (mentors > 0 && mentees > 0 && pick(3) == 0) {
    const auto& mentor = pool.mentors[static_cast<std::size_t>(pick(mentors))];
    const PairIds pair{mentor.id, pool.mentees[static_cast<std::size_t>(pick(mentees))].id};
    if (mentor.capacity > 0 && std::find(pool.forbidden.begin(), pool.forbidden.end(), pair) == pool.forbidden.end()) {
      pool.locked.push_back(pair);
    }
  }
  return pool;
}

TEST(Engine, OptimalOnRandomPoolsAgainstExhaustiveSearch) {
  std::mt19937_64 rng(2024);
  int compared = 0;
  for (int i = 0; i < 3000; ++i) {
    const Pool pool = random_pool(rng);
    const auto result = match(pool);
    ASSERT_TRUE(result) << result.error().message;
    const Best best = brute_force(pool, pool.locked);
    ASSERT_EQ(result->pair_count(), best.pairs) << "pool " << i;
    ASSERT_EQ(result->total_score, best.score) << "pool " << i;
    // Asking about any allowed pair reports exactly the optimum with that pair forced.
    for (const auto& mentor : pool.mentors) {
      for (const auto& mentee : pool.mentees) {
        const auto why = explain_pair(pool, *result, mentor.id, mentee.id);
        ASSERT_TRUE(why);
        if (why->status != PairStatus::costs_pairs && why->status != PairStatus::costs_score &&
            why->status != PairStatus::equally_good) {
          continue;
        }
        auto locks = pool.locked;
        locks.push_back({mentor.id, mentee.id});
        const Best forced = brute_force(pool, locks);
        ASSERT_EQ(why->pairs_if_forced, forced.pairs) << "pool " << i << " " << mentor.id << "/" << mentee.id;
        ASSERT_EQ(why->score_if_forced, forced.score) << "pool " << i << " " << mentor.id << "/" << mentee.id;
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 1000);
}

}  // namespace
}  // namespace sb::mentoring
