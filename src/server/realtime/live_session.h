// A live-channel WebSocket of one screen that follows a room (a board, a school's obstacles) (protocol in docs/API.md,
// "Live channel"). Started by the listener once the access gate has admitted
// the upgrade request; from then on every client message is checked against
// the gate again, and so is every subscriber when memberships change.
//
// Limits: messages from the client at most 4 KiB; at most 1024 messages
// queued for a slow client, past which it is closed (code 4408) and reloads
// the board when it reconnects; one write in flight. Beast's suggested server
// timeouts (handshake 30 s, idle 300 s with keep-alive pings).
//
// Heavy header (Beast): include from listener.cpp only.
// Thread-safety: everything runs on the I/O thread.
#pragma once

#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <functional>
#include <string>

#include "server/realtime/hub.h"

namespace sb::realtime {

struct LiveOptions {
  Hub* hub = nullptr;
  Room room;  // what the socket follows, e.g. {"board", team_id}
  Id user_id = 0;  // who opened it: present in the room while it is open
  std::int64_t known_seq = 0;
  // The store's key of the session the socket was opened with: signing it out closes the socket.
  std::string session_key;
  // When access ends by itself (UnixTime; 0: not by time), e.g. a class board session's end: the gate is run
  // again at that moment, so the screen closes then rather than at its next message.
  std::int64_t until = 0;
  // Runs the access gate again for this connection's request: true while still allowed.
  std::function<bool()> still_allowed;
  // Called once when the connection is gone.
  std::function<void()> on_closed;
};

void start_live_session(boost::beast::tcp_stream stream,
                        boost::beast::http::request<boost::beast::http::string_body> request, LiveOptions options);

}  // namespace sb::realtime
