#include "server/api/router.h"

#include <gtest/gtest.h>

#include "server/api/module_api.h"
#include "server/api/test_services.h"

namespace sb::api {
namespace {

http::Request request(std::string method, std::string path, std::string body = {}) {
  http::Request r;
  r.method = std::move(method);
  r.path = std::move(path);
  r.target = r.path;
  r.body = std::move(body);
  if (!r.body.empty()) r.headers["content-type"] = "application/json";
  return r;
}

// A module with one route of each kind of access, for the gate's own rules.
ApiModule test_module() {
  return {"test",
          [](Router& router) {
            router.add_scope("thing", [](ReadTx&, Id) -> Result<Scope> { return Scope{std::nullopt, 1, 1}; });
            router.add("POST", "/api/v1/sign-in", {Access::public_route},
                       [](Context&) -> Result<http::Response> { return no_content(); });
            router.add("GET", "/api/v1/mine", {Access::signed_in},
                       [](Context&) -> Result<http::Response> { return no_content(); });
            router.add("GET", "/api/v1/things/{id}", {Access::scoped, Action::view_school, "thing"},
                       [](Context&) -> Result<http::Response> { return no_content(); });
          },
          R"({"paths":{}})"};
}

class RouterTest : public ::testing::Test {
 protected:
  testing::TestServices env_;
  std::unique_ptr<Router> router_ = make_api_router(env_.services, env_.identity, {}, {test_module()});
};

TEST_F(RouterTest, HealthIsPublic) {
  auto r = request("GET", "/api/v1/health");
  auto response = router_->dispatch(r);
  EXPECT_EQ(response.status, 200);
  EXPECT_NE(response.body.find("\"ok\""), std::string::npos);
}

TEST_F(RouterTest, UnknownRouteIs404AndWrongMethodIs405) {
  auto unknown = request("GET", "/api/v1/nothing-here");
  EXPECT_EQ(router_->dispatch(unknown).status, 404);
  auto wrong = request("PUT", "/api/v1/health");
  EXPECT_EQ(router_->dispatch(wrong).status, 405);
}

TEST_F(RouterTest, NonJsonBodyIs415) {
  auto r = request("POST", "/api/v1/sign-in", "email=a");
  r.headers["content-type"] = "application/x-www-form-urlencoded";
  auto response = router_->dispatch(r);
  EXPECT_EQ(response.status, 415);
  EXPECT_NE(response.body.find("unsupported_media_type"), std::string::npos);
}

TEST_F(RouterTest, ProtectedRouteWithoutSessionIs401) {
  auto r = request("GET", "/api/v1/mine");
  auto response = router_->dispatch(r);
  EXPECT_EQ(response.status, 401);
  EXPECT_NE(response.body.find("\"unauthenticated\""), std::string::npos);
}

TEST_F(RouterTest, CrossSiteOriginIsRefusedBeforeAnythingElse) {
  auto r = request("POST", "/api/v1/sign-in", R"({"email":"a@b.nl","password":"x"})");
  r.headers["origin"] = "https://evil.example";
  r.headers["host"] = "127.0.0.1:8080";
  EXPECT_EQ(router_->dispatch(r).status, 403);
}

TEST_F(RouterTest, ARepeatedQueryParameterIsRefused) {
  auto r = request("GET", "/api/v1/things/1");
  r.repeated_query = "version";
  auto response = router_->dispatch(r);
  EXPECT_EQ(response.status, 400);
  EXPECT_NE(response.body.find("\"field\":\"version\""), std::string::npos);
}

TEST_F(RouterTest, AScopedRouteNeedsASessionFirst) {
  auto r = request("GET", "/api/v1/things/1");
  EXPECT_EQ(router_->dispatch(r).status, 401);
}

}  // namespace
}  // namespace sb::api
