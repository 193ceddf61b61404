// The meetings' rules: what staff publish, what a sign-up holds, and the
// capacity: every person gets a place or nobody does.
#include "modules/trajectory/core/meeting_rules.h"

#include <gtest/gtest.h>

#include "kernel/dates.h"

namespace sb {
namespace {

MeetingInput valid_meeting() {
  return {"information", 7, "2030-03-05", 19 * 60 + 30, 21 * 60 + 30, " Schoolstraat 1, Zwolle ", 30, ""};
}

TEST(MeetingRules, AMeetingIsCheckedAndTimedInAmsterdam) {
  const auto meeting = check_meeting(valid_meeting());
  ASSERT_TRUE(meeting.has_value());
  EXPECT_EQ(meeting->kind, MeetingKind::information);
  EXPECT_EQ(meeting->address, "Schoolstraat 1, Zwolle");
  EXPECT_EQ(meeting->starts_at, amsterdam_moment(*parse_date("2030-03-05"), 19 * 60 + 30));
  EXPECT_EQ(meeting->ends_at - meeting->starts_at, 2 * 60 * 60);
  EXPECT_EQ(meeting->capacity, 30);
}

TEST(MeetingRules, BadMeetingsAreRefusedNamingTheField) {
  auto in = valid_meeting();
  in.kind = "party";
  EXPECT_EQ(check_meeting(in).error().field, "kind");
  in = valid_meeting();
  in.date = "2030-02-30";
  EXPECT_EQ(check_meeting(in).error().field, "date");
  in = valid_meeting();
  in.start_minutes = -1;
  EXPECT_EQ(check_meeting(in).error().reason, "not_a_time");
  in = valid_meeting();
  in.end_minutes = in.start_minutes;
  EXPECT_EQ(check_meeting(in).error().reason, "before_start");
  in = valid_meeting();
  in.capacity = 0;
  EXPECT_EQ(check_meeting(in).error().reason, "out_of_range");
  EXPECT_EQ(check_meeting(in).error().max, 500);
  in = valid_meeting();
  in.address = "";
  EXPECT_EQ(check_meeting(in).error().field, "address");
}

TEST(MeetingRules, ClockTimesAreHoursAndMinutes) {
  EXPECT_EQ(parse_clock_minutes("09:30"), 570);
  EXPECT_EQ(parse_clock_minutes("23:59"), 1439);
  EXPECT_EQ(parse_clock_minutes("24:00"), -1);
  EXPECT_EQ(parse_clock_minutes("9:30"), -1);
  EXPECT_EQ(parse_clock_minutes("ab:cd"), -1);
}

TEST(MeetingRules, ASignupIsASchoolAndOneToTenPeopleWithTheirOwnAddresses) {
  const auto ok = check_signup({" De Linde ", {{"Joost", "Joost@Linde.nl"}, {"Eva", "eva@linde.nl"}}});
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->school, "De Linde");
  EXPECT_EQ(ok->people[0].email, "joost@linde.nl");
  EXPECT_EQ(check_signup({"", {{"Joost", "joost@linde.nl"}}}).error().field, "school");
  EXPECT_EQ(check_signup({"De Linde", {}}).error().field, "people");
  const auto twice = check_signup({"De Linde", {{"Joost", "joost@linde.nl"}, {"Jo", "JOOST@linde.nl"}}});
  EXPECT_EQ(twice.error().field, "people.1.email");
  EXPECT_EQ(twice.error().reason, "duplicate");
  EXPECT_EQ(check_signup({"De Linde", {{"Joost", "geen adres"}}}).error().field, "people.0.email");
  std::vector<MeetingPerson> eleven;
  for (int i = 0; i < 11; ++i) eleven.push_back({"P", "p" + std::to_string(i) + "@x.nl"});
  EXPECT_EQ(check_signup({"De Linde", eleven}).error().reason, "too_many");
}

TEST(MeetingRules, EveryoneGetsAPlaceOrNobodyDoes) {
  Meeting meeting;
  meeting.starts_at = 1000;
  meeting.capacity = 10;
  meeting.taken = 8;
  EXPECT_EQ(meeting_places_left(meeting), 2);
  EXPECT_TRUE(check_places(meeting, 2, 500).has_value());
  const auto full = check_places(meeting, 3, 500);
  ASSERT_FALSE(full.has_value());
  EXPECT_EQ(full.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(full.error().reason, "meeting_full");
  EXPECT_EQ(full.error().max, 2);
  EXPECT_EQ(check_places(meeting, 1, 1000).error().reason, "meeting_past");
}

}  // namespace
}  // namespace sb
