// The answer to a live channel's address (docs/API.md, "Live channel"): 426
// without a WebSocket upgrade; else the 101 that tells the listener to open
// the WebSocket on `room`, starting at the sequence `read_seq()` gives. A
// signed-in caller is named (present in the room) with her session (signing
// out closes the socket); a screen without an account (a class board's
// display link or session) is nobody in particular. The listener runs the
// route again before each message it sends, so access that ended closes the
// socket (see listener.h); access that ends at a known moment (`until`, UnixTime,
// 0 for none: a class board session's end) is checked again at that moment, so
// the screen closes then. The board and the class board use it.
// Thread-safety: a plain function of the request.
#pragma once

#include <cstdint>
#include <functional>

#include "kernel/ports/event_sink.h"
#include "server/api/router.h"

namespace sb::api {

Result<http::Response> live_admission(Context& c, const Room& room, const std::function<Result<std::int64_t>()>& read_seq,
                                      UnixTime until = 0);

}  // namespace sb::api
