#include "server/api/json_io.h"

#include <gtest/gtest.h>

namespace sb::api {
namespace {

TEST(BodyReader, ReadsFieldsAndRefusesUnknownOnes) {
  auto body = BodyReader::parse(R"({"email":"a@b.nl","extra":1})");
  ASSERT_TRUE(body.has_value());
  EXPECT_EQ(body->string("email").value(), "a@b.nl");
  auto finished = body->finish();
  ASSERT_FALSE(finished.has_value());
  EXPECT_EQ(finished.error().field, "extra");
}

TEST(BodyReader, WrongTypesNameTheField) {
  auto body = BodyReader::parse(R"({"email":42,"team_id":"x","user_id":-3})");
  ASSERT_TRUE(body.has_value());
  EXPECT_EQ(body->string("email").error().field, "email");
  EXPECT_EQ(body->optional_id("team_id").error().field, "team_id");
  EXPECT_EQ(body->id("user_id").error().field, "user_id");
  EXPECT_EQ(body->string("missing").error().field, "missing");
}

TEST(BodyReader, MalformedOrNonObjectOrInvalidUtf8IsRefused) {
  EXPECT_FALSE(BodyReader::parse("{").has_value());
  EXPECT_FALSE(BodyReader::parse("[1,2]").has_value());
  EXPECT_FALSE(BodyReader::parse("{\"name\":\"\xC3\x28\"}").has_value());
  EXPECT_FALSE(BodyReader::parse(std::string(100, '[')).has_value());  // nesting too deep
  EXPECT_TRUE(BodyReader::parse("").has_value());
}

TEST(ParseId, OnlyPositiveWholeNumbers) {
  EXPECT_EQ(parse_id("12"), 12);
  EXPECT_FALSE(parse_id("0"));
  EXPECT_FALSE(parse_id("-1"));
  EXPECT_FALSE(parse_id("1x"));
  EXPECT_FALSE(parse_id("99999999999999999999"));
  EXPECT_FALSE(parse_id(""));
}

}  // namespace
}  // namespace sb::api
