#include "modules/calendar/api/calendar_api.h"

#include <boost/json.hpp>

#include "modules/calendar/core/feeds.h"
#include "server/api/json_io.h"

namespace sb::api {

std::string_view calendar_openapi();  // generated from openapi.json

namespace {

namespace json = boost::json;

std::string feed_url(const Services& s, std::string_view token) {
  return s.public_base_url + "/api/v1/calendar-feeds/" + std::string(token);
}

void add_routes(Router& router, std::shared_ptr<const std::vector<CalendarSource>> sources) {
  router.add("GET", "/api/v1/me/calendar", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(status, feed_status(c.services, c.who()));
    json::object out{{"active", status.active_since.has_value()}};
    out["active_since"] = status.active_since ? json::value(iso_time(*status.active_since)) : json::value(nullptr);
    return json_response(200, serialize(out));
  });

  router.add("POST", "/api/v1/me/calendar", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(started, start_feed(c.services, c.who()));
    json::object out{{"active", true}, {"active_since", iso_time(started.created_at)}, {"url", feed_url(c.services, started.token)}};
    return json_response(201, serialize(out));
  });

  router.add("DELETE", "/api/v1/me/calendar", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_CHECK(stop_feed(c.services, c.who()));
    return no_content();
  });

  router.add("GET", "/api/v1/calendar-feeds/{token}", {Access::public_route},
             [sources](Context& c) -> Result<http::Response> {
               SB_TRY(text, feed_calendar(c.services, c.params.at(0), *sources));
               http::Response response;
               response.content_type = "text/calendar; charset=utf-8";
               response.body = std::move(text);
               response.set_header("Cache-Control", "no-store");
               return response;
             });
}

}  // namespace

ApiModule calendar_api(std::vector<CalendarSource> sources) {
  auto shared = std::make_shared<const std::vector<CalendarSource>>(std::move(sources));
  return {"calendar", [shared](Router& router) { add_routes(router, shared); }, calendar_openapi()};
}

}  // namespace sb::api
