#include "modules/rhythm/core/team_facts.h"

namespace sb {

std::vector<std::shared_ptr<const TeamFacts>> TeamFactsCache::find(
    const std::string& school_year, const std::vector<std::pair<Id, std::int64_t>>& versions) {
  std::vector<std::shared_ptr<const TeamFacts>> out(versions.size());
  std::lock_guard lock(mutex_);
  for (std::size_t i = 0; i < versions.size(); ++i) {
    const auto found = entries_.find(Key{versions[i].first, school_year});
    if (found != entries_.end() && found->second->version == versions[i].second) out[i] = found->second;
  }
  return out;
}

void TeamFactsCache::keep(const std::string& school_year,
                          const std::vector<std::pair<Id, std::shared_ptr<const TeamFacts>>>& facts) {
  std::lock_guard lock(mutex_);
  if (entries_.size() + facts.size() > kMaxEntries) entries_.clear();
  for (const auto& [team_id, kept] : facts) {
    // A request that read an older snapshot than another must not put its older facts back over newer ones.
    auto& entry = entries_[Key{team_id, school_year}];
    if (!entry || entry->version <= kept->version) entry = kept;
  }
}

void TeamFactsCache::clear() {
  std::lock_guard lock(mutex_);
  entries_.clear();
}

std::size_t TeamFactsCache::size() {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace sb
