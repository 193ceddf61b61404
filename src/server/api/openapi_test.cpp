// The OpenAPI document must describe exactly the router's routes, each with
// the access rule the gate applies (x-access).
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <set>

#include "server/api/routes.h"
#include "server/api/test_services.h"

namespace sb::api {
namespace {

namespace json = boost::json;

std::string access_name(const AccessRule& rule) {
  switch (rule.access) {
    case Access::public_route: return "public";
    case Access::signed_in: return "signed_in";
    case Access::scoped: return "scoped:" + std::string(to_string(rule.action));
  }
  return "?";
}

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

TEST(OpenApi, DescribesExactlyTheRouter) {
  testing::TestServices env;
  auto router = make_api_router(env.services, {});
  const auto document = json::parse(openapi_document());
  std::set<std::string> documented;
  for (const auto& [path, item] : document.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      documented.insert(lower(std::string(method)) + " " + std::string(path) + " " +
                        std::string(operation.at("x-access").as_string()));
    }
  }
  std::set<std::string> routed;
  for (const auto& route : router->routes()) {
    routed.insert(lower(route.method) + " " + route.pattern + " " + access_name(route.rule));
  }
  EXPECT_EQ(documented, routed);
}

TEST(OpenApi, IsVersion3AndNamesTheErrorShape) {
  const auto document = json::parse(openapi_document());
  EXPECT_TRUE(std::string(document.at("openapi").as_string()).starts_with("3."));
  EXPECT_TRUE(document.at("components").at("schemas").as_object().contains("Error"));
}

}  // namespace
}  // namespace sb::api
