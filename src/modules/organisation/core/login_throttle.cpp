#include "modules/organisation/core/login_throttle.h"

#include <algorithm>
#include <utility>

namespace sb {

UnixTime LoginThrottle::wait_for(const Counter& counter, int free_failures, UnixTime now) const {
  if (counter.failures < free_failures) return 0;
  if (now - counter.last_failure >= limits_.forget_after) return 0;
  const int over = std::min(counter.failures - free_failures, 20);
  const UnixTime wait = std::min<UnixTime>(UnixTime{1} << over, limits_.max_wait);
  // Times are whole seconds: the wait runs from the end of the failure's second, so it is never shorter than said.
  return std::max<UnixTime>(0, counter.last_failure + 1 + wait - now);
}

// Attempts still being checked count as failures until they end: only as many
// run at once as there are free failures left.
UnixTime LoginThrottle::account_wait_locked(const Counter& counter, UnixTime now) const {
  const bool forgotten = now - counter.last_failure >= limits_.forget_after;
  const int failures = forgotten ? 0 : counter.failures;
  if (failures + counter.pending < limits_.free_failures_per_account) return 0;
  if (counter.pending > 0) return std::max<UnixTime>(1, wait_for(counter, limits_.free_failures_per_account, now));
  return wait_for(counter, limits_.free_failures_per_account, now);
}

LoginThrottle::Admission LoginThrottle::admit(std::string_view account, std::string_view address, UnixTime now) {
  std::lock_guard lock(mutex_);
  prune(now);
  auto& counter = accounts_[std::string(account)];
  if (auto wait = account_wait_locked(counter, now); wait > 0) return {wait, std::nullopt};
  if (now - counter.last_failure >= limits_.forget_after) counter.failures = 0;
  counter.pending += 1;
  UnixTime address_wait = 0;
  if (auto it = addresses_.find(std::string(address)); it != addresses_.end()) {
    address_wait = wait_for(it->second, limits_.free_failures_per_address, now);
  }
  return {0, Attempt(this, std::string(account), std::string(address), address_wait)};
}

void LoginThrottle::learn(std::string_view account, std::string_view address, int account_failures,
                          UnixTime account_last, int address_failures, UnixTime address_last) {
  std::lock_guard lock(mutex_);
  auto raise = [](Counter& counter, int failures, UnixTime last) {
    if (failures <= counter.failures && last <= counter.last_failure) return;
    counter.failures = std::max(counter.failures, failures);
    counter.last_failure = std::max(counter.last_failure, last);
  };
  if (account_failures > 0) raise(accounts_[std::string(account)], account_failures, account_last);
  if (address_failures > 0) raise(addresses_[std::string(address)], address_failures, address_last);
}

UnixTime LoginThrottle::account_wait(std::string_view account, UnixTime now) {
  std::lock_guard lock(mutex_);
  auto it = accounts_.find(std::string(account));
  return it == accounts_.end() ? 0 : account_wait_locked(it->second, now);
}

void LoginThrottle::finish(const std::string& account, const std::string* failed_address, UnixTime now, bool success) {
  std::lock_guard lock(mutex_);
  auto& counter = accounts_[account];
  counter.pending = std::max(0, counter.pending - 1);
  if (success) {
    counter.failures = 0;
    if (counter.pending == 0) accounts_.erase(account);
    return;
  }
  if (!failed_address) return;
  for (auto* failed : {&counter, &addresses_[*failed_address]}) {
    if (now - failed->last_failure >= limits_.forget_after) failed->failures = 0;
    failed->failures += 1;
    failed->last_failure = now;
  }
}

// Drops forgotten counters now and then so the maps stay small under a spray of addresses.
void LoginThrottle::prune(UnixTime now) {
  if (now - last_prune_ < 60) return;
  last_prune_ = now;
  auto stale = [&](const auto& entry) {
    return entry.second.pending == 0 && now - entry.second.last_failure >= limits_.forget_after;
  };
  std::erase_if(accounts_, stale);
  std::erase_if(addresses_, stale);
}

LoginThrottle::Attempt::Attempt(Attempt&& other) noexcept
    : throttle_(std::exchange(other.throttle_, nullptr)),
      account_(std::move(other.account_)),
      address_(std::move(other.address_)),
      address_wait_(other.address_wait_) {}

LoginThrottle::Attempt::~Attempt() {
  if (throttle_) throttle_->finish(account_, nullptr, 0, false);
}

void LoginThrottle::Attempt::failed(UnixTime now) {
  if (auto* throttle = std::exchange(throttle_, nullptr)) throttle->finish(account_, &address_, now, false);
}

void LoginThrottle::Attempt::succeeded() {
  if (auto* throttle = std::exchange(throttle_, nullptr)) throttle->finish(account_, nullptr, 0, true);
}

}  // namespace sb
