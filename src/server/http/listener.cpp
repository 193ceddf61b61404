#include "server/http/listener.h"

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/span_body.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <chrono>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include "server/http/request_fiber.h"
#include "server/http/request_target.h"
#include "server/realtime/live_session.h"

namespace sb::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

class HttpServer::Impl {
 public:
  Impl(ServerOptions options, Handler handler, Placement placement)
      : options_(std::move(options)),
        handler_(std::move(handler)),
        placement_(std::move(placement)),
        pool_(static_cast<std::size_t>(options_.worker_threads)) {
    for (int i = 0; i < std::max(1, options_.io_threads); ++i) contexts_.push_back(std::make_unique<asio::io_context>(1));
  }

  std::string run(Signals signals, const ListeningCallback& on_listening);
  void stop() {
    asio::post(main_io(), [this] { begin_shutdown(); });
  }
  void post(std::function<void()> task) { asio::post(main_io(), std::move(task)); }

 private:
  asio::awaitable<void> accept_loop();
  asio::awaitable<void> serve(tcp::socket socket);
  asio::awaitable<void> drain_then_stop();
  void begin_shutdown();
  void go_live(beast::tcp_stream stream, bhttp::request<bhttp::string_body> upgrade_request, Request request,
               realtime::LiveOptions live);
  // The first context runs the acceptor, the signals, the hub and every live channel.
  asio::io_context& main_io() { return *contexts_.front(); }
  Request to_request(const bhttp::request_header<>& raw, const std::string& peer) const;
  // Reads a streamed body to an anonymous file; the request's body_stream, or the status of a refusal.
  asio::awaitable<int> read_streamed_body(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                          bhttp::request_parser<bhttp::empty_body>& header_parser, Request& request);
  static asio::awaitable<void> refuse(beast::tcp_stream& stream, int status, std::string body, std::size_t drain_bytes);
  static asio::awaitable<bool> write_source(beast::tcp_stream& stream, Response& response, unsigned version,
                                            bool keep_alive, bool head_only);
  static bhttp::response<bhttp::string_body> to_beast(Response& response, unsigned version, bool keep_alive);
  static asio::awaitable<bool> write(beast::tcp_stream& stream, Response& response, unsigned version, bool keep_alive,
                                     bool head_only);

  ServerOptions options_;
  Response handle(Request& request);
  asio::awaitable<Response> handle_in_fiber(Request& request);
  asio::awaitable<Response> handle_on_worker(Request& request);
  Handler handler_;
  Placement placement_;
  // One single-threaded context per I/O thread, connections spread round robin: a connection's
  // coroutine stays on its context, so nothing of one connection needs a lock.
  std::vector<std::unique_ptr<asio::io_context>> contexts_;
  std::size_t next_context_ = 0;  // the acceptor's, on the main context
  asio::thread_pool pool_;
  std::unique_ptr<tcp::acceptor> acceptor_;
  std::atomic<std::size_t> connections_{0};
  std::atomic<std::size_t> in_flight_{0};
  std::atomic<bool> shutting_down_{false};
};

Request HttpServer::Impl::to_request(const bhttp::request_header<>& raw, const std::string& peer) const {
  Request request;
  request.method = std::string(raw.method_string());
  request.target = std::string(raw.target());
  for (const auto& field : raw) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    request.headers[name] = std::string(field.value());
  }
  request.client_address = client_address(peer, request.header("x-forwarded-for"), options_.trusted_proxies);
  read_target(request);
  return request;
}

namespace {

template <class Body>
void fill_header(bhttp::response<Body>& out, Response& response, bool keep_alive) {
  out.set(bhttp::field::server, "SamenBeter");
  if (!response.content_type.empty()) out.set(bhttp::field::content_type, response.content_type);
  for (auto& [name, value] : response.headers) out.insert(name, value);
  out.keep_alive(keep_alive && !response.close_connection);
}

// Sends the message, or for HEAD only its header, which then names the length of the body it leaves out.
template <class Body>
asio::awaitable<bool> send(beast::tcp_stream& stream, bhttp::response<Body>& out, bool head_only) {
  out.prepare_payload();
  bhttp::response_serializer<Body> serializer(out);
  auto [error, written] =
      head_only ? co_await bhttp::async_write_header(stream, serializer, asio::as_tuple(asio::use_awaitable))
                : co_await bhttp::async_write(stream, serializer, asio::as_tuple(asio::use_awaitable));
  (void)written;
  co_return !error && out.keep_alive();
}

}  // namespace

bhttp::response<bhttp::string_body> HttpServer::Impl::to_beast(Response& response, unsigned version, bool keep_alive) {
  bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(response.status), version};
  fill_header(out, response, keep_alive);
  out.body() = std::move(response.body);
  out.prepare_payload();
  return out;
}

// Returns whether the connection stays open. Shared bytes go out in place, without a copy.
asio::awaitable<bool> HttpServer::Impl::write(beast::tcp_stream& stream, Response& response, unsigned version,
                                              bool keep_alive, bool head_only) {
  if (response.body_source) co_return co_await write_source(stream, response, version, keep_alive, head_only);
  if (response.shared_body.bytes.data()) {
    bhttp::response<bhttp::span_body<const char>> out{static_cast<bhttp::status>(response.status), version};
    fill_header(out, response, keep_alive);
    out.body() = {response.shared_body.bytes.data(), response.shared_body.bytes.size()};
    co_return co_await send(stream, out, head_only);
  }
  auto out = to_beast(response, version, keep_alive);
  co_return co_await send(stream, out, head_only);
}

namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;

// A streamed request body, spooled to an anonymous file (O_TMPFILE: it has no name, so it
// vanishes with its descriptor, also when the process dies).
class SpoolSource final : public ByteSource {
 public:
  explicit SpoolSource(int fd) : fd_(fd) {}
  ~SpoolSource() override { ::close(fd_); }
  Result<std::size_t> read(char* into, std::size_t max) override {
    for (;;) {
      const auto n = ::read(fd_, into, max);
      if (n >= 0) return static_cast<std::size_t>(n);
      if (errno != EINTR) return std::unexpected(Error::internal("Cannot read the spooled body."));
    }
  }

 private:
  int fd_;
};

bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const auto n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

std::string too_large_body(std::uint64_t limit) {
  return R"({"error":{"code":"resource_exhausted","message":"The file is larger than the limit.","field":"file","reason":"too_large","max":)" +
         std::to_string(limit) + "}}";
}

}  // namespace

// Answers with `status` and closes. Lingering close: the client may still be sending the body we refused;
// reading it away for a moment lets the client read our answer instead of a connection reset.
asio::awaitable<void> HttpServer::Impl::refuse(beast::tcp_stream& stream, int status, std::string body,
                                               std::size_t drain_bytes) {
  Response refusal;
  refusal.status = status;
  refusal.body = std::move(body);
  auto out = to_beast(refusal, 11, false);
  stream.expires_after(5s);
  co_await bhttp::async_write(stream, out, asio::as_tuple(asio::use_awaitable));
  boost::system::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  stream.expires_after(2s);
  std::vector<char> sink(kChunkBytes);
  for (std::size_t drained = 0; drained < drain_bytes;) {
    auto [drain_error, n] = co_await stream.async_read_some(asio::buffer(sink), asio::as_tuple(asio::use_awaitable));
    if (drain_error) break;
    drained += n;
  }
}

asio::awaitable<int> HttpServer::Impl::read_streamed_body(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                                          bhttp::request_parser<bhttp::empty_body>& header_parser,
                                                          Request& request) {
  const auto limit = options_.limits.streamed_body_bytes;
  if (auto length = header_parser.content_length(); length && *length > limit) co_return 413;
  if (beast::iequals(header_parser.get()[bhttp::field::expect], "100-continue")) {
    bhttp::response<bhttp::empty_body> go_on{bhttp::status::continue_, header_parser.get().version()};
    co_await bhttp::async_write(stream, go_on, asio::as_tuple(asio::use_awaitable));
  }
  const int fd = ::open(options_.spool_dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0) {
    spdlog::error("cannot spool an upload in {}: {}", options_.spool_dir, std::strerror(errno));
    co_return 503;
  }
  auto source = std::make_shared<SpoolSource>(fd);  // owns fd from here
  bhttp::request_parser<bhttp::buffer_body> parser(std::move(header_parser));
  parser.body_limit(limit);
  std::vector<char> chunk(kChunkBytes);
  std::uint64_t total = 0;
  while (!parser.is_done()) {
    parser.get().body().data = chunk.data();
    parser.get().body().size = chunk.size();
    stream.expires_after(std::chrono::seconds(options_.limits.request_seconds));
    auto [error, n] = co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
    (void)n;
    if (error == bhttp::error::need_buffer) error = {};
    if (error == bhttp::error::body_limit) co_return 413;
    if (error) co_return -1;
    const auto got = chunk.size() - parser.get().body().size;
    if (!write_all(fd, chunk.data(), got)) co_return 503;
    total += got;
  }
  if (::lseek(fd, 0, SEEK_SET) != 0) co_return 503;
  request.body_stream = std::move(source);
  request.body_stream_bytes = total;
  co_return 0;
}

// A body read from its source a chunk at a time (a stored file), so a download is never whole in memory.
asio::awaitable<bool> HttpServer::Impl::write_source(beast::tcp_stream& stream, Response& response, unsigned version,
                                                     bool keep_alive, bool head_only) {
  bhttp::response<bhttp::buffer_body> out{static_cast<bhttp::status>(response.status), version};
  fill_header(out, response, keep_alive);
  out.content_length(response.source_bytes);
  out.body().data = nullptr;
  out.body().more = true;
  bhttp::response_serializer<bhttp::buffer_body> serializer(out);
  auto [header_error, header_written] = co_await bhttp::async_write_header(stream, serializer, asio::as_tuple(asio::use_awaitable));
  (void)header_written;
  if (header_error) co_return false;
  if (head_only) co_return out.keep_alive();
  std::vector<char> chunk(kChunkBytes);
  std::uint64_t sent = 0;
  for (;;) {
    auto n = response.body_source->read(chunk.data(), chunk.size());
    if (!n) co_return false;  // the header is out: all we can do is close
    sent += *n;
    if (sent > response.source_bytes) co_return false;
    out.body().data = *n ? chunk.data() : nullptr;
    out.body().size = *n;
    out.body().more = *n > 0;
    auto [error, written] = co_await bhttp::async_write(stream, serializer, asio::as_tuple(asio::use_awaitable));
    (void)written;
    if (error == bhttp::error::need_buffer) error = {};
    if (error) co_return false;
    if (*n == 0) break;
  }
  co_return sent == response.source_bytes && out.keep_alive();
}

Response HttpServer::Impl::handle(Request& request) {
  try {
    return handler_(request);
  } catch (const std::exception& e) {
    spdlog::error("handler failed on {} {}: {}", request.method, redacted_path(request.path), e.what());
    Response failure;
    failure.status = 500;
    failure.body = R"({"error":{"code":"internal","message":"Something went wrong on our side.","field":""}})";
    return failure;
  }
}

// The fiber runs on this connection's thread; the coroutine sleeps on a timer that the fiber's end cancels.
asio::awaitable<Response> HttpServer::Impl::handle_in_fiber(Request& request) {
  auto executor = co_await asio::this_coro::executor;
  Response response;
  bool finished = false;
  asio::steady_timer finished_signal(executor, asio::steady_timer::time_point::max());
  start_request_fiber([&] { response = handle(request); },
                      [executor](std::function<void()> task) { asio::post(executor, std::move(task)); },
                      [&] {
                        finished = true;
                        finished_signal.cancel();
                      });
  if (!finished) co_await finished_signal.async_wait(asio::as_tuple(asio::use_awaitable));
  co_return response;
}

asio::awaitable<Response> HttpServer::Impl::handle_on_worker(Request& request) {
  co_return co_await asio::co_spawn(
      pool_, [&]() -> asio::awaitable<Response> { co_return handle(request); }, asio::use_awaitable);
}

asio::awaitable<void> HttpServer::Impl::serve(tcp::socket socket) {
  beast::tcp_stream stream(std::move(socket));
  std::string peer;
  {
    boost::system::error_code ec;
    auto endpoint = stream.socket().remote_endpoint(ec);
    if (!ec) peer = endpoint.address().to_string();
  }
  beast::flat_buffer buffer;
  bool first = true;
  while (!shutting_down_) {
    // The header first: it tells whether the body is read whole (JSON, at most body_bytes) or streamed.
    bhttp::request_parser<bhttp::empty_body> header_parser;
    header_parser.header_limit(static_cast<std::uint32_t>(options_.limits.header_bytes));
    // The body's limit depends on the route: it is checked below, once the header tells which (Beast would
    // otherwise refuse a Content-Length over its default while reading the header).
    header_parser.body_limit(boost::none);
    stream.expires_after(first ? std::chrono::seconds(options_.limits.request_seconds)
                               : std::chrono::seconds(options_.limits.keep_alive_seconds));
    first = false;
    auto [header_error, header_bytes] =
        co_await bhttp::async_read_header(stream, buffer, header_parser, asio::as_tuple(asio::use_awaitable));
    (void)header_bytes;
    const bool quiet_close = header_error == bhttp::error::end_of_stream || header_error == beast::error::timeout ||
                             header_error == asio::error::operation_aborted ||
                             header_error == asio::error::connection_reset || header_error == asio::error::eof;
    if (header_error) {
      if (header_error == bhttp::error::header_limit) {
        co_await refuse(stream, 431, R"({"error":{"code":"headers_too_large","message":"The request could not be read.","field":""}})", 16 * 1024 * 1024);
      } else if (!quiet_close) {
        co_await refuse(stream, 400, R"({"error":{"code":"invalid_argument","message":"The request could not be read.","field":""}})", 16 * 1024 * 1024);
      }
      break;
    }
    stream.expires_after(std::chrono::seconds(options_.limits.request_seconds));
    Request request = to_request(header_parser.get(), peer);
    const bool keep_alive = header_parser.get().keep_alive();
    const unsigned version = header_parser.get().version();
    bhttp::request<bhttp::string_body> upgrade_request;
    bool upgrade = false;
    if (options_.streams_body && options_.streams_body(request.method, request.path)) {
      const int refused = co_await read_streamed_body(stream, buffer, header_parser, request);
      if (refused == 413) {
        const auto limit = options_.limits.streamed_body_bytes;
        co_await refuse(stream, 413, too_large_body(limit), std::max<std::size_t>(16 * 1024 * 1024, 2 * limit));
      } else if (refused > 0) {
        co_await refuse(stream, refused, R"({"error":{"code":"unavailable","message":"The upload could not be stored now; try again later.","field":""}})", 0);
      }
      if (refused != 0) break;
    } else {
      // Beast checks a Content-Length against the limit only while reading the header, so here by hand;
      // the parser's own limit covers chunked bodies.
      if (auto length = header_parser.content_length(); length && *length > options_.limits.body_bytes) {
        co_await refuse(stream, 413, R"({"error":{"code":"payload_too_large","message":"The request could not be read.","field":""}})", 16 * 1024 * 1024);
        break;
      }
      bhttp::request_parser<bhttp::string_body> parser(std::move(header_parser));
      parser.body_limit(options_.limits.body_bytes);
      auto [read_error, read_bytes] = co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
      (void)read_bytes;
      if (read_error) {
        // Oversized requests get an answer; broken or idle connections just close.
        if (read_error == bhttp::error::body_limit) {
          co_await refuse(stream, 413, R"({"error":{"code":"payload_too_large","message":"The request could not be read.","field":""}})", 16 * 1024 * 1024);
        } else if (read_error != beast::error::timeout && read_error != asio::error::operation_aborted &&
                   read_error != asio::error::connection_reset && read_error != asio::error::eof &&
                   read_error != bhttp::error::end_of_stream) {
          co_await refuse(stream, 400, R"({"error":{"code":"invalid_argument","message":"The request could not be read.","field":""}})", 16 * 1024 * 1024);
        }
        break;
      }
      auto& raw = parser.get();
      upgrade = beast::websocket::is_upgrade(raw);
      if (upgrade) upgrade_request = raw;
      request.body = std::move(raw.body());
    }

    in_flight_ += 1;
    stream.expires_never();
    const auto started = std::chrono::steady_clock::now();
    Response response;
    switch (placement_(request)) {
      case RunsOn::io_thread: response = handle(request); break;
      case RunsOn::fiber: response = co_await handle_in_fiber(request); break;
      case RunsOn::worker: response = co_await handle_on_worker(request); break;
    }
    const auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
    if (options_.access_log) {
      spdlog::info("{} {} {} {} {:.2f}ms", request.client_address, request.method, redacted_path(request.path),
                   response.status, micros / 1000.0);
    }

    if (upgrade && response.status == 101 && options_.hub) {
      // Admitted by the gate: the connection becomes a live channel and leaves this loop.
      in_flight_ -= 1;
      realtime::LiveOptions live;
      for (const auto& [name, value] : response.headers) {
        if (name == kLiveRoomKindHeader) live.room.kind = value;
        if (name == kLiveRoomHeader) std::from_chars(value.data(), value.data() + value.size(), live.room.id);
        if (name == kLiveUserHeader) std::from_chars(value.data(), value.data() + value.size(), live.user_id);
        if (name == kLiveSeqHeader) std::from_chars(value.data(), value.data() + value.size(), live.known_seq);
        if (name == kLiveSessionHeader) live.session_key = value;
        if (name == kLiveUntilHeader) std::from_chars(value.data(), value.data() + value.size(), live.until);
      }
      go_live(std::move(stream), std::move(upgrade_request), std::move(request), std::move(live));
      co_return;
    }

    stream.expires_after(std::chrono::seconds(options_.limits.request_seconds));
    const bool stays_open =
        co_await write(stream, response, version, keep_alive && !shutting_down_, request.method == "HEAD");
    in_flight_ -= 1;
    if (!stays_open) break;
  }
  boost::system::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  connections_ -= 1;
}

// Live channels all run on the main context with the hub (see realtime/hub.h), so a connection
// accepted on another context moves there: its descriptor changes context, nothing is in flight.
void HttpServer::Impl::go_live(beast::tcp_stream stream, bhttp::request<bhttp::string_body> upgrade_request,
                               Request request, realtime::LiveOptions live) {
  live.hub = options_.hub;
  live.still_allowed = [this, saved = std::move(request)]() {
    Request again = saved;
    return handle(again).status == 101;
  };
  live.on_closed = [this] { connections_ -= 1; };
  tcp::socket socket = stream.release_socket();
  boost::system::error_code error;
  const auto protocol = socket.local_endpoint(error).protocol();
  const auto descriptor = socket.release(error);
  if (error) {
    connections_ -= 1;
    return;
  }
  asio::post(main_io(), [this, protocol, descriptor, upgrade_request = std::move(upgrade_request), live = std::move(live)]() mutable {
    beast::tcp_stream moved(tcp::socket(main_io(), protocol, descriptor));
    realtime::start_live_session(std::move(moved), std::move(upgrade_request), std::move(live));
  });
}

asio::awaitable<void> HttpServer::Impl::accept_loop() {
  while (acceptor_ && acceptor_->is_open()) {
    auto& context = *contexts_[next_context_];
    next_context_ = (next_context_ + 1) % contexts_.size();
    auto [error, socket] = co_await acceptor_->async_accept(context, asio::as_tuple(asio::use_awaitable));
    if (error) {
      if (error == asio::error::operation_aborted) co_return;
      spdlog::warn("accept failed: {}", error.message());
      continue;
    }
    if (connections_.load() >= options_.limits.max_connections) {
      boost::system::error_code ignored;
      socket.close(ignored);
      continue;
    }
    connections_ += 1;
    socket.set_option(tcp::no_delay(true));
    asio::co_spawn(context, serve(std::move(socket)), asio::detached);
  }
}

void HttpServer::Impl::begin_shutdown() {
  if (shutting_down_) return;
  shutting_down_ = true;
  spdlog::info("shutting down: no new connections, finishing {} request(s) in flight", in_flight_.load());
  boost::system::error_code ignored;
  if (acceptor_) acceptor_->close(ignored);
  asio::co_spawn(main_io(), drain_then_stop(), asio::detached);
}

asio::awaitable<void> HttpServer::Impl::drain_then_stop() {
  asio::steady_timer timer(main_io());
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options_.limits.shutdown_grace_seconds);
  while (in_flight_ > 0 && std::chrono::steady_clock::now() < deadline) {
    timer.expires_after(20ms);
    co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
  }
  for (auto& context : contexts_) context->stop();
}

std::string HttpServer::Impl::run(Signals signals, const ListeningCallback& on_listening) {
  boost::system::error_code ec;
  auto address = asio::ip::make_address(options_.address, ec);
  if (ec) return "invalid address " + options_.address;
  tcp::endpoint endpoint(address, options_.port);
  acceptor_ = std::make_unique<tcp::acceptor>(main_io());
  acceptor_->open(endpoint.protocol(), ec);
  if (!ec) acceptor_->set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor_->bind(endpoint, ec);
  if (!ec) acceptor_->listen(asio::socket_base::max_listen_connections, ec);
  if (ec) return "cannot listen on " + options_.address + ":" + std::to_string(options_.port) + ": " + ec.message();

  asio::signal_set signal_set(main_io());
  if (signals == Signals::handle) {
    signal_set.add(SIGINT);
    signal_set.add(SIGTERM);
    signal_set.async_wait([this](const boost::system::error_code& error, int) {
      if (!error) begin_shutdown();
    });
  }
  on_listening(acceptor_->local_endpoint().port());
  asio::co_spawn(main_io(), accept_loop(), asio::detached);
  std::vector<std::thread> io_threads;
  for (std::size_t i = 1; i < contexts_.size(); ++i) {
    io_threads.emplace_back([context = contexts_[i].get()] {
      auto busy = asio::make_work_guard(*context);  // idle between connections until stopped
      context->run();
    });
  }
  main_io().run();
  for (auto& thread : io_threads) thread.join();
  pool_.join();
  return {};
}

HttpServer::HttpServer(ServerOptions options, Handler handler, Placement placement)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), std::move(placement))) {}
HttpServer::~HttpServer() = default;
std::string HttpServer::run(Signals signals, const ListeningCallback& on_listening) {
  return impl_->run(signals, on_listening);
}
void HttpServer::stop() { impl_->stop(); }
void HttpServer::post(std::function<void()> task) { impl_->post(std::move(task)); }

}  // namespace sb::http
