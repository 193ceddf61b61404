// The board module's state for the life of the process: each board's last
// committed sequence number (see BoardSequences), where committed board
// events go (the live channel, wired by the board's API; none on the command
// line, where no screen listens), and who hears of assigned actions and
// answered obstacles (board_notices.h; the notifications module).
// Thread-safety: `events` and `notices` are set before serving and only read afterwards.
#pragma once

#include <memory>

#include "kernel/services.h"
#include "modules/board/core/board_notices.h"
#include "modules/board/core/board_sequences.h"
#include "modules/board/core/model.h"

namespace sb {

// Receives each committed board event, in commit order, on the store's writer: must be quick.
class BoardEventSink {
 public:
  virtual ~BoardEventSink() = default;
  virtual void publish(const BoardEvent& event) = 0;
  // A change to a school's obstacles list, for the screens of its leadership.
  virtual void publish(const LeadershipEvent& /*event*/) {}
};

struct BoardState {
  BoardSequences sequences;
  std::shared_ptr<BoardEventSink> events;
  std::shared_ptr<BoardNotices> notices;
};

inline BoardState& board_state(Services& services) { return services.modules.get<BoardState>(); }

}  // namespace sb
