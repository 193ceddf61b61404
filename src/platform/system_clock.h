// SystemClock: wall-clock time in whole seconds. Thread-safe.
#pragma once

#include <chrono>

#include "kernel/ports/clock.h"

namespace sb {

class SystemClock final : public Clock {
 public:
  UnixTime now() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  }
};

}  // namespace sb
