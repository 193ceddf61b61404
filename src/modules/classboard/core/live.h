// ClassBoardLive: how a committed change of a class board reaches its live
// room {"classboard", board_id} (kernel/ports/event_sink.h). Core knows what
// changed and the room's sequence number; the api layer, which speaks JSON,
// sets `render` once at start-up (classboard_api.cpp). The message carries the
// board as every screen may show it (no pending idea texts, no tokens), so a
// screen that receives it simply replaces what it shows.
// Thread-safety: `render` is set before serving and only read afterwards.
#pragma once

#include <functional>
#include <string>

#include "kernel/ports/event_sink.h"
#include "modules/classboard/core/model.h"

namespace sb {

inline Room class_board_room(Id board_id) { return Room{"classboard", board_id}; }

struct ClassBoardLive {
  std::function<std::string(std::int64_t seq, const ClassBoardView& view)> render;
};

}  // namespace sb
