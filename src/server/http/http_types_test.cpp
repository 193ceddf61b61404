#include "server/http/http_types.h"

#include <gtest/gtest.h>

namespace sb::http {
namespace {

TEST(RedactedPath, HidesTokensAndKeepsTheRest) {
  EXPECT_EQ(redacted_path("/api/v1/invitation-links/AbCdEfGhIjKlMnOpQrStUvWxYz012345/accept"),
            "/api/v1/invitation-links/<token>/accept");
  EXPECT_EQ(redacted_path("/uitnodiging/AbCdEfGhIjKlMnOpQrStUvWx"), "/uitnodiging/<token>");
  EXPECT_EQ(redacted_path("/api/v1/teams/12/board/live"), "/api/v1/teams/12/board/live");
  EXPECT_EQ(redacted_path("/api/v1/invitation-links"), "/api/v1/invitation-links");
  EXPECT_EQ(redacted_path("/"), "/");
  EXPECT_EQ(redacted_path(""), "");
}

TEST(ClientAddress, ForwardedForOnlyFromATrustedProxy) {
  const std::vector<std::string> trusted{"127.0.0.1", "10.0.0.2"};
  EXPECT_EQ(client_address("127.0.0.1", "203.0.113.7", trusted), "203.0.113.7");
  EXPECT_EQ(client_address("127.0.0.1", "198.51.100.1, 203.0.113.7", trusted), "203.0.113.7");
  // A second trusted proxy in the chain is skipped; what a client wrote before it is not believed.
  EXPECT_EQ(client_address("127.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.2", trusted), "203.0.113.7");
  EXPECT_EQ(client_address("192.0.2.9", "203.0.113.7", trusted), "192.0.2.9");
  EXPECT_EQ(client_address("127.0.0.1", "", trusted), "127.0.0.1");
  EXPECT_EQ(client_address("127.0.0.1", "203.0.113.7", {}), "127.0.0.1");
}

}  // namespace
}  // namespace sb::http
