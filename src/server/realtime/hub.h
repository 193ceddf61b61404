// Hub: the rooms of the live channel (a board, a school's obstacles for its
// leadership). Use cases publish a room's events here after the commit (Hub is
// the kernel's EventSink); the Hub renders each event once, keeps the last
// `history` events of every room for clients that reconnect, and hands the
// same bytes to every subscriber. A room nobody follows keeps its history for
// `idle_history` after its last event (a screen that lost its connection
// comes back within that), then is forgotten: memory follows the boards in
// use, not every board ever changed. It also knows who follows each room (present()),
// so a board session can start with the people who have the board open.
//
// Threading: publish(), access_changed(), session_ended() and present() may be
// called from any thread (the store's writer, in commit order; a request);
// the first three post their work to the I/O thread, where all room state
// lives and every other method must be called; present() reads a copy of the
// room's followers kept under a mutex. Subscribers are called on the I/O
// thread only, never under a lock.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "kernel/ports/event_sink.h"

namespace sb::realtime {

using Message = std::shared_ptr<const std::string>;

class Subscriber {
 public:
  virtual ~Subscriber() = default;
  virtual void send(Message message) = 0;
  // Access may have changed: check again, and leave if it is gone.
  virtual void recheck_access() = 0;
  // A session was signed out: leave if this subscriber was opened with it.
  virtual void session_ended(const std::string& session_key) = 0;
};

class Hub final : public EventSink {
 public:
  using Post = std::function<void(std::function<void()>)>;

  using Clock = std::chrono::steady_clock;

  // 64 events: minutes of a busy board session, for a screen that reconnects. A screen that missed more reloads.
  explicit Hub(std::size_t history = 64, Clock::duration idle_history = std::chrono::minutes(5))
      : history_(history), idle_history_(idle_history) {}
  // Where work for the I/O thread goes; set once the server exists, before it serves.
  void set_post(Post post) { post_ = std::move(post); }

  void publish(const Room& room, std::int64_t seq, std::function<std::string()> render) override;
  void access_changed() override;
  void resync(const Room& room) override;
  void session_ended(const std::string& token_hash) override;
  std::vector<Id> present(const Room& room) const override;

  // I/O thread only. `user_id` is who opened the subscriber's screen (0: nobody in particular).
  void subscribe(const Room& room, Subscriber* subscriber, std::int64_t known_seq, Id user_id = 0);
  void unsubscribe(const Room& room, Subscriber* subscriber);
  std::int64_t last_seq(const Room& room) const;
  // The messages after `seq`, or nullopt when the history no longer reaches back that far.
  std::optional<std::vector<Message>> since(const Room& room, std::int64_t seq) const;
  std::size_t subscriber_count() const;
  // Forgets the rooms nobody follows whose last event is older than idle_history (deliveries call it now and then).
  void forget_idle_rooms(Clock::time_point now);
  std::size_t room_count() const { return rooms_.size(); }

 private:
  struct RoomState {
    std::int64_t last_seq = 0;
    std::deque<std::pair<std::int64_t, Message>> history;
    std::vector<std::pair<Subscriber*, Id>> subscribers;
    Clock::time_point last_event{};
  };
  void deliver(const Room& room, std::int64_t seq, Message message);
  // Every subscriber of every room, copied: a subscriber may leave while it is called.
  std::vector<Subscriber*> everyone() const;
  // Copies the room's followers to presence_ (under its mutex) after they changed.
  void note_presence(const Room& room, const RoomState* state);

  std::size_t history_;
  Clock::duration idle_history_;
  std::size_t deliveries_ = 0;
  Post post_;
  std::unordered_map<Room, RoomState, RoomHash> rooms_;
  mutable std::mutex presence_mutex_;
  std::unordered_map<Room, std::vector<Id>, RoomHash> presence_;
};

}  // namespace sb::realtime
