// VoiceLimits: the rate limits of the student routes, held in memory only
// (per server process, lost on restart — nothing about a student is written
// down). Fixed windows: per address, failed code look-ups (so guessing codes
// is slow, while a whole school behind one address can still answer); per
// code, every look-up and answer (so one round cannot be flooded). The
// arithmetic is in docs/API.md (Student voice).
// Thread-safety: thread-safe.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kernel/model.h"

namespace sb {

inline constexpr int kFailedLookupsPerAddress = 10;
inline constexpr UnixTime kFailedLookupWindow = 600;
inline constexpr int kRequestsPerCode = 600;
inline constexpr UnixTime kCodeWindow = 60;

class VoiceLimits {
 public:
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
