#include "server/api/live_admission.h"

#include <cctype>
#include <string>

#include "server/http/listener.h"

namespace sb::api {

Result<http::Response> live_admission(Context& c, const Room& room, const std::function<Result<std::int64_t>()>& read_seq,
                                      UnixTime until) {
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
  admitted.set_header(http::kLiveSessionHeader, c.principal ? c.session.token_hash : std::string());
  admitted.set_header(http::kLiveUserHeader, std::to_string(c.principal ? c.who().user.id : Id{0}));
  if (until > 0) admitted.set_header(http::kLiveUntilHeader, std::to_string(until));
  return admitted;
}

}  // namespace sb::api
