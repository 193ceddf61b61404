// Hub: the rooms of the live channel, one per board. Use cases publish a
// board's events here after the commit (Hub is the kernel's EventSink); the Hub
// renders each event once, keeps the last `history` of every room for
// clients that reconnect, and hands the same bytes to every subscriber.
//
// Threading: publish(), access_changed() and session_ended() may be called from any thread
// (the store's writer, in commit order); they post the work to the I/O
// thread, where all room state lives and every other method must be called.
// Subscribers are called on the I/O thread only, never under a lock.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
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

  explicit Hub(std::size_t history = 512) : history_(history) {}
  // Where work for the I/O thread goes; set once the server exists, before it serves.
  void set_post(Post post) { post_ = std::move(post); }

  void publish(Id room, std::int64_t seq, std::function<std::string()> render) override;
  void access_changed() override;
  void session_ended(const std::string& token_hash) override;

  // I/O thread only.
  void subscribe(Id team_id, Subscriber* subscriber, std::int64_t known_seq);
  void unsubscribe(Id team_id, Subscriber* subscriber);
  std::int64_t last_seq(Id team_id) const;
  // The messages after `seq`, or nullopt when the history no longer reaches back that far.
  std::optional<std::vector<Message>> since(Id team_id, std::int64_t seq) const;
  std::size_t subscriber_count() const;

 private:
  struct Room {
    std::int64_t last_seq = 0;
    std::deque<std::pair<std::int64_t, Message>> history;
    std::vector<Subscriber*> subscribers;
  };
  void deliver(Id team_id, std::int64_t seq, Message message);
  // Every subscriber of every room, copied: a subscriber may leave while it is called.
  std::vector<Subscriber*> everyone() const;

  std::size_t history_;
  Post post_;
  std::unordered_map<Id, Room> rooms_;
};

}  // namespace sb::realtime
