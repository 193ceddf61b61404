// What a screen may send on the live channel (docs/API.md, "Live channel"):
// {"type":"ping"} or {"type":"resume","since":N}. Kept apart from the socket
// so that every message a client can send is read by one pure function, which
// the unit tests and the fuzz target (fuzz/live_message_fuzz.cpp) call directly.
// Thread-safety: a pure function.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sb::realtime {

struct ClientMessage {
  enum class Kind { ping, resume, refused };
  Kind kind = Kind::refused;
  std::int64_t since = 0;  // resume: the last sequence number the screen saw (>= 0)
  std::string refusal;     // refused: what the error message tells the screen
};

ClientMessage read_client_message(std::string_view text);

}  // namespace sb::realtime
