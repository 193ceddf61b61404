// The server's own small view of an HTTP exchange, so that routing, access
// control and the API handlers never include Beast or Asio (they are heavy
// to compile and belong in the listener alone).
// Thread-safety: plain values.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sb::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string target;  // as sent: path and query
  std::string path;    // percent-decoded path without query
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string client_address;

  // The header's value, or empty.
  std::string_view header(std::string_view name) const {
    auto it = headers.find(std::string(name));
    return it == headers.end() ? std::string_view() : std::string_view(it->second);
  }
  std::string cookie(std::string_view name) const;
  bool is_state_changing() const { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  bool close_connection = false;

  void set_header(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }
};

}  // namespace sb::http
