#include "server/realtime/hub.h"

#include <algorithm>

namespace sb::realtime {

void Hub::publish(const Room& room, std::int64_t seq, std::function<std::string()> render) {
  if (!post_) return;
  // Rendered once, on the I/O thread rather than the store's writer (which every write waits for);
  // every subscriber gets the same bytes.
  post_([this, room, seq, render = std::move(render)] {
    deliver(room, seq, std::make_shared<const std::string>(render()));
  });
}

void Hub::deliver(const Room& room_key, std::int64_t seq, Message message) {
  auto& room = rooms_[room_key];
  if (seq <= room.last_seq) return;  // already known to this room
  room.last_seq = seq;
  room.last_event = Clock::now();
  room.history.emplace_back(seq, message);
  while (room.history.size() > history_) room.history.pop_front();
  if (++deliveries_ % 1024 == 0) forget_idle_rooms(room.last_event);
  // A copy: a subscriber may leave while we deliver.
  const auto subscribers = room.subscribers;
  for (auto [subscriber, user] : subscribers) subscriber->send(message);
}

void Hub::forget_idle_rooms(Clock::time_point now) {
  std::erase_if(rooms_, [&](const auto& entry) {
    const auto& room = entry.second;
    return room.subscribers.empty() && now - room.last_event > idle_history_;
  });
}

std::vector<Subscriber*> Hub::everyone() const {
  std::vector<Subscriber*> out;
  for (const auto& [key, room] : rooms_) {
    for (auto [subscriber, user] : room.subscribers) out.push_back(subscriber);
  }
  return out;
}

void Hub::access_changed() {
  if (!post_) return;
  post_([this] {
    for (auto* subscriber : everyone()) subscriber->recheck_access();
  });
}

void Hub::resync(const Room& room_key) {
  if (!post_) return;
  post_([this, room_key] {
    auto it = rooms_.find(room_key);
    if (it == rooms_.end()) return;
    it->second.history.clear();  // a screen resuming from before this reloads too
    static const Message reload = std::make_shared<const std::string>(R"({"type":"resync"})");
    const auto subscribers = it->second.subscribers;
    for (auto [subscriber, user] : subscribers) subscriber->send(reload);
  });
}

void Hub::session_ended(const std::string& token_hash) {
  if (!post_) return;
  post_([this, token_hash] {
    for (auto* subscriber : everyone()) subscriber->session_ended(token_hash);
  });
}

std::vector<Id> Hub::present(const Room& room) const {
  std::lock_guard lock(presence_mutex_);
  auto it = presence_.find(room);
  return it == presence_.end() ? std::vector<Id>{} : it->second;
}

void Hub::note_presence(const Room& room, const RoomState* state) {
  std::vector<Id> users;
  if (state) {
    for (auto [subscriber, user] : state->subscribers) {
      if (user != 0) users.push_back(user);
    }
  }
  std::sort(users.begin(), users.end());
  users.erase(std::unique(users.begin(), users.end()), users.end());
  std::lock_guard lock(presence_mutex_);
  if (users.empty())
    presence_.erase(room);
  else
    presence_[room] = std::move(users);
}

void Hub::subscribe(const Room& room_key, Subscriber* subscriber, std::int64_t known_seq, Id user_id) {
  auto& room = rooms_[room_key];
  // A room that starts after a restart knows no history; it starts at the board's stored sequence.
  if (room.history.empty() && known_seq > room.last_seq) room.last_seq = known_seq;
  room.subscribers.emplace_back(subscriber, user_id);
  note_presence(room_key, &room);
}

void Hub::unsubscribe(const Room& room_key, Subscriber* subscriber) {
  auto it = rooms_.find(room_key);
  if (it == rooms_.end()) return;
  std::erase_if(it->second.subscribers, [&](const auto& entry) { return entry.first == subscriber; });
  note_presence(room_key, &it->second);
  if (it->second.subscribers.empty() && it->second.history.empty()) rooms_.erase(it);
}

std::int64_t Hub::last_seq(const Room& room_key) const {
  auto it = rooms_.find(room_key);
  return it == rooms_.end() ? 0 : it->second.last_seq;
}

std::optional<std::vector<Message>> Hub::since(const Room& room_key, std::int64_t seq) const {
  auto it = rooms_.find(room_key);
  if (it == rooms_.end()) return std::nullopt;
  const auto& room = it->second;
  if (seq >= room.last_seq) return std::vector<Message>{};
  if (room.history.empty() || room.history.front().first > seq + 1) return std::nullopt;
  std::vector<Message> out;
  for (const auto& [event_seq, message] : room.history) {
    if (event_seq > seq) out.push_back(message);
  }
  return out;
}

std::size_t Hub::subscriber_count() const {
  std::size_t count = 0;
  for (const auto& [key, room] : rooms_) count += room.subscribers.size();
  return count;
}

}  // namespace sb::realtime
