// A moment in UTC written as a date and a time, for tests that pin the clock.
#pragma once

#include <chrono>

#include "kernel/model.h"

namespace sb::testing {

inline UnixTime utc(int y, unsigned m, unsigned d, int hour = 0, int minute = 0, int second = 0) {
  const std::chrono::sys_days day{std::chrono::year{y} / m / d};
  return static_cast<UnixTime>(day.time_since_epoch().count()) * 86400 + hour * 3600 + minute * 60 + second;
}

}  // namespace sb::testing
