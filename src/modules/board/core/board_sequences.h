// BoardSequences: the last committed sequence number of each board, kept in
// memory so that reading a board (whose JSON is cached per sequence) needs no
// query at all. Advanced by change_board() in the store's after-commit hook,
// so it never runs ahead of what is durable; boards not seen since the start
// are read from the store once. With several server processes each learns the
// others' numbers from the live event that carries board id and sequence
// (kernel/event_arrivals.h), and forgets a board's number when one of its events
// was lost on the way, so that its next read asks the store. Thread-safe.
#pragma once

#include <algorithm>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "kernel/model.h"

namespace sb {

class BoardSequences {
 public:
  std::optional<std::int64_t> find(Id team_id) {
    std::lock_guard lock(mutex_);
    auto it = last_.find(team_id);
    if (it == last_.end()) return std::nullopt;
    return it->second;
  }
  // Numbers only go up: an older read never hides a newer commit.
  void advance(Id team_id, std::int64_t seq) {
    std::lock_guard lock(mutex_);
    auto& last = last_[team_id];
    last = std::max(last, seq);
  }
  void forget(Id team_id) {
    std::lock_guard lock(mutex_);
    last_.erase(team_id);
  }
  void forget_all() {
    std::lock_guard lock(mutex_);
    last_.clear();
  }

 private:
  std::mutex mutex_;
  std::unordered_map<Id, std::int64_t> last_;
};

}  // namespace sb
