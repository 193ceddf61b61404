#include "server/http/request_target.h"

#include <gtest/gtest.h>

namespace sb::http {
namespace {

Request with_target(std::string target) {
  Request request;
  request.target = std::move(target);
  read_target(request);
  return request;
}

TEST(RequestTarget, PathAndQueryAreDecoded) {
  const auto r = with_target("/api/v1/teams/3/board%20x?week=2026-03-02&q=a%26b+c");
  EXPECT_EQ(r.path, "/api/v1/teams/3/board x");
  EXPECT_EQ(r.query.at("week"), "2026-03-02");
  EXPECT_EQ(r.query.at("q"), "a&b c");
  EXPECT_TRUE(r.repeated_query.empty());
}

TEST(RequestTarget, ARepeatedParameterIsNamed) {
  const auto r = with_target("/api/v1/x?a=1&b=2&a=3&b=4");
  EXPECT_EQ(r.repeated_query, "a");
  EXPECT_EQ(r.query.at("a"), "1");
}

TEST(RequestTarget, ATargetNotInOriginFormMatchesNothing) {
  for (const char* target : {"", "*", "http://example.org/api", "api/v1", "/a%zz", "/a b", "/a?%"}) {
    EXPECT_EQ(with_target(target).path, kInvalidTargetPath) << target;
  }
}

// Found by fuzz_request_target: a repeated parameter named "%FF" was echoed in the 400's "field", which made the
// answer invalid JSON; such a target now matches nothing, like any malformed one.
TEST(RequestTarget, ATargetThatDoesNotDecodeToUtf8MatchesNothing) {
  for (const char* target : {"/api/v1/teams/%FF", "/api/v1/health?%FF=1&%FF=2", "/api/v1/health?q=%C3", "/a%ED%A0%80"}) {
    const auto r = with_target(target);
    EXPECT_EQ(r.path, kInvalidTargetPath) << target;
    EXPECT_TRUE(r.query.empty()) << target;
    EXPECT_TRUE(r.repeated_query.empty()) << target;
  }
  EXPECT_EQ(with_target("/api/v1/schools?q=%C3%A9cole").query.at("q"), "école");
}

// The path is decoded whole, so the router sees an encoded slash as a separator (and an id like "1/2" never
// reaches a handler) and a NUL as a byte of its segment.
TEST(RequestTarget, ThePathIsDecodedWhole) {
  EXPECT_EQ(with_target("/api/v1/teams/1%2F2").path, std::string("/api/v1/teams/1/2"));
  EXPECT_EQ(with_target("/a%00b").path, std::string("/a\0b", 4));
}

}  // namespace
}  // namespace sb::http
