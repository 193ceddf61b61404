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

TEST(BodyReader, NestedObjectsNameTheirFieldsUnderTheirParent) {
  auto body = BodyReader::parse(
      R"({"next_cycle":{"name":"Cyclus 3","starts_on":7},"goals":[{"goal_id":4,"reached":"yes"},{"goal_id":"x"},{"odd":1}]})");
  ASSERT_TRUE(body.has_value());
  auto next = body->optional_object("next_cycle");
  ASSERT_TRUE(next.has_value() && next->has_value());
  EXPECT_EQ((*next)->string("name").value(), "Cyclus 3");
  EXPECT_EQ((*next)->optional_string("starts_on").error().field, "next_cycle.starts_on");
  auto goals = body->object_list("goals", 10);
  ASSERT_TRUE(goals.has_value());
  ASSERT_EQ(goals->size(), 3u);
  EXPECT_EQ(goals->at(0).id("goal_id").value(), 4);
  EXPECT_EQ(goals->at(0).string("reached").value(), "yes");
  EXPECT_TRUE(goals->at(0).finish().has_value());
  EXPECT_EQ(goals->at(1).id("goal_id").error().field, "goals.1.goal_id");
  EXPECT_EQ(goals->at(2).finish().error().field, "goals.2.odd");
  EXPECT_TRUE(body->finish().has_value());
  EXPECT_FALSE(body->optional_object("absent").value().has_value());
  EXPECT_TRUE(body->object_list("absent_list", 10).value().empty());
}

TEST(BodyReader, NestedShapesAreChecked) {
  auto body = BodyReader::parse(R"({"next_cycle":[1],"goals":{"a":1},"many":[{},{},{}],"flat":[1]})");
  ASSERT_TRUE(body.has_value());
  EXPECT_EQ(body->optional_object("next_cycle").error().field, "next_cycle");
  EXPECT_EQ(body->object_list("goals", 10).error().field, "goals");
  EXPECT_EQ(body->object_list("many", 2).error().field, "many");
  EXPECT_EQ(body->object_list("flat", 2).error().field, "flat.0");
}

TEST(BodyReaders, AVersionOnlyBodyHoldsNothingElse) {
  auto body = BodyReader::parse(R"({"version":4})");
  ASSERT_TRUE(body.has_value());
  EXPECT_EQ(read_version_only(*body).value(), 4);
  auto more = BodyReader::parse(R"({"version":4,"text":"x"})");
  EXPECT_EQ(read_version_only(*more).error().field, "text");
  auto none = BodyReader::parse("");
  EXPECT_EQ(read_version_only(*none).error().field, "version");
}

TEST(BodyReaders, AnAccountSetupNeedsAPasswordAndMayNameThePerson) {
  auto body = BodyReader::parse(R"({"password":"lang genoeg"})");
  auto setup = read_account_setup(*body);
  ASSERT_TRUE(setup.has_value());
  EXPECT_EQ(setup->name, "");
  EXPECT_EQ(setup->password, "lang genoeg");
  auto named = BodyReader::parse(R"({"name":"Anna","password":"x"})");
  EXPECT_EQ(read_account_setup(*named)->name, "Anna");
  auto without = BodyReader::parse(R"({"name":"Anna"})");
  EXPECT_EQ(read_account_setup(*without).error().field, "password");
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
