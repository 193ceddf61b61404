// RateLimits: fixed-window counters per key, held in memory only (per server
// process, lost on restart — nothing about who asked is written down). The
// student routes of several modules use it (voice: per address and per round
// code; classboard: per address and per class code), each with an instance of
// its own kept in Services::modules (a subclass names it).
// Thread-safety: thread-safe.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kernel/model.h"

namespace sb {

class RateLimits {
 public:
  virtual ~RateLimits() = default;
  // 0 when `key` used fewer than `limit` in its current window, else the seconds until the window ends.
  UnixTime wait(std::string_view key, int limit, UnixTime window, UnixTime now);
  // Counts one use of `key` in its window of `window` seconds.
  void count(std::string_view key, UnixTime window, UnixTime now);

 private:
  struct Window {
    UnixTime ends = 0;
    int used = 0;
  };
  void prune(UnixTime now);

  std::mutex mutex_;
  std::unordered_map<std::string, Window> windows_;
};

}  // namespace sb
