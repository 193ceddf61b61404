#include "server/http/http_types.h"

#include <algorithm>
#include <cctype>

namespace sb::http {
namespace {

bool looks_like_token(std::string_view segment) {
  if (segment.size() < 20) return false;
  return std::all_of(segment.begin(), segment.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

}  // namespace

bool Request::is_websocket_upgrade() const {
  std::string upgrade(header("upgrade"));
  for (auto& c : upgrade) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return upgrade == "websocket";
}

std::string redacted_path(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  while (!path.empty()) {
    const auto slash = path.find('/', 1);
    const auto part = path.substr(0, slash);
    const auto segment = part.starts_with('/') ? part.substr(1) : part;
    if (looks_like_token(segment)) out.append(part.size() > segment.size() ? "/<token>" : "<token>");
    else out.append(part);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash);
  }
  return out;
}

std::string client_address(std::string_view peer, std::string_view forwarded_for,
                           const std::vector<std::string>& trusted_proxies) {
  auto trusted = [&](std::string_view address) {
    return std::find(trusted_proxies.begin(), trusted_proxies.end(), address) != trusted_proxies.end();
  };
  if (forwarded_for.empty() || !trusted(peer)) return std::string(peer);
  std::string_view client = peer;
  while (!forwarded_for.empty()) {
    const auto comma = forwarded_for.rfind(',');
    const auto hop = trimmed(comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1));
    if (hop.empty()) break;
    client = hop;
    if (!trusted(hop)) break;
    if (comma == std::string_view::npos) break;
    forwarded_for = forwarded_for.substr(0, comma);
  }
  return std::string(client);
}

std::string Request::cookie(std::string_view name) const {
  std::string_view cookies = header("cookie");
  while (!cookies.empty()) {
    const auto end = cookies.find(';');
    std::string_view pair = cookies.substr(0, end);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const auto eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) return std::string(pair.substr(eq + 1));
    if (end == std::string_view::npos) break;
    cookies.remove_prefix(end + 1);
  }
  return {};
}

}  // namespace sb::http
