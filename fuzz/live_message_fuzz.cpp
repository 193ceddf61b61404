// Live-channel messages, as a screen sends them over its WebSocket (at most
// 4 KiB): any bytes are read as a client message, and a resume is answered
// from a room's history as the live session does. A message is either ping,
// a resume from a sequence number >= 0, or refused with a reason; a resume
// gets exactly the events after its number, or a resync when they are gone.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "check.h"
#include "server/realtime/client_message.h"
#include "server/realtime/hub.h"

namespace {

using sb::realtime::ClientMessage;

constexpr std::int64_t kFirstKept = 91;  // events 1..100 were published; the hub keeps the last 10
constexpr std::int64_t kLast = 100;

sb::realtime::Hub& hub_with_history() {
  static sb::realtime::Hub* hub = [] {
    auto* made = new sb::realtime::Hub(kLast - kFirstKept + 1);
    made->set_post([](std::function<void()> task) { task(); });
    for (std::int64_t seq = 1; seq <= kLast; ++seq) {
      made->publish({"board", 1}, seq, [seq] { return std::to_string(seq); });
    }
    return made;
  }();
  return *hub;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const ClientMessage message = sb::realtime::read_client_message(text);
  switch (message.kind) {
    case ClientMessage::Kind::ping:
      FUZZ_CHECK(message.refusal.empty());
      break;
    case ClientMessage::Kind::refused:
      FUZZ_CHECK(!message.refusal.empty());
      break;
    case ClientMessage::Kind::resume: {
      FUZZ_CHECK(message.since >= 0 && message.refusal.empty());
      const auto missed = hub_with_history().since({"board", 1}, message.since);
      if (message.since < kFirstKept - 1) {
        FUZZ_CHECK(!missed.has_value());
        break;
      }
      FUZZ_CHECK(missed.has_value());
      const std::int64_t expected = message.since >= kLast ? 0 : kLast - message.since;
      FUZZ_CHECK(static_cast<std::int64_t>(missed->size()) == expected);
      if (!missed->empty()) FUZZ_CHECK(*missed->front() == std::to_string(message.since + 1));
      break;
    }
  }
  return 0;
}
