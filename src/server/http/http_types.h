// The server's own small view of an HTTP exchange, so that routing, access
// control and the API handlers never include Beast or Asio (they are heavy
// to compile and belong in the listener alone).
// Thread-safety: plain values.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kernel/ports/file_store.h"

namespace sb::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string target;  // as sent: path and query
  std::string path;    // percent-decoded path without query
  std::map<std::string, std::string> query;
  std::string repeated_query;  // the name of a query parameter sent more than once (refused), or empty
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  // A body that a route streams (Router::add_streamed): the listener has read it in chunks to a temporary
  // file, never whole in memory, and `body` stays empty. Null for every other route.
  std::shared_ptr<ByteSource> body_stream;
  std::uint64_t body_stream_bytes = 0;
  std::string client_address;  // the client's, also behind a trusted proxy (see client_address())

  // The header's value, or empty.
  std::string_view header(std::string_view name) const {
    auto it = headers.find(std::string(name));
    return it == headers.end() ? std::string_view() : std::string_view(it->second);
  }
  std::string cookie(std::string_view name) const;
  bool is_state_changing() const { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }
  bool is_websocket_upgrade() const;
};

// The path as it may be logged: a path segment that looks like a secret token
// (20 or more characters of base64url, as invitation links carry) becomes
// "<token>". Every log line and audit entry that names a path uses this.
std::string redacted_path(std::string_view path);

// The client's address. X-Forwarded-For is believed only when the direct peer
// is one of the trusted proxies: then the client is the rightmost address in
// it that is not itself a trusted proxy. Anyone else could write any address
// there, so otherwise the peer is the client.
std::string client_address(std::string_view peer, std::string_view forwarded_for,
                           const std::vector<std::string>& trusted_proxies);

// Bytes that live elsewhere (a cache entry, an embedded asset) and are sent
// without a copy; `owner` keeps them alive until the answer is written. A big
// body copied per request costs more than the rest of the request together.
struct SharedBody {
  std::shared_ptr<const void> owner;  // empty for bytes with static storage
  std::string_view bytes;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  SharedBody shared_body;  // when it has bytes, it is the body and `body` is unused
  // A body sent in chunks as it is read (a stored file): when set, it is the body, of exactly
  // `source_bytes` bytes, and `body` is unused.
  std::shared_ptr<ByteSource> body_source;
  std::uint64_t source_bytes = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  bool close_connection = false;

  void set_header(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }
  void share_body(std::shared_ptr<const std::string> text) {
    shared_body.bytes = *text;
    shared_body.owner = std::move(text);
  }
  std::string_view body_bytes() const { return shared_body.bytes.data() ? shared_body.bytes : std::string_view(body); }
};

}  // namespace sb::http
