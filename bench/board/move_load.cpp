// Load generator for benchmark (b): each of N keep-alive connections moves
// its own card back and forth as fast as the server answers, naming the
// version it last saw; then checks that every acknowledged move is on the
// board. A small blocking client, one thread per connection, so the client
// costs far less than the server it measures. Loopback only, bounded in time.
//   move_load PORT COOKIE CSRF TEAM CONNECTIONS SECONDS  -> one JSON line
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <boost/json/src.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Config {
  int port;
  std::string cookie, csrf;
  long team;
};

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

  // Sends one request and returns {status, body}.
  std::pair<int, std::string> call(const Config& config, const char* method, const std::string& path, const std::string& body) {
    std::string request = std::string(method) + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + config.cookie +
                          "\r\nX-CSRF-Token: " + config.csrf + "\r\n";
    if (!body.empty()) request += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    request += "\r\n" + body;
    for (std::size_t sent = 0; sent < request.size();) {
      const auto n = send(fd_, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) throw std::runtime_error("send");
      sent += static_cast<std::size_t>(n);
    }
    std::size_t header_end;
    while ((header_end = buffer_.find("\r\n\r\n")) == std::string::npos) fill();
    const int status = std::stoi(buffer_.substr(9, 3));
    std::size_t length = 0;
    const auto at = buffer_.find("Content-Length: ");
    if (at != std::string::npos && at < header_end) length = std::stoul(buffer_.substr(at + 16));
    while (buffer_.size() < header_end + 4 + length) fill();
    std::string out = buffer_.substr(header_end + 4, length);
    buffer_.erase(0, header_end + 4 + length);
    return {status, out};
  }

 private:
  void fill() {
    char chunk[65536];
    const auto n = recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) throw std::runtime_error("recv");
    buffer_.append(chunk, static_cast<std::size_t>(n));
  }
  int fd_;
  std::string buffer_;
};

struct Outcome {
  std::vector<double> latencies_ms;
  long card = 0;
  std::int64_t version = 0;
  std::string status;
  int errors = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 7) {
    std::fprintf(stderr, "usage: move_load PORT COOKIE CSRF TEAM CONNECTIONS SECONDS\n");
    return 2;
  }
  const Config config{std::stoi(argv[1]), argv[2], argv[3], std::stol(argv[4])};
  const int connections = std::stoi(argv[5]);
  const auto deadline = Clock::now() + std::chrono::seconds(std::stoi(argv[6]));
  std::vector<Outcome> outcomes(static_cast<std::size_t>(connections));
  std::vector<std::thread> threads;
  for (int i = 0; i < connections; ++i) {
    threads.emplace_back([&, i] {
      auto& out = outcomes[static_cast<std::size_t>(i)];
      Connection connection(config.port);
      auto [status, body] = connection.call(config, "POST", "/api/v1/teams/" + std::to_string(config.team) + "/items",
                                            R"({"kind":"action","text":"Schuifkaart )" + std::to_string(i) + R"("})");
      if (status != 201) throw std::runtime_error("could not create a card: " + body);
      auto card = boost::json::parse(body).as_object();
      out.card = static_cast<long>(card["id"].as_int64());
      out.version = card["version"].as_int64();
      out.status = "todo";
      while (Clock::now() < deadline) {
        const std::string next = out.status == "todo" ? "doing" : "todo";
        const auto started = Clock::now();
        auto [move_status, move_body] =
            connection.call(config, "POST", "/api/v1/items/" + std::to_string(out.card) + "/move",
                            R"({"status":")" + next + R"(","version":)" + std::to_string(out.version) + "}");
        out.latencies_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - started).count());
        if (move_status != 200) {
          out.errors += 1;
          continue;
        }
        out.version = boost::json::parse(move_body).at("version").as_int64();
        out.status = next;
      }
    });
  }
  for (auto& thread : threads) thread.join();

  // Every acknowledged move is on the board: each card at its last acknowledged version and column.
  Connection check(config.port);
  auto [status, body] = check.call(config, "GET", "/api/v1/teams/" + std::to_string(config.team) + "/board", "");
  const auto board = boost::json::parse(body);
  int lost = 0;
  for (const auto& out : outcomes) {
    bool found = false;
    for (const auto& item : board.at("items").as_array()) {
      if (item.at("id").as_int64() == out.card) {
        found = item.at("version").as_int64() == out.version && item.at("status").as_string() == out.status;
      }
    }
    if (!found) lost += 1;
  }
  std::vector<double> all;
  int errors = 0;
  for (const auto& out : outcomes) {
    all.insert(all.end(), out.latencies_ms.begin(), out.latencies_ms.end());
    errors += out.errors;
  }
  std::sort(all.begin(), all.end());
  auto at = [&](double p) { return all.empty() ? 0.0 : all[std::min(all.size() - 1, static_cast<std::size_t>(all.size() * p))]; };
  std::printf(R"({"moves":%zu,"per_second":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,"errors":%d,"lost":%d})" "\n",
              all.size(), static_cast<double>(all.size()) / std::stod(argv[6]), at(0.5), at(0.99), all.empty() ? 0 : all.back(),
              errors, lost);
  return lost == 0 ? 0 : 1;
}
