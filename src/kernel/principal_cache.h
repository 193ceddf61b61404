// PrincipalCache: who is behind a session token, remembered for a moment so
// that a signed-in read does not cost three queries. Entries live at most
// `ttl` seconds, and every use case that changes users, memberships, teams,
// schools or sessions forgets them all at once in this process, so a removed
// member loses access on their very next request. Other processes forget
// theirs when the access notice arrives (EventArrivals::access_changed); the
// ttl bounds the rest. The generation counts forget_all() calls: caches of other things
// derived from the organisation (a board view's members, names, ambitions)
// compare it to know they are stale. Thread-safe.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "kernel/policy.h"

namespace sb {

class PrincipalCache {
 public:
  struct Entry {
    Session session;
    Principal principal;
    UnixTime cached_at = 0;
  };

  explicit PrincipalCache(UnixTime ttl_seconds = 2, std::size_t max_entries = 100'000)
      : ttl_(ttl_seconds), max_entries_(max_entries) {}

  std::optional<Entry> find(const std::string& token_hash, UnixTime now);
  void put(const std::string& token_hash, const Session& session, const Principal& principal, UnixTime now);
  void note_seen(const std::string& token_hash, UnixTime at);
  void forget(const std::string& token_hash);
  void forget_all();
  std::uint64_t generation() const { return generation_.load(); }

 private:
  UnixTime ttl_;
  std::size_t max_entries_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::atomic<std::uint64_t> generation_{0};
};

}  // namespace sb
