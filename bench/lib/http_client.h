// The HTTP/1.1 client side shared by the C++ load generators in bench/: a
// keep-alive loopback connection that is driven blocking for setup and checks
// and non-blocking under epoll for the load, and percentiles of latencies.
// Header-only, for one-file benchmark programs (g++ -O2 -std=c++20 -I bench/lib).
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace bench {

// A request's bytes; `headers` are whole lines, each ending in \r\n.
inline std::string request_text(const char* method, const std::string& path, const std::string& headers,
                                const std::string& body) {
  std::string request = std::string(method) + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers;
  if (!body.empty()) request += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  return request + "\r\n" + body;
}

// One keep-alive connection to 127.0.0.1:port.
class Connection {
 public:
  explicit Connection(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) throw std::runtime_error("connect");
    int one = 1;
    setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  }
  ~Connection() { close(fd_); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  int fd() const { return fd_; }

  void send_all(const std::string& request) {
    for (std::size_t sent = 0; sent < request.size();) {
      const auto n = ::send(fd_, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
      if (n < 0 && errno == EAGAIN) continue;  // loopback: the peer drains it at once
      if (n <= 0) throw std::runtime_error("send");
      sent += static_cast<std::size_t>(n);
    }
  }

  // A whole response (status, body) from what has arrived so far, or nothing yet.
  std::optional<std::pair<int, std::string>> take_response() {
    const auto header_end = buffer_.find("\r\n\r\n");
    if (header_end == std::string::npos) return std::nullopt;
    std::size_t length = 0;
    const auto at = buffer_.find("Content-Length: ");
    if (at != std::string::npos && at < header_end) length = std::stoul(buffer_.substr(at + 16));
    if (buffer_.size() < header_end + 4 + length) return std::nullopt;
    const int status = std::stoi(buffer_.substr(9, 3));
    std::string body = buffer_.substr(header_end + 4, length);
    buffer_.erase(0, header_end + 4 + length);
    return std::pair{status, std::move(body)};
  }

  // Non-blocking: reads what is there; false when the connection is gone.
  bool receive() {
    char chunk[65536];
    for (;;) {
      const auto n = recv(fd_, chunk, sizeof chunk, 0);
      if (n > 0) {
        buffer_.append(chunk, static_cast<std::size_t>(n));
        continue;
      }
      return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
    }
  }

  // Blocking: sends a request and waits for its whole response.
  std::pair<int, std::string> call(const std::string& request) {
    send_all(request);
    for (;;) {
      if (auto response = take_response()) return *response;
      char chunk[65536];
      const auto n = recv(fd_, chunk, sizeof chunk, 0);
      if (n <= 0) throw std::runtime_error("recv");
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  void make_non_blocking() { fcntl(fd_, F_SETFL, fcntl(fd_, F_GETFL) | O_NONBLOCK); }

 private:
  int fd_;
  std::string buffer_;
};

// Percentile p (0..1) of sorted values, 0 when there are none.
inline double percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0.0;
  return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(static_cast<double>(sorted.size()) * p))];
}

}  // namespace bench
