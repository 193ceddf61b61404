#include "server/http/listener.h"

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/http/span_body.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <boost/url/parse.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <chrono>
#include <thread>
#include <vector>

#include "server/http/request_fiber.h"
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
  Request to_request(bhttp::request<bhttp::string_body>& raw, const std::string& peer) const;
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

Request HttpServer::Impl::to_request(bhttp::request<bhttp::string_body>& raw, const std::string& peer) const {
  Request request;
  request.method = std::string(raw.method_string());
  request.target = std::string(raw.target());
  for (const auto& field : raw) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    request.headers[name] = std::string(field.value());
  }
  request.client_address = client_address(peer, request.header("x-forwarded-for"), options_.trusted_proxies);
  request.body = std::move(raw.body());
  auto url = boost::urls::parse_origin_form(request.target);
  if (url) {
    request.path = url->path();
    for (auto param : url->params()) {
      if (!request.query.emplace(param.key, param.value).second && request.repeated_query.empty()) {
        request.repeated_query = param.key;
      }
    }
  } else {
    request.path = "\x01invalid";  // matches no route and no asset: a clean 404
  }
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
  if (response.shared_body.bytes.data()) {
    bhttp::response<bhttp::span_body<const char>> out{static_cast<bhttp::status>(response.status), version};
    fill_header(out, response, keep_alive);
    out.body() = {response.shared_body.bytes.data(), response.shared_body.bytes.size()};
    co_return co_await send(stream, out, head_only);
  }
  auto out = to_beast(response, version, keep_alive);
  co_return co_await send(stream, out, head_only);
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
    bhttp::request_parser<bhttp::string_body> parser;
    parser.body_limit(options_.limits.body_bytes);
    parser.header_limit(static_cast<std::uint32_t>(options_.limits.header_bytes));
    stream.expires_after(first ? std::chrono::seconds(options_.limits.request_seconds)
                               : std::chrono::seconds(options_.limits.keep_alive_seconds));
    first = false;
    auto [read_error, read_bytes] = co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
    (void)read_bytes;
    if (read_error) {
      // Oversized requests get an answer; broken or idle connections just close.
      int status = 0;
      if (read_error == bhttp::error::body_limit) status = 413;
      else if (read_error == bhttp::error::header_limit) status = 431;
      else if (read_error != bhttp::error::end_of_stream && read_error != beast::error::timeout &&
               read_error != asio::error::operation_aborted && read_error != asio::error::connection_reset &&
               read_error != asio::error::eof) status = 400;
      if (status) {
        Response refusal;
        refusal.status = status;
        const char* code = status == 413 ? "payload_too_large" : status == 431 ? "headers_too_large" : "invalid_argument";
        refusal.body = std::string("{\"error\":{\"code\":\"") + code + "\",\"message\":\"The request could not be read.\",\"field\":\"\"}}";
        auto out = to_beast(refusal, 11, false);
        stream.expires_after(5s);
        co_await bhttp::async_write(stream, out, asio::as_tuple(asio::use_awaitable));
        // Lingering close: the client may still be sending the body we refused. Reading it away for a
        // moment lets the client read our answer instead of a connection reset.
        boost::system::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream.expires_after(2s);
        std::array<char, 16384> sink;
        for (std::size_t drained = 0; drained < 16 * 1024 * 1024;) {
          auto [drain_error, n] = co_await stream.async_read_some(asio::buffer(sink), asio::as_tuple(asio::use_awaitable));
          if (drain_error) break;
          drained += n;
        }
      }
      break;
    }
    auto& raw = parser.get();
    const bool keep_alive = raw.keep_alive();
    const unsigned version = raw.version();
    const bool upgrade = beast::websocket::is_upgrade(raw);
    auto upgrade_request = upgrade ? raw : bhttp::request<bhttp::string_body>{};
    Request request = to_request(raw, peer);

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
