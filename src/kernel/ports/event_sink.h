// EventSink: where use cases hand what a committed change means for the
// screens that follow it live. A room is what a screen follows, named by a
// kind and an id (a team's board: {"board", team_id}; a school's obstacles for
// its leadership: {"obstacles", school_id}); its events carry the room's
// sequence number, in commit order. The message is rendered once, by
// `render`, on the realtime layer's thread — not on the store's writer, which
// every write waits for. Called only after the commit, never while a store
// transaction is open. Thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kernel/model.h"

namespace sb {

struct Room {
  std::string kind;
  Id id = 0;
  bool operator==(const Room&) const = default;
};

struct RoomHash {
  std::size_t operator()(const Room& room) const {
    return std::hash<std::string>{}(room.kind) * 31 + std::hash<Id>{}(room.id);
  }
};

class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void publish(const Room& room, std::int64_t seq, std::function<std::string()> render) = 0;
  // Memberships changed somewhere: live subscribers must be checked again.
  virtual void access_changed() {}
  // The room's events since some point may never arrive (another server
  // process died between its commit and its relay): its screens reload what
  // they show from the store, and no catch-up reaches back past this.
  virtual void resync(const Room& /*room*/) {}
  // Events of any room may have been lost (the relay's connection to the
  // database was down): every room's screens reload, and caches of committed
  // data forget what they knew.
  virtual void resync_all() {}
  // A session ended (signed out): its live subscribers leave at once.
  // `token_hash` is the session's key in the store, never the token itself.
  virtual void session_ended(const std::string& /*token_hash*/) {}
  // Who follows the room right now: the user ids of its open screens, each
  // once, in no particular order (a board's presence, for a session's attendance).
  virtual std::vector<Id> present(const Room& /*room*/) const { return {}; }
};

// For places that have no live screens (command line, demo data).
class NoEventSink final : public EventSink {
 public:
  void publish(const Room&, std::int64_t, std::function<std::string()>) override {}
};

}  // namespace sb
