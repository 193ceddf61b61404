// What the overview reads of one team's board over a school year — board sessions
// and the people at them per week, goal verdicts of closed cycles, obstacles with
// the leadership — and the per-process cache of it, keyed by the team's data
// version (kernel/ports/team_versions.h).
//
// Why the cache is right with several server processes: every write a team's facts
// depend on moves the team's version in the write's own transaction, and the
// version lives in the database. A view reads the versions first and then, in the
// same unit of work, the facts of the teams whose version the cache does not hold:
// the facts are never older than the version they are kept under (a write that
// lands between the two reads moves the version again, so the next view reads that
// team afresh). A write through any process therefore shows at the next read.
// Only what depends on nothing but the team's own writes is kept: the team's size,
// the holidays, this week and today's date (the obstacles' ages) are applied at
// every read.
// Thread-safety: TeamFactsCache guards itself; a TeamFacts is never changed once kept.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "kernel/model.h"
#include "modules/board/core/team_figures.h"

namespace sb {

struct TeamFacts {
  std::int64_t version = 0;   // the team's data version these were read at
  std::vector<int> sessions;  // per week of the school year: closed board sessions
  std::vector<int> attended;  // per week: the people at them
  TeamGoalVerdicts verdicts;
  TeamOpenObstacles obstacles;  // count 0: none
};

class TeamFactsCache {
 public:
  // The kept facts of each team at its version for the school year, or null where there are none (or older ones).
  std::vector<std::shared_ptr<const TeamFacts>> find(const std::string& school_year,
                                                     const std::vector<std::pair<Id, std::int64_t>>& versions);
  // Keeps freshly read facts (a team's older ones go).
  void keep(const std::string& school_year, const std::vector<std::pair<Id, std::shared_ptr<const TeamFacts>>>& facts);
  void clear();
  std::size_t size();

 private:
  // Bounded: a deleted team's or an old school year's facts are not worth tracking, so past this many all go.
  static constexpr std::size_t kMaxEntries = 100'000;
  struct Key {
    Id team_id;
    std::string school_year;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const { return std::hash<Id>{}(k.team_id) * 31 + std::hash<std::string>{}(k.school_year); }
  };
  std::mutex mutex_;
  std::unordered_map<Key, std::shared_ptr<const TeamFacts>, KeyHash> entries_;
};

}  // namespace sb
