// Use cases of a published pair: its page, planning and logging its three
// meetings of two hours between December and March, turning what the pair
// agreed to try into an action on the mentee's own team board, the reminder
// when a meeting is not planned in time, the meetings (and the round's
// events, events.h) in the pair's calendar feed, and staff's on-track overview per pair and month.
//
// Only the pair's mentor and mentee see and change the pair (the personal
// scope in kernel/policy); programme staff see it.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "kernel/calendar.h"
#include "kernel/jobs.h"
#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/mentoring/core/programme_model.h"

namespace sb {

struct MentoringPairView {
  MentoringPair pair;
  std::vector<MentoringMeeting> meetings;  // always three, numbered 1..3
  std::vector<std::string> guides;         // the conversation guide per meeting
  bool mine_as_mentor = false;
  bool mine_as_mentee = false;
  std::string season;  // the first day of the pair's programme months, "YYYY-12-01"
  std::vector<MentoringEvent> events;  // the round's own events (events.h)
};

Result<std::vector<MentoringPair>> my_mentoring_pairs(Services& s, const Principal& who);
Result<MentoringPairView> view_mentoring_pair(Services& s, const Principal& who, Id pair_id);

struct MeetingPlan {
  std::string date;  // YYYY-MM-DD, Europe/Amsterdam, December to March of the pair's season
  std::string time;  // HH:MM
  std::string place; // company, school, online
};
Result<MentoringMeeting> plan_mentoring_meeting(Services& s, const Principal& who, Id pair_id, int number,
                                                const MeetingPlan& plan);

struct MeetingLog {
  std::string held;        // yes or no
  std::string log;         // one line, at most 200 characters
  std::string experiment;  // what they agreed to try; at most 500
};
Result<MentoringMeeting> log_mentoring_meeting(Services& s, const Principal& who, Id pair_id, int number,
                                               const MeetingLog& input);

// The mentee puts the meeting's experiment on a team board of their own school, as an action linked to the pair.
Result<MentoringMeeting> experiment_to_board(Services& s, const Principal& who, Id pair_id, int number, Id team_id);

// Staff edit the conversation guides.
Result<std::vector<std::string>> mentoring_guides(Services& s, const Principal& who);
Result<void> set_mentoring_guide(Services& s, const Principal& who, int number, std::string_view text);

// On track: per pair and programme month (Dec, Jan, Feb, Mar) the meetings planned and held.
struct MentoringTrackRow {
  MentoringPair pair;
  std::array<int, 4> planned{};  // by the month of the meeting's date
  std::array<int, 4> held{};
  int expected_held = 0;  // by today: 1 after December, 2 after February, 3 after March
  int held_total = 0;
  bool behind = false;    // held fewer than expected, or a meeting not planned by its deadline
};
Result<std::vector<MentoringTrackRow>> mentoring_on_track(Services& s, const Principal& who);

// A time of day typed as HH:MM, in minutes after midnight; invalid naming `field`, reason not_a_time.
Result<int> read_time_of_day(std::string_view field, std::string_view text);

// The deadline to plan meeting `number` in a season starting `season` (YYYY-12-01): 1 Dec, 1 Jan, 1 Feb.
UnixTime planning_deadline(std::string_view season, int number);
// The season of a run published at `published_at`: the December on or after it (Jan-May: the one before).
std::string season_of(UnixTime published_at);

PeriodicJob mentoring_reminder_job();
CalendarSource mentoring_calendar_source();

}  // namespace sb
