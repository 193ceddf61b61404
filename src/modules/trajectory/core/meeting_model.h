// Meetings the foundation organises with participating schools: information
// meetings for schools that want to get to know the method, and regional
// exchange meetings between participating schools. Anyone signs up, with
// colleagues, without an account; staff record who came. Also "nodig ons uit":
// a school leader invites the foundation to come and visit.
// Thread-safety: plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/model.h"

namespace sb {

enum class MeetingKind { information, exchange };
std::string_view to_string(MeetingKind kind);
std::optional<MeetingKind> parse_meeting_kind(std::string_view text);

struct Meeting {
  Id id = 0;
  MeetingKind kind = MeetingKind::information;
  Id school_id = 0;         // the host school
  std::string school_name;  // read from the school
  std::string address;
  UnixTime starts_at = 0;
  UnixTime ends_at = 0;
  int capacity = 0;  // places in all
  int taken = 0;     // places signed up for
  std::string notes;
  UnixTime created_at = 0;
};

// One person signed up for a meeting, with the school they come from.
struct MeetingAttendee {
  Id id = 0;
  Id meeting_id = 0;
  Id signup_id = 0;  // people signed up together share it
  std::string name;
  std::string email;
  std::string school;
  std::optional<bool> attended;  // nullopt until staff record it
  UnixTime signed_up_at = 0;
};

// "Nodig ons uit": a school leader asks the foundation to get in touch and visit.
struct FoundationInvitation {
  Id id = 0;
  Id school_id = 0;
  std::string school_name;
  Id invited_by = 0;
  std::string invited_by_name;
  std::string invited_by_email;
  std::string message;
  UnixTime created_at = 0;
};

}  // namespace sb
