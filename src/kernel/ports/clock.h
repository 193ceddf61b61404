// Clock: where core gets the current time, so tests can move time by hand.
// Implementations must be thread-safe.
#pragma once

#include "kernel/model.h"

namespace sb {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual UnixTime now() const = 0;
};

// A clock that only moves when told to; for tests. Not thread-safe for set().
class ManualClock final : public Clock {
 public:
  explicit ManualClock(UnixTime start) : now_(start) {}
  UnixTime now() const override { return now_; }
  void advance(UnixTime seconds) { now_ += seconds; }

 private:
  UnixTime now_;
};

}  // namespace sb
