// The composition root's API as a whole: every route of every module has an
// access rule whose scope some module resolves, and the OpenAPI document
// (base plus every module's fragment) describes exactly the router's routes,
// each with the rule the gate applies (x-access).
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <set>

#include "cli/modules.h"
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

class Composition : public ::testing::Test {
 protected:
  testing::TestServices env_;
  std::vector<ApiModule> modules_ = cli::api_modules();
  std::unique_ptr<Router> router_ = make_api_router(env_.services, env_.identity, {}, modules_);
};

TEST_F(Composition, OpenApiDescribesExactlyTheRouter) {
  const auto document = json::parse(openapi_document(modules_));
  std::set<std::string> documented;
  for (const auto& [path, item] : document.at("paths").as_object()) {
    for (const auto& [method, operation] : item.as_object()) {
      documented.insert(lower(std::string(method)) + " " + std::string(path) + " " +
                        std::string(operation.at("x-access").as_string()));
    }
  }
  std::set<std::string> routed;
  for (const auto& route : router_->routes()) {
    routed.insert(lower(route.method) + " " + route.pattern + " " + access_name(route.rule));
  }
  EXPECT_EQ(documented, routed);
}

TEST_F(Composition, OpenApiIsVersion3AndNamesTheErrorShape) {
  const auto document = json::parse(openapi_document(modules_));
  EXPECT_TRUE(std::string(document.at("openapi").as_string()).starts_with("3."));
  EXPECT_TRUE(document.at("components").at("schemas").as_object().contains("Error"));
  EXPECT_TRUE(document.at("components").at("schemas").as_object().contains("Board"));
}

TEST_F(Composition, EveryScopedRouteWithAnIdNamesWhatTheIdIs) {
  for (const auto& route : router_->routes()) {
    if (route.rule.access != Access::scoped) continue;
    const bool has_param = route.pattern.find('{') != std::string::npos;
    EXPECT_EQ(has_param, !route.rule.scope.empty()) << route.method << " " << route.pattern;
  }
  EXPECT_TRUE(router_->unresolved_scopes().empty());
}

TEST_F(Composition, AScopeThatNoModuleResolvesIsRefusedAtStart) {
  std::vector<ApiModule> modules = modules_;
  modules.push_back({"stray", [](Router& router) {
                       router.add("GET", "/api/v1/strays/{id}", {Access::scoped, Action::view_school, "stray"},
                                  [](Context&) -> Result<http::Response> { return no_content(); });
                     },
                     R"({"paths":{}})"});
  EXPECT_THROW(make_api_router(env_.services, env_.identity, {}, modules), std::logic_error);
}

TEST_F(Composition, APathThatTwoModulesDocumentIsRefused) {
  std::vector<ApiModule> modules = modules_;
  modules.push_back({"copy", [](Router&) {}, R"({"paths":{"/api/v1/me":{}}})"});
  EXPECT_THROW(openapi_document(modules), std::logic_error);
}

}  // namespace
}  // namespace sb::api
