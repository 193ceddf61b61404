// LoginThrottle: slows down password guessing per account and per client
// address without ever locking the real user out for good. After a few free
// failures each further failure doubles a waiting time, capped at 15 minutes;
// the counters forget after a quiet period and a successful sign-in clears
// the account's counter.
//
// State is in memory (per server process); with several processes each
// throttles on its own, which only loosens the limit by that factor.
// Thread-safe.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/model.h"

namespace sb {

class LoginThrottle {
 public:
  struct Limits {
    int free_failures_per_account = 5;
    int free_failures_per_address = 20;
    UnixTime max_wait = 15 * 60;
    UnixTime forget_after = 60 * 60;
  };

  LoginThrottle() = default;
  explicit LoginThrottle(Limits limits) : limits_(limits) {}

  // Seconds the caller must wait before trying again; 0 when a try is allowed now.
  UnixTime wait_seconds(std::string_view account, std::string_view address, UnixTime now);
  void record_failure(std::string_view account, std::string_view address, UnixTime now);
  void record_success(std::string_view account);

 private:
  struct Counter {
    int failures = 0;
    UnixTime last_failure = 0;
  };
  UnixTime wait_for(const Counter& counter, int free_failures, UnixTime now) const;
  void prune(UnixTime now);

  Limits limits_;
  std::mutex mutex_;
  std::unordered_map<std::string, Counter> accounts_;
  std::unordered_map<std::string, Counter> addresses_;
  UnixTime last_prune_ = 0;
};

}  // namespace sb
