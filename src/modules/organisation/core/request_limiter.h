// RequestLimiter: counts requests per key in fixed windows and says when a
// key has used up its allowance — for requests that cost someone else
// something, such as a password-reset mail. Keys name what is limited
// ("reset-account:a@x.nl", "reset-address:1.2.3.4"); each call names its own
// limit and window.
//
// State is in memory (per server process). Thread-safe.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kernel/model.h"

namespace sb {

class RequestLimiter {
 public:
  // Counts one request for `key`; 0 when it is within `limit` per `window`
  // seconds, else the seconds until the window ends (the request is not counted).
  UnixTime take(std::string_view key, int limit, UnixTime window, UnixTime now);

 private:
  struct Window {
    UnixTime started = 0;
    UnixTime length = 0;
    int used = 0;
  };
  void prune(UnixTime now);

  std::mutex mutex_;
  std::unordered_map<std::string, Window> windows_;
  UnixTime last_prune_ = 0;
};

}  // namespace sb
