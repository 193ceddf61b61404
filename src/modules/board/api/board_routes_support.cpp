#include "modules/board/api/board_routes_support.h"

#include <cctype>

#include "server/http/listener.h"

namespace sb::api {

Result<std::int64_t> query_version(const Context& c) {
  auto it = c.request.query.find("version");
  if (it == c.request.query.end()) return std::unexpected(Error::invalid("version", "Name the version: ?version=N."));
  auto version = parse_id(it->second);
  if (!version) return std::unexpected(Error::invalid("version", "The version is a positive whole number."));
  return *version;
}

Result<http::Response> live_admission(Context& c, const Room& room, const std::function<Result<std::int64_t>()>& read_seq) {
  std::string upgrade(c.request.header("upgrade"));
  for (auto& ch : upgrade) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (upgrade != "websocket") {
    auto refusal = error_response(Error::invalid("", "Open this address as a WebSocket."));
    refusal.status = 426;
    refusal.set_header("Upgrade", "websocket");
    return refusal;
  }
  SB_TRY(seq, read_seq());
  http::Response admitted;
  admitted.status = 101;
  admitted.set_header(http::kLiveRoomKindHeader, room.kind);
  admitted.set_header(http::kLiveRoomHeader, std::to_string(room.id));
  admitted.set_header(http::kLiveSeqHeader, std::to_string(seq));
  admitted.set_header(http::kLiveSessionHeader, c.session.token_hash);
  admitted.set_header(http::kLiveUserHeader, std::to_string(c.who().user.id));
  return admitted;
}

bool refers_to_current(const Error& error) {
  switch (error.code) {
    case ErrorCode::conflict:
    case ErrorCode::already_exists:
    case ErrorCode::failed_precondition: return true;
    default: return false;
  }
}

}  // namespace sb::api
