// VoiceLimits: the rate limits of the student routes (kernel/rate_limits.h),
// held in memory only. Fixed windows: per address, failed code look-ups (so
// guessing codes is slow, while a whole school behind one address can still
// answer); per code, every look-up and answer (so one round cannot be
// flooded). The arithmetic is in docs/API.md (Student voice).
// Thread-safety: thread-safe.
#pragma once

#include "kernel/rate_limits.h"

namespace sb {

inline constexpr int kFailedLookupsPerAddress = 10;
inline constexpr UnixTime kFailedLookupWindow = 600;
inline constexpr int kRequestsPerCode = 600;
inline constexpr UnixTime kCodeWindow = 60;

// The voice module's own counters (one instance in Services::modules).
class VoiceLimits final : public RateLimits {};

}  // namespace sb
