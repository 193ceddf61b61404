#include "kernel/principal_cache.h"

namespace sb {

std::optional<PrincipalCache::Entry> PrincipalCache::find(const std::string& token_hash, UnixTime now) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(token_hash);
  if (it == entries_.end()) return std::nullopt;
  if (now - it->second.cached_at >= ttl_) {
    entries_.erase(it);
    return std::nullopt;
  }
  return it->second;
}

void PrincipalCache::put(const std::string& token_hash, const Session& session, const Principal& principal,
                         UnixTime now) {
  std::lock_guard lock(mutex_);
  // A full cache starts over rather than tracking recency: entries are cheap to rebuild.
  if (entries_.size() >= max_entries_) entries_.clear();
  entries_[token_hash] = Entry{session, principal, now};
}

void PrincipalCache::note_seen(const std::string& token_hash, UnixTime at) {
  std::lock_guard lock(mutex_);
  if (auto it = entries_.find(token_hash); it != entries_.end()) it->second.session.last_seen_at = at;
}

void PrincipalCache::forget(const std::string& token_hash) {
  std::lock_guard lock(mutex_);
  entries_.erase(token_hash);
}

void PrincipalCache::forget_all() {
  std::lock_guard lock(mutex_);
  entries_.clear();
  generation_ += 1;
}

}  // namespace sb
