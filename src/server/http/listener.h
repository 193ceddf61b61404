// HttpServer: accepts connections and speaks HTTP/1.1 with keep-alive on a
// few I/O threads (C++20 coroutines over Boost.Beast/Asio; each connection
// stays on one thread). Reads are answered on the I/O thread; writes run as
// fibers on it (http/request_fiber.h), so waiting for a commit holds no
// thread; handlers that may block a thread for long run on a worker pool.
// Live channels (WebSockets) all run on the first I/O thread, with the hub.
//
// Limits, each enforced where it applies: body 1 MiB (413; an upload's limit is
// its own, streamed to a temporary file, never whole in memory), header 16 KiB
// (431), 30 s to receive a request, 60 s idle keep-alive, at most
// max_connections open at once (further ones are closed at once).
//
// Shutdown (stop(), or SIGTERM/SIGINT when run() handles signals): stop
// accepting, let requests in flight finish and their responses go out, then
// close idle connections — nothing acknowledged is cut off.
//
// This is the only translation unit with Beast in it.
// Thread-safety: construct, then run() on one thread; stop() from any thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "server/http/http_types.h"

namespace sb::realtime {
class Hub;
}

namespace sb::http {

struct ServerLimits {
  std::size_t body_bytes = 1024 * 1024;
  // A streamed body (an uploaded file, see ServerOptions::streams_body): read in 64 KiB chunks to an
  // anonymous temporary file, at most this many bytes (413 beyond); each chunk must come within
  // request_seconds, so a slow but steady upload goes on.
  std::uint64_t streamed_body_bytes = 25 * 1024 * 1024;
  std::size_t header_bytes = 16 * 1024;
  int request_seconds = 30;
  int keep_alive_seconds = 60;
  std::size_t max_connections = 10000;
  int shutdown_grace_seconds = 30;
};

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;
  int worker_threads = 8;
  int io_threads = 1;  // threads that read and write connections and run the inline (reading) handlers
  ServerLimits limits;
  // Peers whose X-Forwarded-For names the client (a reverse proxy on this host: "127.0.0.1").
  std::vector<std::string> trusted_proxies;
  bool access_log = true;  // one info line per request; other log lines do not depend on it
  // The live channel: an upgrade request that the handler admits (status 101,
  // see kLiveRoomHeader) becomes a WebSocket subscribed to this hub.
  realtime::Hub* hub = nullptr;
  // Whether the request with this method and path streams its body (Router::streams_body), and the
  // folder where such bodies are spooled (anonymous files: nothing is left there after a crash).
  std::function<bool(const std::string& method, const std::string& path)> streams_body;
  std::string spool_dir = "/tmp";
};

using Handler = std::function<Response(Request&)>;
// Where a request's handler runs, decided per request.
enum class RunsOn {
  io_thread,  // never waits (reads; their bookkeeping writes go to the store in the background)
  fiber,      // waits only through core's Waiter, as a write waits for its commit
  worker,     // may block its thread for long (password hashing)
};
using Placement = std::function<RunsOn(const Request&)>;
// Called once the socket listens, with the actual port (useful with port 0).
using ListeningCallback = std::function<void(std::uint16_t port)>;

// Internal headers of a handler's 101 answer: which room the socket follows
// (its kind, e.g. "board", and its id), the room's stored sequence number, the
// key of the session it was opened with (so signing out closes it) and who
// opened it (so the room knows who is present), and when access ends by itself
// (UnixTime; a class board session's end), so the socket is checked and closed
// at that moment. They are read by the listener and never sent.
inline constexpr const char* kLiveRoomKindHeader = "x-samenbeter-live-room-kind";
inline constexpr const char* kLiveRoomHeader = "x-samenbeter-live-room";
inline constexpr const char* kLiveSeqHeader = "x-samenbeter-live-seq";
inline constexpr const char* kLiveSessionHeader = "x-samenbeter-live-session";
inline constexpr const char* kLiveUserHeader = "x-samenbeter-live-user";
inline constexpr const char* kLiveUntilHeader = "x-samenbeter-live-until";

class HttpServer {
 public:
  HttpServer(ServerOptions options, Handler handler, Placement placement);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  enum class Signals { handle, ignore };
  // Serves until stop() or a termination signal; returns an error text when it cannot listen.
  std::string run(Signals signals, const ListeningCallback& on_listening);
  void stop();
  // Runs `task` on the first I/O thread (the hub's and the live channels').
  void post(std::function<void()> task);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sb::http
