#include "server/realtime/client_message.h"

#include <boost/json.hpp>

namespace sb::realtime {

ClientMessage read_client_message(std::string_view text) {
  namespace json = boost::json;
  auto refused = [](std::string why) { return ClientMessage{ClientMessage::Kind::refused, 0, std::move(why)}; };
  boost::system::error_code ec;
  const json::value value = json::parse(text, ec);
  const json::object* object = ec ? nullptr : value.if_object();
  const json::value* type = object ? object->if_contains("type") : nullptr;
  if (!type || !type->is_string()) return refused("A message is a JSON object with a \"type\".");
  if (type->get_string() == "ping") return {ClientMessage::Kind::ping, 0, {}};
  if (type->get_string() == "resume") {
    const json::value* since = object->if_contains("since");
    if (!since || !since->is_int64() || since->get_int64() < 0) {
      return refused("resume needs \"since\": the last sequence number seen.");
    }
    return {ClientMessage::Kind::resume, since->get_int64(), {}};
  }
  return refused("Unknown message type.");
}

}  // namespace sb::realtime
