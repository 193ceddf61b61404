// EventSink: where use cases hand the board events of a committed change, so
// the realtime layer can send them to every screen of that board. Called only
// after the commit, never while a store transaction is open. Thread-safe.
#pragma once

#include "core/board_model.h"

namespace sb {

class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void publish(const BoardEvent& event) = 0;
  // Memberships changed somewhere: live subscribers must be checked again.
  virtual void access_changed() {}
};

// For places that have no live screens (command line, demo data).
class NoEventSink final : public EventSink {
 public:
  void publish(const BoardEvent&) override {}
};

}  // namespace sb
