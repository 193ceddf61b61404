// Load generator for benchmark (b): each of N keep-alive connections moves
// its own card back and forth as fast as the server answers, naming the
// version it last saw; then checks that every acknowledged move is on the
// board. TEAMS is one team's id (every card on one board: its writes meet on
// the board's sequence number) or several, comma-separated (connection i
// moves a card on the i-th board, round robin: as many boards' sessions at
// once). One thread drives every connection through epoll (as wrk does), so
// the client costs far less than the server it measures and does not add a
// thread wake-up per answer. Loopback only, bounded in time.
//   move_load PORT COOKIE CSRF TEAMS CONNECTIONS SECONDS  -> one JSON line
#include <sys/epoll.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <boost/json/src.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "http_client.h"

namespace {

using bench::Connection;
using Clock = std::chrono::steady_clock;

struct Config {
  int port;
  std::string cookie, csrf;
  std::vector<long> teams;
};

std::vector<long> team_list(const std::string& text) {
  std::vector<long> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    out.push_back(std::stol(text.substr(start, comma - start)));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

std::string request_text(const Config& config, const char* method, const std::string& path, const std::string& body) {
  return bench::request_text(method, path, "Cookie: " + config.cookie + "\r\nX-CSRF-Token: " + config.csrf + "\r\n",
                             body);
}

struct Card {
  long team = 0;
  long id = 0;
  std::int64_t version = 0;
  std::string status = "todo";
  Clock::time_point sent;
  std::vector<double> latencies_ms;
  int errors = 0;
};

std::string move_request(const Config& config, const Card& card) {
  const std::string next = card.status == "todo" ? "doing" : "todo";
  return request_text(config, "POST", "/api/v1/items/" + std::to_string(card.id) + "/move",
                      R"({"status":")" + next + R"(","version":)" + std::to_string(card.version) + "}");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 7) {
    std::fprintf(stderr, "usage: move_load PORT COOKIE CSRF TEAMS CONNECTIONS SECONDS\n");
    return 2;
  }
  const Config config{std::stoi(argv[1]), argv[2], argv[3], team_list(argv[4])};
  const int connections = std::stoi(argv[5]);
  const int seconds = std::stoi(argv[6]);

  std::vector<std::unique_ptr<Connection>> sockets;
  std::vector<Card> cards(static_cast<std::size_t>(connections));
  for (int i = 0; i < connections; ++i) {
    sockets.push_back(std::make_unique<Connection>(config.port));
    auto& made = cards[static_cast<std::size_t>(i)];
    made.team = config.teams[static_cast<std::size_t>(i) % config.teams.size()];
    auto [status, body] = sockets.back()->call(
        request_text(config, "POST", "/api/v1/teams/" + std::to_string(made.team) + "/items",
                     R"({"kind":"action","text":"Schuifkaart )" + std::to_string(i) + R"("})"));
    if (status != 201) throw std::runtime_error("could not create a card: " + body);
    const auto card = boost::json::parse(body).as_object();
    made.id = static_cast<long>(card.at("id").as_int64());
    made.version = card.at("version").as_int64();
  }

  const int poll = epoll_create1(0);
  for (int i = 0; i < connections; ++i) {
    auto& socket = *sockets[static_cast<std::size_t>(i)];
    socket.make_non_blocking();
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u32 = static_cast<std::uint32_t>(i);
    epoll_ctl(poll, EPOLL_CTL_ADD, socket.fd(), &event);
    auto& card = cards[static_cast<std::size_t>(i)];
    card.sent = Clock::now();
    socket.send_all(move_request(config, card));
  }
  const auto deadline = Clock::now() + std::chrono::seconds(seconds);
  int running = connections;
  std::vector<epoll_event> ready(static_cast<std::size_t>(connections));
  while (running > 0) {
    const int n = epoll_wait(poll, ready.data(), connections, 1000);
    for (int k = 0; k < n; ++k) {
      const auto i = ready[static_cast<std::size_t>(k)].data.u32;
      auto& socket = *sockets[i];
      auto& card = cards[i];
      if (!socket.receive()) throw std::runtime_error("connection closed");
      auto response = socket.take_response();
      if (!response) continue;
      const auto now = Clock::now();
      card.latencies_ms.push_back(std::chrono::duration<double, std::milli>(now - card.sent).count());
      if (response->first == 200) {
        card.version = boost::json::parse(response->second).at("version").as_int64();
        card.status = card.status == "todo" ? "doing" : "todo";
      } else {
        card.errors += 1;
      }
      if (now >= deadline) {
        epoll_ctl(poll, EPOLL_CTL_DEL, socket.fd(), nullptr);
        running -= 1;
        continue;
      }
      card.sent = now;
      socket.send_all(move_request(config, card));
    }
  }
  close(poll);

  // Every acknowledged move is on its board: each card at its last acknowledged version and column.
  Connection check(config.port);
  int lost = 0;
  for (const long team : config.teams) {
    auto [status, body] = check.call(request_text(config, "GET", "/api/v1/teams/" + std::to_string(team) + "/board", ""));
    const auto board = boost::json::parse(body);
    for (const auto& card : cards) {
      if (card.team != team) continue;
      bool found = false;
      for (const auto& item : board.at("items").as_array()) {
        if (item.at("id").as_int64() == card.id) {
          found = item.at("version").as_int64() == card.version && item.at("status").as_string() == card.status;
        }
      }
      if (!found) lost += 1;
    }
  }
  std::vector<double> all;
  int errors = 0;
  for (const auto& card : cards) {
    all.insert(all.end(), card.latencies_ms.begin(), card.latencies_ms.end());
    errors += card.errors;
  }
  std::sort(all.begin(), all.end());
  auto at = [&](double p) { return bench::percentile(all, p); };
  std::printf(R"({"moves":%zu,"per_second":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,"errors":%d,"lost":%d})" "\n",
              all.size(), static_cast<double>(all.size()) / seconds, at(0.5), at(0.99), all.empty() ? 0 : all.back(),
              errors, lost);
  return lost == 0 ? 0 : 1;
}
