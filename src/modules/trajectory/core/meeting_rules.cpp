#include "modules/trajectory/core/meeting_rules.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include "kernel/dates.h"
#include "kernel/validation.h"

namespace sb {

std::string_view to_string(MeetingKind kind) { return kind == MeetingKind::exchange ? "exchange" : "information"; }

std::optional<MeetingKind> parse_meeting_kind(std::string_view text) {
  if (text == "information") return MeetingKind::information;
  if (text == "exchange") return MeetingKind::exchange;
  return std::nullopt;
}

int parse_clock_minutes(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return -1;
  for (std::size_t i : {0u, 1u, 3u, 4u}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 23 || minutes > 59) return -1;
  return hours * 60 + minutes;
}

std::string amsterdam_clock_text(UnixTime t) {
  const UnixTime local = t + amsterdam_offset(t);
  const int minutes = static_cast<int>(((local % 86400) + 86400) % 86400 / 60);
  char text[6];
  std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
  return text;
}

Result<Meeting> check_meeting(const MeetingInput& in) {
  const auto kind = parse_meeting_kind(in.kind);
  if (!kind) {
    return std::unexpected(Error::invalid("kind", "A meeting is an information or an exchange meeting.").because("not_allowed"));
  }
  SB_TRY(date, check_date("date", in.date));
  if (in.start_minutes < 0) return std::unexpected(Error::invalid("start_time", "A time as 19:30.").because("not_a_time"));
  if (in.end_minutes < 0) return std::unexpected(Error::invalid("end_time", "A time as 21:30.").because("not_a_time"));
  if (in.end_minutes <= in.start_minutes) {
    return std::unexpected(Error::invalid("end_time", "The meeting ends after it starts.").because("before_start"));
  }
  SB_TRY(address, clean_name("address", in.address, kMaxMeetingAddressLength));
  if (in.capacity < 1 || in.capacity > kMaxMeetingCapacity) {
    return std::unexpected(Error::invalid("capacity", "From 1 to 500 places.").because("out_of_range", 1, kMaxMeetingCapacity));
  }
  SB_TRY(notes, clean_text("notes", in.notes, kMaxMeetingNotesLength, Required::no));
  Meeting out;
  out.kind = *kind;
  out.school_id = in.school_id;
  const auto day = *parse_date(date);
  out.starts_at = amsterdam_moment(day, in.start_minutes);
  out.ends_at = amsterdam_moment(day, in.end_minutes);
  out.address = address;
  out.capacity = static_cast<int>(in.capacity);
  out.notes = notes;
  return out;
}

Result<MeetingSignupInput> check_signup(const MeetingSignupInput& in) {
  MeetingSignupInput out;
  SB_TRY(school, clean_name("school", in.school));
  out.school = school;
  if (in.people.empty()) return std::unexpected(Error::required("people"));
  if (in.people.size() > kMaxMeetingSignupPeople) {
    return std::unexpected(Error::invalid("people", "At most 10 people sign up together.")
                               .because("too_many", 1, static_cast<double>(kMaxMeetingSignupPeople)));
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < in.people.size(); ++i) {
    const std::string prefix = "people." + std::to_string(i) + ".";
    SB_TRY(name, clean_name(prefix + "name", in.people[i].name));
    SB_TRY(email, clean_email(prefix + "email", in.people[i].email));
    if (!seen.insert(email).second) {
      return std::unexpected(Error::invalid(prefix + "email", "Each person signs up with their own address.").because("duplicate"));
    }
    out.people.push_back({name, email});
  }
  return out;
}

int meeting_places_left(const Meeting& meeting) { return std::max(0, meeting.capacity - meeting.taken); }

Result<void> check_places(const Meeting& meeting, std::size_t people, UnixTime now) {
  if (meeting.starts_at <= now) {
    Error error{ErrorCode::failed_precondition, "This meeting has already begun."};
    error.reason = "meeting_past";
    return std::unexpected(error);
  }
  const int left = meeting_places_left(meeting);
  if (static_cast<int>(people) > left) return std::unexpected(meeting_full(left));
  return ok();
}

Error meeting_full(int left) {
  Error error{ErrorCode::failed_precondition, "This meeting has " + std::to_string(left) + " places left.", "people"};
  return std::move(error).because("meeting_full", 0, left);
}

}  // namespace sb
