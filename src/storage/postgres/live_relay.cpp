#include "storage/postgres/live_relay.h"

#include <libpq-fe.h>
#include <spdlog/spdlog.h>
#include <sys/select.h>

#include <chrono>
#include <random>

#include "storage/postgres/connection.h"

namespace sb::postgres {

namespace {

constexpr const char* kChannel = "samenbeter_live";
// PostgreSQL refuses payloads of 8000 bytes or more.
constexpr std::size_t kMaxPayload = 7900;
// How long a room waits for an event that is missing before it resyncs.
constexpr std::int64_t kGapWaitMs = 500;

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Splits "a\tb\tc..." into at most `parts` fields; the last keeps any tabs.
std::vector<std::string> fields(const std::string& text, std::size_t parts) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (out.size() + 1 < parts) {
    const auto tab = text.find('\t', start);
    if (tab == std::string::npos) break;
    out.push_back(text.substr(start, tab - start));
    start = tab + 1;
  }
  out.push_back(text.substr(start));
  return out;
}

// One round trip that sends each payload as a NOTIFY on the channel.
std::string notify_sql(PGconn* db, const std::deque<std::string>& payloads) {
  std::string sql;
  for (const auto& payload : payloads) {
    char* literal = PQescapeLiteral(db, payload.c_str(), payload.size());
    if (!literal) continue;
    sql += "SELECT pg_notify('" + std::string(kChannel) + "', " + literal + ");";
    PQfreemem(literal);
  }
  return sql;
}

}  // namespace

std::string LiveRelay::encode_event(const std::string& origin, const Room& room, std::int64_t seq,
                                    const std::string& message) {
  const std::string head = origin + "\t" + room.kind + "\t" + std::to_string(room.id) + "\t" + std::to_string(seq);
  if (head.size() + message.size() + 3 > kMaxPayload) return "r\t" + head;  // too large: the screens reload
  return "e\t" + head + "\t" + message;
}

Result<std::unique_ptr<LiveRelay>> LiveRelay::start(const std::string& conninfo, EventSink& local) {
  // Fail at start, not later, when the database cannot be reached.
  SB_TRY(probe, Connection::open(conninfo));
  (void)probe;
  return std::unique_ptr<LiveRelay>(new LiveRelay(conninfo, local));
}

LiveRelay::LiveRelay(std::string conninfo, EventSink& local)
    : conninfo_(std::move(conninfo)),
      origin_(std::to_string(std::random_device{}()) + "-" + std::to_string(std::random_device{}())),
      local_(local) {
  sender_ = std::thread([this] { send_loop(); });
  listener_ = std::thread([this] { listen_loop(); });
}

LiveRelay::~LiveRelay() {
  stopping_ = true;
  send_ready_.notify_all();
  sender_.join();
  listener_.join();
}

void LiveRelay::publish(const Room& room, std::int64_t seq, std::function<std::string()> render) {
  auto message = render();
  auto payload = encode_event(origin_, room, seq, message);
  {
    std::lock_guard lock(send_mutex_);
    outbox_.push_back(std::move(payload));
    ++queued_;
  }
  send_ready_.notify_one();
  // This process's screens at once, in order with what the others committed before (held until it arrives).
  std::lock_guard lock(order_mutex_);
  deliver_in_order(room, seq, std::move(message));
}

void LiveRelay::access_changed() { send_and_wait("a"); }

void LiveRelay::session_ended(const std::string& token_hash) { send_and_wait("s\t" + token_hash); }

// Rare (memberships, roles, profiles, sign-outs), so the request that made the change may wait the round trip:
// when it answers, the other processes' listeners have the notice, and a next request through one of them finds
// its caches forgotten (within the moment its listener takes to read it), not up to a cache's lifetime later.
void LiveRelay::send_and_wait(std::string payload) {
  std::unique_lock lock(send_mutex_);
  outbox_.push_back(std::move(payload));
  const auto ticket = ++queued_;
  send_ready_.notify_one();
  sent_ready_.wait_for(lock, std::chrono::seconds(1), [&] { return sent_ >= ticket || stopping_; });
}

// Sends what is queued, many NOTIFYs in one round trip; reconnects when the database went away.
void LiveRelay::send_loop() {
  std::unique_ptr<Connection> db;
  for (;;) {
    std::deque<std::string> batch;
    std::uint64_t batch_end = 0;  // the count of payloads queued so far, this batch's last included
    {
      std::unique_lock lock(send_mutex_);
      send_ready_.wait_for(lock, std::chrono::milliseconds(200), [&] { return stopping_ || !outbox_.empty(); });
      if (outbox_.empty()) {
        if (stopping_) return;
        continue;
      }
      batch.swap(outbox_);
      batch_end = queued_;
    }
    send_batch(db, batch);
    {
      std::lock_guard lock(send_mutex_);
      sent_ = batch_end;  // sent or given up on: whoever waits for it goes on
    }
    sent_ready_.notify_all();
  }
}

void LiveRelay::send_batch(std::unique_ptr<Connection>& db, const std::deque<std::string>& batch) {
  if (!db || !db->healthy()) {
    auto opened = Connection::open(conninfo_);
    if (!opened) {
      spdlog::warn("live relay: cannot reach PostgreSQL, {} live events not sent (screens will resync)", batch.size());
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      return;
    }
    db = std::move(*opened);
    // A NOTIFY is delivered at its transaction's commit, and pg_notify gives that transaction an id, so by
    // default every batch also waited for its commit record to reach the disk. PostgreSQL never keeps
    // notifications over a restart (the screens resync then), so nothing is gained by that wait.
    (void)db->exec("SET synchronous_commit = off");
  }
  if (auto sent = db->exec(notify_sql(db->handle(), batch)); !sent) {
    spdlog::warn("live relay: {} (screens will resync)", sent.error().message);
  }
}

void LiveRelay::listen_loop() {
  std::unique_ptr<Connection> db;
  bool lost = false;
  while (!stopping_) {
    if (!db || !db->healthy()) {
      db.reset();
      auto opened = Connection::open(conninfo_);
      if (!opened || !(*opened)->exec(std::string("LISTEN ") + kChannel)) {
        lost = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        continue;
      }
      db = std::move(*opened);
      if (lost) {
        std::lock_guard lock(order_mutex_);
        resync_all();  // what was sent while we were away is gone: screens reload
      }
      lost = false;
    }
    const int socket = PQsocket(db->handle());
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(socket, &readable);
    timeval timeout{0, 100'000};
    if (select(socket + 1, &readable, nullptr, nullptr, &timeout) > 0) {
      if (!PQconsumeInput(db->handle())) {
        spdlog::warn("live relay: lost the listening connection; reconnecting");
        lost = true;
        db.reset();
        continue;
      }
      while (PGnotify* note = PQnotifies(db->handle())) {
        received(note->extra);
        PQfreemem(note);
      }
    }
    std::lock_guard lock(order_mutex_);
    resync_overdue();
  }
}

void LiveRelay::received(const std::string& payload) {
  if (payload == "a") return local_.access_changed();
  if (payload.starts_with("s\t")) return local_.session_ended(payload.substr(2));
  const bool event = payload.starts_with("e\t");
  if (!event && !payload.starts_with("r\t")) return;
  auto parts = fields(payload.substr(2), event ? 5 : 4);
  if (parts.size() < 4) return;
  if (parts[0] == origin_) return;  // this process's own: its screens have it already
  const Room room{parts[1], std::strtoll(parts[2].c_str(), nullptr, 10)};
  const std::int64_t seq = std::strtoll(parts[3].c_str(), nullptr, 10);
  // An event too large to travel comes without its message: in its turn, the screens reload instead.
  std::lock_guard lock(order_mutex_);
  deliver_in_order(room, seq, event && parts.size() == 5 ? std::optional<std::string>(parts[4]) : std::nullopt);
}

void LiveRelay::deliver_in_order(const Room& room, std::int64_t seq, std::optional<std::string> message) {
  auto& order = rooms_[room];
  // The first event of a room this process hears of sets where it stands.
  if (order.delivered == 0 && order.waiting.empty()) order.delivered = seq - 1;
  // Each NOTIFY arrives once: an older seq is an event whose NOTIFY came after a later one of its room
  // was handed on (the first this process heard of the room, or one past a resync). Its screens reload.
  if (seq <= order.delivered) return local_.resync(room);
  if (order.waiting.empty()) order.waiting_since_ms = now_ms();
  order.waiting.emplace(seq, std::move(message));
  hand_on_in_order(room, order);
}

void LiveRelay::hand_on_in_order(const Room& room, RoomOrder& order) {
  while (!order.waiting.empty() && order.waiting.begin()->first == order.delivered + 1) {
    auto node = order.waiting.extract(order.waiting.begin());
    order.delivered = node.key();
    if (node.mapped()) {
      local_.publish(room, node.key(), [m = std::move(*node.mapped())] { return m; });
    } else {
      local_.resync(room);
    }
  }
}

// A room whose missing event has not come in time resyncs, then goes on with what it holds.
void LiveRelay::resync_overdue() {
  const auto now = now_ms();
  for (auto& [room, order] : rooms_) {
    if (order.waiting.empty() || now - order.waiting_since_ms < kGapWaitMs) continue;
    local_.resync(room);
    order.delivered = order.waiting.begin()->first - 1;
    hand_on_in_order(room, order);
    order.waiting_since_ms = now;
  }
}

void LiveRelay::resync_all() {
  // Every room this process's screens follow, also those the relay never heard of: their events may be the lost ones.
  local_.resync_all();
  rooms_.clear();  // each room starts again from the next event it hears of
}

Result<std::unique_ptr<AccessNotices>> AccessNotices::open(const std::string& conninfo) {
  SB_TRY(db, Connection::open(conninfo));
  return std::unique_ptr<AccessNotices>(new AccessNotices(std::move(db)));
}

AccessNotices::AccessNotices(std::unique_ptr<Connection> db) : db_(std::move(db)) {}
AccessNotices::~AccessNotices() = default;

void AccessNotices::access_changed() { send("a"); }

void AccessNotices::session_ended(const std::string& token_hash) { send("s\t" + token_hash); }

void AccessNotices::send(const std::string& payload) {
  std::lock_guard lock(mutex_);
  if (auto sent = db_->exec(notify_sql(db_->handle(), {payload})); !sent) {
    spdlog::warn("could not tell the running servers (their cached sessions expire within seconds): {}", sent.error().message);
  }
}

}  // namespace sb::postgres
