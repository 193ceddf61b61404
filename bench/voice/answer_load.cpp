// Load generator for the student-voice benchmark (issue 13, point 9a): N
// keep-alive connections post answers (each from a new device), spread over
// the rounds in CODES_FILE (node load.mjs seed writes it).
//
// Open loop (RATE > 0): the connections together offer RATE answers a second,
// each on a fixed schedule of its own; latency runs from the moment an answer
// was *scheduled*, so a slow answer that delays the next send counts against
// that next one too (no coordinated omission, as wrk2). Closed loop (RATE 0):
// each connection sends again as soon as its answer arrives, for the maximum
// rate. One thread drives every connection through epoll, so the client costs
// far less than the server it measures. Loopback only, bounded in time.
//   answer_load PORT CODES_FILE CONNECTIONS RATE SECONDS   -> one JSON line
#include <sys/epoll.h>

#include <boost/json.hpp>
#include <boost/json/src.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "http_client.h"

namespace {

using bench::Connection;
using Clock = std::chrono::steady_clock;

struct Round {
  std::string code;
  long acknowledged = 0;
};

struct Sender {
  Clock::time_point next_due;  // when the next answer is scheduled (open loop) or may go (closed loop)
  Clock::time_point scheduled;  // the schedule of the answer in flight
  std::size_t round = 0;        // of the answer in flight
  bool in_flight = false;
};

constexpr char kAnswers[] =
    R"([{"question":0,"value":4},{"question":1,"value":3},{"question":2,"value":5},)"
    R"({"question":6,"text":"Meer oefenen in tweetallen"}])";

// A random device token of 24 URL-safe characters, as a phone keeps one.
std::string device_token(std::mt19937_64& random) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string token(24, ' ');
  for (auto& c : token) c = kAlphabet[random() % 64];
  return token;
}

std::string answer_request(const std::string& code, std::mt19937_64& random) {
  return bench::request_text(
      "POST", "/api/v1/voice/answers", "",
      R"({"code":")" + code + R"(","device_token":")" + device_token(random) + R"(","answers":)" + kAnswers + "}");
}

std::vector<Round> read_rounds(const char* path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<Round> rounds;
  const auto parsed = boost::json::parse(text.str());
  for (const auto& r : parsed.as_array())
    rounds.push_back({std::string(r.at("code").as_string()), 0});
  if (rounds.empty()) throw std::runtime_error("no rounds in the codes file");
  return rounds;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::fprintf(stderr, "usage: answer_load PORT CODES_FILE CONNECTIONS RATE SECONDS   (RATE 0: closed loop)\n");
    return 2;
  }
  const int port = std::stoi(argv[1]);
  auto rounds = read_rounds(argv[2]);
  const int connections = std::stoi(argv[3]);
  const double rate = std::stod(argv[4]);
  const int seconds = std::stoi(argv[5]);
  const bool open_loop = rate > 0;
  // Each connection's own period: together they offer `rate` a second.
  const auto period = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(open_loop ? connections / rate : 0.0));

  std::mt19937_64 random(std::random_device{}());
  std::vector<std::unique_ptr<Connection>> sockets;
  std::vector<Sender> senders(static_cast<std::size_t>(connections));
  const int poll = epoll_create1(0);
  for (int i = 0; i < connections; ++i) {
    sockets.push_back(std::make_unique<Connection>(port));
    sockets.back()->make_non_blocking();
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.u32 = static_cast<std::uint32_t>(i);
    epoll_ctl(poll, EPOLL_CTL_ADD, sockets.back()->fd(), &event);
  }
  // The connections' schedules start evenly spread over one period, so the offered load is smooth.
  const auto start = Clock::now() + std::chrono::milliseconds(10);
  for (int i = 0; i < connections; ++i) senders[static_cast<std::size_t>(i)].next_due = start + period * i / connections;
  const auto deadline = start + std::chrono::seconds(seconds);

  std::vector<double> latencies_ms;
  latencies_ms.reserve(static_cast<std::size_t>(open_loop ? rate * seconds * 1.1 : 200000));
  long errors = 0, late_sends = 0;
  std::size_t next_round = 0;
  auto last_answer = start;
  std::vector<epoll_event> ready(static_cast<std::size_t>(connections));

  // Sends every answer that is due and whose connection is free; returns the earliest moment one will be due.
  auto send_due = [&](Clock::time_point now) {
    auto earliest = deadline;
    for (int i = 0; i < connections; ++i) {
      auto& sender = senders[static_cast<std::size_t>(i)];
      if (sender.in_flight || sender.next_due >= deadline) continue;
      if (sender.next_due > now) {
        earliest = std::min(earliest, sender.next_due);
        continue;
      }
      if (now - sender.next_due > std::chrono::milliseconds(1)) late_sends += 1;
      sender.scheduled = open_loop ? sender.next_due : now;
      sender.round = next_round++ % rounds.size();
      sender.in_flight = true;
      sockets[static_cast<std::size_t>(i)]->send_all(answer_request(rounds[sender.round].code, random));
      sender.next_due = open_loop ? sender.next_due + period : now;
    }
    return earliest;
  };

  for (;;) {
    auto now = Clock::now();
    const auto earliest = send_due(now);
    bool busy = false;
    for (const auto& sender : senders) busy = busy || sender.in_flight;
    if (!busy && earliest >= deadline) break;
    now = Clock::now();
    const auto wait = std::max(Clock::duration::zero(), earliest - now);
    const timespec timeout{static_cast<time_t>(std::chrono::duration_cast<std::chrono::seconds>(wait).count()),
                           static_cast<long>((wait % std::chrono::seconds(1)) / std::chrono::nanoseconds(1))};
    const int n = epoll_pwait2(poll, ready.data(), connections, busy || earliest < deadline ? &timeout : nullptr, nullptr);
    now = Clock::now();
    for (int k = 0; k < n; ++k) {
      const auto i = ready[static_cast<std::size_t>(k)].data.u32;
      auto& socket = *sockets[i];
      auto& sender = senders[i];
      if (!socket.receive()) throw std::runtime_error("connection closed");
      auto response = socket.take_response();
      if (!response) continue;
      latencies_ms.push_back(std::chrono::duration<double, std::milli>(now - sender.scheduled).count());
      last_answer = now;
      if (response->first == 204) {
        rounds[sender.round].acknowledged += 1;
      } else {
        errors += 1;
        if (errors <= 3) std::fprintf(stderr, "answer refused: %d %s\n", response->first, response->second.c_str());
      }
      sender.in_flight = false;
      if (!open_loop) sender.next_due = now;
    }
  }
  close(poll);

  std::sort(latencies_ms.begin(), latencies_ms.end());
  long acknowledged = 0;
  boost::json::object by_code;
  for (const auto& round : rounds) {
    acknowledged += round.acknowledged;
    if (round.acknowledged > 0) by_code[round.code] = round.acknowledged;
  }
  // Over the time the answers really took: a server that falls behind answers the last ones after `seconds`.
  const double elapsed = std::chrono::duration<double>(std::max(last_answer, deadline) - start).count();
  boost::json::object out{{"connections", connections},
                          {"offered_per_second", open_loop ? rate : 0.0},
                          {"answers", static_cast<long>(latencies_ms.size())},
                          {"acknowledged", acknowledged},
                          {"per_second", static_cast<long>(static_cast<double>(acknowledged) / elapsed + 0.5)},
                          {"seconds", elapsed},
                          {"p50_ms", bench::percentile(latencies_ms, 0.5)},
                          {"p99_ms", bench::percentile(latencies_ms, 0.99)},
                          {"p999_ms", bench::percentile(latencies_ms, 0.999)},
                          {"max_ms", latencies_ms.empty() ? 0.0 : latencies_ms.back()},
                          {"errors", errors},
                          {"late_sends", late_sends},
                          {"by_code", std::move(by_code)}};
  std::printf("%s\n", boost::json::serialize(out).c_str());
  return 0;
}
