#include "modules/organisation/core/request_limiter.h"

namespace sb {

UnixTime RequestLimiter::take(std::string_view key, int limit, UnixTime window, UnixTime now) {
  std::lock_guard lock(mutex_);
  prune(now);
  auto& entry = windows_[std::string(key)];
  if (now - entry.started >= entry.length) entry = {now, window, 0};
  if (entry.used >= limit) return entry.started + entry.length - now;
  entry.used += 1;
  return 0;
}

// Drops ended windows now and then so the map stays small under a spray of keys.
void RequestLimiter::prune(UnixTime now) {
  if (now - last_prune_ < 60) return;
  last_prune_ = now;
  std::erase_if(windows_, [&](const auto& entry) { return now - entry.second.started >= entry.second.length; });
}

}  // namespace sb
