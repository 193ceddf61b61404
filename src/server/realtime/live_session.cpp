#include "server/realtime/live_session.h"

#include <boost/asio.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <deque>
#include <optional>

#include "server/realtime/client_message.h"

namespace sb::realtime {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = boost::beast::websocket;
namespace json = boost::json;

constexpr std::size_t kMaxQueue = 1024;
constexpr std::size_t kMaxClientMessage = 4096;
constexpr std::uint16_t kSignedOut = 4401;
constexpr std::uint16_t kAccessRevoked = 4403;
constexpr std::uint16_t kTooSlow = 4408;

Message text(const json::object& object) { return std::make_shared<const std::string>(json::serialize(object)); }

Message error_message(std::string_view message) {
  return text({{"type", "error"},
               {"error", json::object{{"code", "invalid_argument"}, {"message", message}, {"field", ""}}}});
}

class LiveSession final : public Subscriber, public std::enable_shared_from_this<LiveSession> {
 public:
  LiveSession(beast::tcp_stream stream, LiveOptions options) : ws_(std::move(stream)), options_(std::move(options)) {}

  asio::awaitable<void> run(beast::http::request<beast::http::string_body> request) {
    ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
    ws_.read_message_max(kMaxClientMessage);
    beast::get_lowest_layer(ws_).expires_never();
    auto [accept_error] = co_await ws_.async_accept(request, asio::as_tuple(asio::use_awaitable));
    if (accept_error) {
      finish();
      co_return;
    }
    options_.hub->subscribe(options_.room, this, options_.known_seq, options_.user_id);
    subscribed_ = true;
    send(text({{"type", "hello"}, {"seq", options_.hub->last_seq(options_.room)}}));
    if (options_.until > 0) asio::co_spawn(ws_.get_executor(), watch_expiry(shared_from_this()), asio::detached);
    beast::flat_buffer buffer;
    while (!closing_) {
      auto [read_error, bytes] = co_await ws_.async_read(buffer, asio::as_tuple(asio::use_awaitable));
      (void)bytes;
      if (read_error) break;
      const std::string message = beast::buffers_to_string(buffer.data());
      buffer.consume(buffer.size());
      handle(message);
    }
    finish();
  }

  void send(Message message) override {
    if (closing_) return;
    if (queue_.size() >= kMaxQueue) {
      // Better to let a slow screen reload than to hold memory for it without end.
      close(kTooSlow, "too slow: reload the board");
      return;
    }
    queue_.push_back(std::move(message));
    if (!writing_) {
      writing_ = true;
      asio::co_spawn(ws_.get_executor(), write_loop(shared_from_this()), asio::detached);
    }
  }

  void recheck_access() override {
    if (!closing_ && !options_.still_allowed()) close(kAccessRevoked, "access revoked");
  }

  void session_ended(const std::string& session_key) override {
    if (!options_.session_key.empty() && session_key == options_.session_key) close(kSignedOut, "signed out");
  }

 private:
  void handle(const std::string& message) {
    // Every message is checked against the gate again: access may have ended since the last one.
    if (!options_.still_allowed()) {
      close(kAccessRevoked, "access revoked");
      return;
    }
    const auto request = read_client_message(message);
    switch (request.kind) {
      case ClientMessage::Kind::ping:
        send(text({{"type", "pong"}}));
        break;
      case ClientMessage::Kind::resume: {
        auto missed = options_.hub->since(options_.room, request.since);
        if (!missed) {
          send(text({{"type", "resync"}}));
          break;
        }
        for (auto& m : *missed) send(std::move(m));
        break;
      }
      case ClientMessage::Kind::refused:
        send(error_message(request.refusal));
        break;
    }
  }

  // Runs the gate again when access ends by itself (options_.until), so the screen closes at that moment and not
  // at its next message. A little after the second turns, as the gate counts whole seconds; again a second later
  // should the gate's clock lag. Closing cancels the timer, which lets go of the session.
  static asio::awaitable<void> watch_expiry(std::shared_ptr<LiveSession> self) {
    self->expiry_.emplace(self->ws_.get_executor());
    auto at = std::chrono::system_clock::time_point(std::chrono::seconds(self->options_.until)) +
              std::chrono::milliseconds(50);
    for (int attempt = 0; attempt < 3 && !self->closing_; ++attempt) {
      self->expiry_->expires_at(at);
      auto [error] = co_await self->expiry_->async_wait(asio::as_tuple(asio::use_awaitable));
      if (error || self->closing_) break;
      self->recheck_access();
      at = std::chrono::system_clock::now() + std::chrono::seconds(1);
    }
  }

  static asio::awaitable<void> write_loop(std::shared_ptr<LiveSession> self) {
    while (!self->queue_.empty() && !self->closing_) {
      auto message = self->queue_.front();
      auto [error, written] = co_await self->ws_.async_write(asio::buffer(*message), asio::as_tuple(asio::use_awaitable));
      (void)written;
      if (error) {
        self->closing_ = true;
        break;
      }
      // close() empties the queue, and may do so while this write was under way: then there is nothing to pop.
      if (self->closing_) break;
      self->queue_.pop_front();
    }
    self->writing_ = false;
  }

  void close(std::uint16_t code, const char* reason) {
    if (closing_) return;
    closing_ = true;
    queue_.clear();
    unsubscribe();
    asio::co_spawn(
        ws_.get_executor(),
        [self = shared_from_this(), code, reason]() -> asio::awaitable<void> {
          co_await self->ws_.async_close(websocket::close_reason(static_cast<websocket::close_code>(code), reason), asio::as_tuple(asio::use_awaitable));
        },
        asio::detached);
  }

  void unsubscribe() {
    if (subscribed_) options_.hub->unsubscribe(options_.room, this);
    subscribed_ = false;
    if (expiry_) expiry_->cancel();
  }

  void finish() {
    closing_ = true;
    unsubscribe();
    if (options_.on_closed) {
      options_.on_closed();
      options_.on_closed = nullptr;
    }
  }

  websocket::stream<beast::tcp_stream> ws_;
  LiveOptions options_;
  std::deque<Message> queue_;
  bool writing_ = false;
  bool closing_ = false;
  bool subscribed_ = false;
  std::optional<asio::system_timer> expiry_;  // while options_.until is ahead
};

}  // namespace

void start_live_session(beast::tcp_stream stream, beast::http::request<beast::http::string_body> request,
                        LiveOptions options) {
  auto executor = stream.get_executor();
  auto session = std::make_shared<LiveSession>(std::move(stream), std::move(options));
  // The coroutine holds the session alive (run() keeps a shared_ptr to it) until the socket closes.
  asio::co_spawn(
      executor,
      [session, request = std::move(request)]() mutable -> asio::awaitable<void> {
        co_await session->run(std::move(request));
      },
      asio::detached);
}

}  // namespace sb::realtime
