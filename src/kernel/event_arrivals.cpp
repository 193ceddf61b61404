#include "kernel/event_arrivals.h"

#include <memory>

namespace sb {

void EventArrivals::watch(std::string room_kind, Watch watch) {
  std::lock_guard lock(mutex_);
  watches_.emplace_back(std::move(room_kind), std::make_unique<Watch>(std::move(watch)));
}

// Watches are never removed, so their addresses stay valid outside the lock.
std::vector<const EventArrivals::Watch*> EventArrivals::watches_of(const std::string& kind) {
  std::vector<const Watch*> out;
  std::lock_guard lock(mutex_);
  for (const auto& [watched, watch] : watches_) {
    if (watched == kind) out.push_back(watch.get());
  }
  return out;
}

void EventArrivals::publish(const Room& room, std::int64_t seq, std::function<std::string()> render) {
  // First the caches, then the screens: a screen that hears of a change and reloads sees it.
  for (const auto* watch : watches_of(room.kind)) watch->heard(room.id, seq);
  next_.publish(room, seq, std::move(render));
}

void EventArrivals::access_changed() {
  principals_.forget_all();
  next_.access_changed();
}

void EventArrivals::resync(const Room& room) {
  for (const auto* watch : watches_of(room.kind)) watch->lost(room.id);
  next_.resync(room);
}

void EventArrivals::resync_all() {
  principals_.forget_all();
  std::vector<const Watch*> all;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [kind, watch] : watches_) all.push_back(watch.get());
  }
  for (const auto* watch : all) watch->lost(std::nullopt);
  next_.resync_all();
}

void EventArrivals::session_ended(const std::string& token_hash) {
  principals_.forget(token_hash);
  next_.session_ended(token_hash);
}

}  // namespace sb
