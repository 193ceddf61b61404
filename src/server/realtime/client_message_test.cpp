#include "server/realtime/client_message.h"

#include <gtest/gtest.h>

namespace sb::realtime {
namespace {

using Kind = ClientMessage::Kind;

TEST(ClientMessage, PingAndResumeAreRead) {
  EXPECT_EQ(read_client_message(R"({"type":"ping"})").kind, Kind::ping);
  const auto resume = read_client_message(R"({"type":"resume","since":42})");
  EXPECT_EQ(resume.kind, Kind::resume);
  EXPECT_EQ(resume.since, 42);
  EXPECT_EQ(read_client_message(R"({"type":"resume","since":0})").since, 0);
}

TEST(ClientMessage, AnythingElseIsRefusedWithAReason) {
  for (const char* text : {"", "ping", "[]", "null", "{}", R"({"type":1})", R"({"type":"PING"})",
                           R"({"type":"resume"})", R"({"type":"resume","since":-1})",
                           R"({"type":"resume","since":"5"})", R"({"type":"resume","since":1.5})",
                           R"({"type":"resume","since":18446744073709551615})", "{\"type\":\"ping\"", "\xff\xfe"}) {
    const auto message = read_client_message(text);
    EXPECT_EQ(message.kind, Kind::refused) << text;
    EXPECT_FALSE(message.refusal.empty()) << text;
  }
}

}  // namespace
}  // namespace sb::realtime
