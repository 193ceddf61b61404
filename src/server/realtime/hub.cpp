#include "server/realtime/hub.h"

#include <algorithm>

namespace sb::realtime {

void Hub::publish(Id room, std::int64_t seq, std::function<std::string()> render) {
  if (!post_) return;
  // Rendered once, on the I/O thread rather than the store's writer (which every write waits for);
  // every subscriber gets the same bytes.
  post_([this, room, seq, render = std::move(render)] {
    deliver(room, seq, std::make_shared<const std::string>(render()));
  });
}

void Hub::deliver(Id team_id, std::int64_t seq, Message message) {
  auto& room = rooms_[team_id];
  if (seq <= room.last_seq) return;  // already known to this room
  room.last_seq = seq;
  room.history.emplace_back(seq, message);
  while (room.history.size() > history_) room.history.pop_front();
  // A copy: a subscriber may leave while we deliver.
  const auto subscribers = room.subscribers;
  for (auto* subscriber : subscribers) subscriber->send(message);
}

std::vector<Subscriber*> Hub::everyone() const {
  std::vector<Subscriber*> out;
  for (const auto& [team_id, room] : rooms_) out.insert(out.end(), room.subscribers.begin(), room.subscribers.end());
  return out;
}

void Hub::access_changed() {
  if (!post_) return;
  post_([this] {
    for (auto* subscriber : everyone()) subscriber->recheck_access();
  });
}

void Hub::session_ended(const std::string& token_hash) {
  if (!post_) return;
  post_([this, token_hash] {
    for (auto* subscriber : everyone()) subscriber->session_ended(token_hash);
  });
}

void Hub::subscribe(Id team_id, Subscriber* subscriber, std::int64_t known_seq) {
  auto& room = rooms_[team_id];
  // A room that starts after a restart knows no history; it starts at the board's stored sequence.
  if (room.history.empty() && known_seq > room.last_seq) room.last_seq = known_seq;
  room.subscribers.push_back(subscriber);
}

void Hub::unsubscribe(Id team_id, Subscriber* subscriber) {
  auto it = rooms_.find(team_id);
  if (it == rooms_.end()) return;
  std::erase(it->second.subscribers, subscriber);
  if (it->second.subscribers.empty() && it->second.history.empty()) rooms_.erase(it);
}

std::int64_t Hub::last_seq(Id team_id) const {
  auto it = rooms_.find(team_id);
  return it == rooms_.end() ? 0 : it->second.last_seq;
}

std::optional<std::vector<Message>> Hub::since(Id team_id, std::int64_t seq) const {
  auto it = rooms_.find(team_id);
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
  for (const auto& [team_id, room] : rooms_) count += room.subscribers.size();
  return count;
}

}  // namespace sb::realtime
