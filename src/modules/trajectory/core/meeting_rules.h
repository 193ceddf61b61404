// The meetings' rules: what staff publish (kind, date and times, address,
// capacity), what a sign-up holds (a school and one to ten people with
// distinct e-mail addresses), and whether the places left allow it.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "kernel/error.h"
#include "modules/trajectory/core/meeting_model.h"

namespace sb {

inline constexpr int kMaxMeetingCapacity = 500;
inline constexpr std::size_t kMaxMeetingSignupPeople = 10;
inline constexpr std::size_t kMaxMeetingAddressLength = 300;
inline constexpr std::size_t kMaxMeetingNotesLength = 2000;
inline constexpr std::size_t kMaxFoundationMessageLength = 2000;

struct MeetingInput {
  std::string kind;
  Id school_id = 0;
  std::string date;        // YYYY-MM-DD, Amsterdam
  int start_minutes = -1;  // after midnight, Amsterdam; -1 when not a time
  int end_minutes = -1;
  std::string address;
  std::int64_t capacity = 0;
  std::string notes;
};

// A checked meeting: its kind, Amsterdam times as UnixTime, cleaned texts.
Result<Meeting> check_meeting(const MeetingInput& in);

struct MeetingPerson {
  std::string name;
  std::string email;
};

struct MeetingSignupInput {
  std::string school;
  std::vector<MeetingPerson> people;
};

// Cleaned names and lower-cased addresses; errors name the field, e.g. "people.1.email".
Result<MeetingSignupInput> check_signup(const MeetingSignupInput& in);

int meeting_places_left(const Meeting& meeting);
// failed_precondition, reason meeting_full, field people, max = the places left.
Error meeting_full(int left);
// Ok when the meeting is still to come and has a place for each person; otherwise failed_precondition with
// reason meeting_past, or meeting_full with max = the places left.
Result<void> check_places(const Meeting& meeting, std::size_t people, UnixTime now);

// "09:30" as minutes after midnight; -1 when it is not a time. (Visits and meetings read times alike.)
int parse_clock_minutes(std::string_view text);
// The Amsterdam clock time of a moment, as "19:30".
std::string amsterdam_clock_text(UnixTime t);

}  // namespace sb
