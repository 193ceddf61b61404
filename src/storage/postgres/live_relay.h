// LiveRelay: live events across several server processes on one PostgreSQL
// database. Every process hands its events here instead of to its own Hub;
// the relay hands each to the local Hub at once and sends it, rendered, as a
// NOTIFY on one channel (tagged with this process's origin); a listener
// connection of every process hands what arrives from the others to its
// local Hub, so each screen gets each event once, whichever process it is
// connected to, and a process's own screens need not wait for the round trip
// through the database.
//
// Order and gaps: NOTIFYs are sent after the commit, from several threads and
// processes, so a room's events may arrive out of order; the relay holds a
// later one until the ones before it arrive. An event that never comes (its
// process was killed between commit and send), or one too large for a NOTIFY
// payload, becomes a "resync" for the room after kGapWait: the screens reload
// what they show from the database. So does an event that arrives after a
// later one was handed on (possible only for the first event a process hears
// of a room, whose predecessor it cannot know). When the listener's
// connection drops, every room of the process resyncs once it is back.
//
// Thread-safety: publish(), access_changed() and session_ended() from any thread; the rooms' order is
// kept under a mutex shared by publish() and the listener.
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>

#include "kernel/error.h"
#include "kernel/ports/event_sink.h"

namespace sb::postgres {

class Connection;

class LiveRelay final : public EventSink {
 public:
  // `local` is this process's Hub (through its EventArrivals); the relay must outlive no one who publishes to it.
  // When events of any room may have been lost while its connection was down, it calls local.resync_all().
  static Result<std::unique_ptr<LiveRelay>> start(const std::string& conninfo, EventSink& local);
  ~LiveRelay() override;

  void publish(const Room& room, std::int64_t seq, std::function<std::string()> render) override;
  void access_changed() override;
  void session_ended(const std::string& token_hash) override;
  // The screens of this process only.
  std::vector<Id> present(const Room& room) const override { return local_.present(room); }

  // One message as it travels in a NOTIFY payload from process `origin`.
  static std::string encode_event(const std::string& origin, const Room& room, std::int64_t seq,
                                  const std::string& message);

 private:
  LiveRelay(std::string conninfo, EventSink& local);
  void send_loop();
  // Sends the batch's NOTIFYs in one round trip, (re)connecting first when needed; on failure they are lost.
  void send_batch(std::unique_ptr<Connection>& db, const std::deque<std::string>& batch);
  // Queues `payload` and waits (at most a second) until it went out to the database.
  void send_and_wait(std::string payload);
  void listen_loop();
  void received(const std::string& payload);
  struct RoomOrder;
  void deliver_in_order(const Room& room, std::int64_t seq, std::optional<std::string> message);
  void hand_on_in_order(const Room& room, RoomOrder& order);
  void resync_overdue();
  void resync_all();

  std::string conninfo_;
  const std::string origin_;  // this process's tag on what it sends: it hears its own NOTIFYs back
  EventSink& local_;
  std::atomic<bool> stopping_ = false;

  std::mutex send_mutex_;
  std::condition_variable send_ready_;
  std::deque<std::string> outbox_;
  std::uint64_t queued_ = 0;  // payloads ever queued; under send_mutex_
  std::uint64_t sent_ = 0;    // of those, how many the sender has handed to the database (or given up on)
  std::condition_variable sent_ready_;
  std::thread sender_;

  // Under order_mutex_ (publish() and the listener thread).
  std::mutex order_mutex_;
  struct RoomOrder {
    std::int64_t delivered = 0;                                  // the last seq handed to the Hub
    std::map<std::int64_t, std::optional<std::string>> waiting;  // arrived early, by seq; none: too large
    std::int64_t waiting_since_ms = 0;
  };
  std::unordered_map<Room, RoomOrder, RoomHash> rooms_;
  std::thread listener_;
};

// For a command-line process next to running servers (`samenbeter user reset-password` on PostgreSQL): it has
// no screens and numbers no live events, but the servers must hear what it changed about who may do what and
// whose sessions ended, as if one of them had changed it. Each notice goes out at once, as one NOTIFY on the
// relay's channel, before the command says it is done. Thread-safety: any thread.
class AccessNotices final : public EventSink {
 public:
  static Result<std::unique_ptr<AccessNotices>> open(const std::string& conninfo);
  ~AccessNotices() override;

  void publish(const Room&, std::int64_t, std::function<std::string()>) override {}
  void access_changed() override;
  void session_ended(const std::string& token_hash) override;

 private:
  explicit AccessNotices(std::unique_ptr<Connection> db);
  void send(const std::string& payload);

  std::mutex mutex_;
  std::unique_ptr<Connection> db_;
};

}  // namespace sb::postgres
