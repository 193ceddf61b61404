// The mentoring programme as the app keeps it: applications (the pool), the
// staff's decisions on pairs, the runs of the engine with their pairs and
// unpaired people, the published pairs and their three meetings.
// Names carry "Mentoring"/"Mentor"/"Mentee" because every module links into one binary.
// Thread-safety: plain values.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "kernel/model.h"
#include "modules/mentoring/core/model.h"
#include "modules/mentoring/core/scoring.h"

namespace sb {

// A business mentor's application. `mentor.id` is filled as "M<id>" when read.
struct MentorApplication {
  Id id = 0;
  std::string token_hash;  // of the personal link to change or withdraw; empty for imported rows
  std::string email;
  std::string phone;
  mentoring::Mentor mentor;
  std::optional<Id> user_id;  // the account made when the pair is published
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
  std::optional<UnixTime> withdrawn_at;
};

// A school leader's or school coach's application. `mentee.id` is filled as "S<id>" when read.
struct MenteeApplication {
  Id id = 0;
  std::optional<Id> user_id;
  std::optional<Id> school_id;
  mentoring::Mentee mentee;
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
  std::optional<UnixTime> withdrawn_at;
};

enum class MentoringDecisionKind { lock, forbid };

struct MentoringDecision {
  Id mentor_id = 0;  // application ids
  Id mentee_id = 0;
  MentoringDecisionKind kind = MentoringDecisionKind::lock;
};

struct MentoringRun {
  Id id = 0;
  UnixTime created_at = 0;
  std::optional<Id> created_by;
  std::int64_t pair_count = 0;
  std::int64_t total_score = 0;
  std::int64_t locked_pairs = 0;
  std::int64_t unpaired_mentors = 0;
  std::int64_t unpaired_mentees = 0;
  std::optional<UnixTime> published_at;
};

struct MentoringRunPair {
  Id mentor_id = 0;
  Id mentee_id = 0;
  bool locked = false;
  mentoring::ScoreBreakdown score;
  std::string note_nl;
  std::string note_en;
  // Filled when read, for the review list.
  std::string mentor_name;
  std::string mentee_name;
  std::string mentor_region;
  std::string mentee_school;
};

enum class MentoringSide { mentor, mentee };

struct MentoringUnpaired {
  MentoringSide side = MentoringSide::mentor;
  Id application_id = 0;
  std::string reason;  // the engine's UnpairedReason as text
  std::string text_nl;
  std::string text_en;
  std::string name;  // filled when read
};

// A published pair, with who is in it.
struct MentoringPair {
  Id id = 0;
  Id run_id = 0;
  Id mentor_id = 0;  // application ids
  Id mentee_id = 0;
  std::optional<Id> mentor_user_id;
  std::optional<Id> mentee_user_id;
  std::optional<Id> mentee_school_id;
  std::string mentor_name;
  std::string mentor_email;
  std::string mentor_organisation;
  std::string mentee_name;
  std::string mentee_school;
};

enum class MeetingPlace { none, company, school, online };
enum class MeetingHeld { unknown, yes, no };

inline constexpr int kMentoringMeetings = 3;
inline constexpr int kMentoringMeetingMinutes = 120;

struct MentoringMeeting {
  Id pair_id = 0;
  int number = 1;  // 1..3
  std::optional<UnixTime> starts_at;
  MeetingPlace place = MeetingPlace::none;
  MeetingHeld held = MeetingHeld::unknown;
  std::string log;         // one line on what they did
  std::string experiment;  // what they agreed to try
  std::optional<Id> board_item_id;
  std::optional<UnixTime> reminded_at;
};

// The programme's regions: its own list of four, wider than the schools' three holiday regions
// (noord, midden, zuid), which a school's programme region defaults to; staff move a school to oost.
inline constexpr std::array<std::string_view, 4> kMentoringRegions{"noord", "oost", "midden", "zuid"};
bool is_mentoring_region(std::string_view text);

// The programme's own events of a round, as the seed plans them: the preparatory webinar and the
// pairing-and-planning meeting, an hour each in November. A round is named by the first day of its
// meeting months, "YYYY-12-01" (the pairs' season, meetings.h).
enum class MentoringEventKind { webinar, pairing_meeting };

struct MentoringEvent {
  std::string round;
  MentoringEventKind kind = MentoringEventKind::webinar;
  std::string title;
  UnixTime starts_at = 0;
  UnixTime ends_at = 0;
  std::string place;  // an address or room; may be empty when the event is online only
  std::string link;   // the online link (http or https); may be empty
  int sequence = 0;   // raised at every change, so calendars replace the entry they have
  UnixTime updated_at = 0;
};

std::string_view to_string(MentoringEventKind kind);
std::optional<MentoringEventKind> parse_event_kind(std::string_view text);
std::string_view to_string(MentoringDecisionKind kind);
std::string_view to_string(MentoringSide side);
std::string_view to_string(MeetingPlace place);
std::string_view to_string(MeetingHeld held);
std::optional<MeetingPlace> parse_meeting_place(std::string_view text);
std::optional<MeetingHeld> parse_meeting_held(std::string_view text);
std::string_view track_name(mentoring::Track track);
std::string_view mode_name(mentoring::MeetingMode mode);
std::optional<mentoring::Track> parse_track(std::string_view text);
std::optional<mentoring::MeetingMode> parse_mode(std::string_view text);

}  // namespace sb
