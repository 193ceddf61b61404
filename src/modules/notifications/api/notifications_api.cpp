#include "modules/notifications/api/notifications_api.h"

#include <boost/json.hpp>

#include "modules/notifications/api/notifications_json.h"
#include "modules/notifications/core/board_mail.h"
#include "modules/notifications/core/preferences.h"
#include "server/api/json_io.h"

namespace sb::api {

std::string_view notifications_openapi();  // generated from openapi.json

namespace {

namespace json = boost::json;

// {"action_assigned": true, "obstacle_answered": true, "overdue_digest": false}
http::Response preferences_response(const std::vector<Preference>& preferences) {
  json::object out;
  for (const auto& p : preferences) out[to_string(p.topic)] = p.wanted;
  return json_response(200, serialize(out));
}

void add_preferences_routes(Router& router) {
  router.add("GET", "/api/v1/me/notifications", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(preferences, get_preferences(c.services, c.who()));
    return preferences_response(preferences);
  });

  router.add("PATCH", "/api/v1/me/notifications", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(changes, read_preference_changes(body));
    SB_TRY(preferences, set_preferences(c.services, c.who(), changes));
    return preferences_response(preferences);
  });
}

}  // namespace

ApiModule notifications_api() {
  return {"notifications",
          [](Router& router) {
            install_board_mail(router.services());
            add_preferences_routes(router);
          },
          notifications_openapi()};
}

}  // namespace sb::api
