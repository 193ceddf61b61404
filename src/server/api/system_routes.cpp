// Health and the API description: public, cheap, no store access.
#include <boost/json.hpp>

#include "server/api/routes.h"

namespace sb::api {

void add_system_routes(Router& router) {
  router.add("GET", "/api/v1/health", {Access::public_route}, [](Context&) -> Result<http::Response> {
    return json_response(200, R"({"status":"ok","version":")" SAMENBETER_VERSION R"("})");
  });
  router.add("GET", "/api/v1/openapi.json", {Access::public_route}, [](Context&) -> Result<http::Response> {
    auto response = json_response(200, std::string(openapi_document()));
    return response;
  });
}

}  // namespace sb::api
