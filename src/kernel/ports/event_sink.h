// EventSink: where use cases hand what a committed change means for the
// screens that follow it live. A room is what a screen follows (a team's
// board); its events carry the room's sequence number, in commit order. The
// message is rendered once, by `render`, on the realtime layer's thread —
// not on the store's writer, which every write waits for. Called only after
// the commit, never while a store transaction is open. Thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "kernel/model.h"

namespace sb {

class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void publish(Id room, std::int64_t seq, std::function<std::string()> render) = 0;
  // Memberships changed somewhere: live subscribers must be checked again.
  virtual void access_changed() {}
  // A session ended (signed out): its live subscribers leave at once.
  // `token_hash` is the session's key in the store, never the token itself.
  virtual void session_ended(const std::string& /*token_hash*/) {}
};

// For places that have no live screens (command line, demo data).
class NoEventSink final : public EventSink {
 public:
  void publish(Id, std::int64_t, std::function<std::string()>) override {}
};

}  // namespace sb
