// The meetings' store contract: meetings by start time from a moment on, places
// taken atomically up to the capacity and never past it, one sign-up per address
// and meeting, attendance only for a meeting's own attendees, and invitations
// newest first.
#include "modules/organisation/contract/tenants.h"
#include "modules/trajectory/contract/trajectory_store_contract.h"
#include "modules/trajectory/core/meeting_store.h"

namespace sb::contract {
namespace {

Meeting meeting_at(Id school, UnixTime start, int capacity) {
  Meeting m;
  m.kind = MeetingKind::information;
  m.school_id = school;
  m.address = "Schoolstraat 1";
  m.starts_at = start;
  m.ends_at = start + 3600;
  m.capacity = capacity;
  m.created_at = 1;
  return m;
}

template <typename T>
T read(Store& store, std::function<T(MeetingReads&)> work) {
  return read_value<T>(store, [&](ReadTx& tx) -> Result<T> { return work(meetings(tx)); }).value();
}

MeetingAttendee person(Id meeting, Id signup, std::string name, std::string email) {
  MeetingAttendee a;
  a.meeting_id = meeting;
  a.signup_id = signup;
  a.name = std::move(name);
  a.email = std::move(email);
  return a;
}

}  // namespace

TEST_P(TrajectoryStoreContract, MeetingsComeByStartFromAMomentOnWithTheirSchool) {
  auto w = make_tenants(*store_);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(drop_value(meetings(tx).insert_meeting(meeting_at(w.school_a, 9000, 10))));
    SB_CHECK(drop_value(meetings(tx).insert_meeting(meeting_at(w.school_b, 5000, 10))));
    return drop_value(meetings(tx).insert_meeting(meeting_at(w.school_a, 0, 10)));  // ends at 3600
  }).has_value());
  const auto list = read<std::vector<Meeting>>(*store_, [](auto& m) { return m.meetings_from(4000); });
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].starts_at, 5000);
  EXPECT_EQ(list[0].school_name, "School B");
  EXPECT_EQ(list[1].address, "Schoolstraat 1");
  EXPECT_EQ(list[1].taken, 0);
  EXPECT_FALSE(read<std::optional<Meeting>>(*store_, [](auto& m) { return m.find_meeting(9999); }).has_value());
}

TEST_P(TrajectoryStoreContract, PlacesAreTakenUpToTheCapacityAndNeverPastIt) {
  auto w = make_tenants(*store_);
  Id id = 0;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(made, meetings(tx).insert_meeting(meeting_at(w.school_a, 5000, 3)));
    id = made;
    return ok();
  }).has_value());
  auto take = [&](int places) {
    return write_value<bool>(*store_, [&](WriteTx& tx) { return meetings(tx).take_meeting_places(id, places); }).value();
  };
  EXPECT_TRUE(take(2));
  EXPECT_FALSE(take(2));
  EXPECT_TRUE(take(1));
  EXPECT_FALSE(take(1));
  EXPECT_EQ(read<std::optional<Meeting>>(*store_, [&](auto& m) { return m.find_meeting(id); })->taken, 3);
}

TEST_P(TrajectoryStoreContract, AnAddressSignsUpOncePerMeetingAndAttendanceIsRecorded) {
  auto w = make_tenants(*store_);
  Id first = 0, second = 0, ann = 0;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(a, meetings(tx).insert_meeting(meeting_at(w.school_a, 5000, 10)));
    SB_TRY(b, meetings(tx).insert_meeting(meeting_at(w.school_a, 6000, 10)));
    first = a;
    second = b;
    SB_TRY(signup, meetings(tx).insert_meeting_signup(first, "De Linde", 10));
    SB_TRY(id, meetings(tx).insert_meeting_attendee(person(first, signup, "Ann", "ann@linde.nl")));
    ann = id;
    SB_CHECK(drop_value(meetings(tx).insert_meeting_attendee(person(first, signup, "Bo", "bo@linde.nl"))));
    SB_TRY(other, meetings(tx).insert_meeting_signup(second, "De Linde", 11));
    return drop_value(meetings(tx).insert_meeting_attendee(person(second, other, "Ann", "ann@linde.nl")));
  }).has_value());
  const auto twice = store_->write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(signup, meetings(tx).insert_meeting_signup(first, "Elders", 12));
    return drop_value(meetings(tx).insert_meeting_attendee(person(first, signup, "Ann", "ann@linde.nl")));
  });
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code, ErrorCode::already_exists);

  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return meetings(tx).set_meeting_attendance(first, ann, true); }).has_value());
  const auto wrong_meeting = store_->write([&](WriteTx& tx) { return meetings(tx).set_meeting_attendance(second, ann, true); });
  EXPECT_EQ(wrong_meeting.error().code, ErrorCode::not_found);
  const auto people = read<std::vector<MeetingAttendee>>(*store_, [&](auto& m) { return m.attendees_of(first); });
  ASSERT_EQ(people.size(), 2u);  // the refused third sign-up left nothing behind
  EXPECT_EQ(people[0].name, "Ann");
  EXPECT_EQ(people[0].school, "De Linde");
  EXPECT_EQ(people[0].attended, true);
  EXPECT_FALSE(people[1].attended.has_value());
  EXPECT_EQ(people[0].signup_id, people[1].signup_id);
}

TEST_P(TrajectoryStoreContract, FoundationInvitationsComeNewestFirstWithSchoolAndLeader) {
  auto w = make_tenants(*store_);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(drop_value(meetings(tx).insert_foundation_invitation({0, w.school_a, "", w.alice, "", "", "Kom langs", 10})));
    return drop_value(meetings(tx).insert_foundation_invitation({0, w.school_b, "", w.bob, "", "", "", 20}));
  }).has_value());
  const auto list = read<std::vector<FoundationInvitation>>(*store_, [](auto& m) { return m.foundation_invitations(); });
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].school_name, "School B");
  EXPECT_EQ(list[0].invited_by_name, "Bob");
  EXPECT_EQ(list[1].message, "Kom langs");
  EXPECT_EQ(list[1].invited_by_email, "alice@a.nl");
}

}  // namespace sb::contract
