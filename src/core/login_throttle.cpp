#include "core/login_throttle.h"

#include <algorithm>

namespace sb {

UnixTime LoginThrottle::wait_for(const Counter& counter, int free_failures, UnixTime now) const {
  if (counter.failures < free_failures) return 0;
  if (now - counter.last_failure >= limits_.forget_after) return 0;
  const int over = std::min(counter.failures - free_failures, 20);
  const UnixTime wait = std::min<UnixTime>(UnixTime{1} << over, limits_.max_wait);
  return std::max<UnixTime>(0, counter.last_failure + wait - now);
}

UnixTime LoginThrottle::wait_seconds(std::string_view account, std::string_view address, UnixTime now) {
  std::lock_guard lock(mutex_);
  UnixTime wait = 0;
  if (auto it = accounts_.find(std::string(account)); it != accounts_.end()) {
    wait = std::max(wait, wait_for(it->second, limits_.free_failures_per_account, now));
  }
  if (auto it = addresses_.find(std::string(address)); it != addresses_.end()) {
    wait = std::max(wait, wait_for(it->second, limits_.free_failures_per_address, now));
  }
  return wait;
}

void LoginThrottle::record_failure(std::string_view account, std::string_view address, UnixTime now) {
  std::lock_guard lock(mutex_);
  prune(now);
  for (auto* counter : {&accounts_[std::string(account)], &addresses_[std::string(address)]}) {
    if (now - counter->last_failure >= limits_.forget_after) counter->failures = 0;
    counter->failures += 1;
    counter->last_failure = now;
  }
}

void LoginThrottle::record_success(std::string_view account) {
  std::lock_guard lock(mutex_);
  accounts_.erase(std::string(account));
}

// Drops forgotten counters now and then so the maps stay small under a spray of addresses.
void LoginThrottle::prune(UnixTime now) {
  if (now - last_prune_ < 60) return;
  last_prune_ = now;
  auto stale = [&](const auto& entry) { return now - entry.second.last_failure >= limits_.forget_after; };
  std::erase_if(accounts_, stale);
  std::erase_if(addresses_, stale);
}

}  // namespace sb
