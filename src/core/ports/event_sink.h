// EventSink: where use cases hand the board events of a committed change, so
// the realtime layer can send them to every screen of that board. Called only
// after the commit, never while a store transaction is open. Thread-safe.
#pragma once

#include <string>

#include "core/board_model.h"

namespace sb {

class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void publish(const BoardEvent& event) = 0;
  // Memberships changed somewhere: live subscribers must be checked again.
  virtual void access_changed() {}
  // A session ended (signed out): its live subscribers leave at once.
  // `token_hash` is the session's key in the store, never the token itself.
  virtual void session_ended(const std::string& /*token_hash*/) {}
};

// For places that have no live screens (command line, demo data).
class NoEventSink final : public EventSink {
 public:
  void publish(const BoardEvent&) override {}
};

}  // namespace sb
