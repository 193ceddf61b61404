#include "kernel/rate_limits.h"

#include <iterator>

namespace sb {

UnixTime RateLimits::wait(std::string_view key, int limit, UnixTime /*window*/, UnixTime now) {
  std::lock_guard lock(mutex_);
  auto it = windows_.find(std::string(key));
  if (it == windows_.end() || it->second.ends <= now || it->second.used < limit) return 0;
  return it->second.ends - now;
}

void RateLimits::count(std::string_view key, UnixTime window, UnixTime now) {
  std::lock_guard lock(mutex_);
  if (windows_.size() > 100'000) prune(now);
  auto& w = windows_[std::string(key)];
  if (w.ends <= now) w = {now + window, 0};
  ++w.used;
}

void RateLimits::prune(UnixTime now) {
  for (auto it = windows_.begin(); it != windows_.end();) {
    it = it->second.ends <= now ? windows_.erase(it) : std::next(it);
  }
}

}  // namespace sb
