// EventArrivals: with several server processes on one database, the live
// relay hands every event that reaches this process (its own and the other
// processes') to the live channel through here. On the way it brings what this
// process keeps in memory about committed data up to date with what the other
// processes committed, so that nothing is served stale from a cache:
//   - each module's watch of a room kind (the board: the board's last sequence
//     number, which its cached JSON is keyed on);
//   - the principal cache, which forgets who may do what when memberships
//     changed or a session ended anywhere (and so bumps the generation that
//     caches of names and memberships are keyed on).
// An event that is lost on the way (the relay resyncs its room, or loses track
// of everything while its connection is down) makes the watch forget what it
// knew, so the next read asks the store. On one process (SQLite) nothing comes
// through here: the after-commit hooks keep the caches current.
//
// Thread-safety: watch() before serving; the rest from any thread.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "kernel/ports/event_sink.h"
#include "kernel/principal_cache.h"

namespace sb {

class EventArrivals final : public EventSink {
 public:
  struct Watch {
    std::function<void(Id id, std::int64_t seq)> heard;
    std::function<void(std::optional<Id> id)> lost;  // none: every room of the kind
  };

  EventArrivals(EventSink& next, PrincipalCache& principals) : next_(next), principals_(principals) {}
  void watch(std::string room_kind, Watch watch);

  void publish(const Room& room, std::int64_t seq, std::function<std::string()> render) override;
  void access_changed() override;
  void resync(const Room& room) override;
  // Events of any room may have been lost (the relay's connection was down): every watch forgets all, and every
  // screen reloads.
  void resync_all() override;
  void session_ended(const std::string& token_hash) override;
  std::vector<Id> present(const Room& room) const override { return next_.present(room); }

 private:
  std::vector<const Watch*> watches_of(const std::string& kind);

  EventSink& next_;
  PrincipalCache& principals_;
  std::mutex mutex_;
  std::vector<std::pair<std::string, std::unique_ptr<Watch>>> watches_;
};

// Where a module finds the process's EventArrivals to watch its rooms: set by the composition root on
// PostgreSQL, null on SQLite (one process).
struct EventArrivalsSlot {
  EventArrivals* arrivals = nullptr;
};

}  // namespace sb
