// The rules of the weekly rhythm, as pure functions: what state each week of a
// team is in (held, missed, holiday, this week, to come), the rates and the
// trend drawn from them, and the privacy floor: a team of fewer than three
// people shows no rates, so nobody's own attendance can be read from them.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "kernel/rhythm.h"
#include "modules/rhythm/core/model.h"

namespace sb {

// Teams smaller than this show counts but no rates and no trend.
inline constexpr int kPrivacyFloor = 3;
// Weeks compared for the trend, and the span of "sessions in the last weeks".
inline constexpr int kRecentWeeks = 6;
// The signal kind that makes a week "held".
inline constexpr std::string_view kSessionKind = "board_session";

// The holiday of each week ("" for none) for a region: computed once per view and region.
std::vector<std::string> holidays_by_week(const std::vector<std::string>& weeks, Region region,
                                          const std::vector<Holiday>& holidays);

// The weeks of one team from its signals (any team's signals may be passed: others are
// ignored). `this_week` is the Monday of today's week: earlier weeks are over.
std::vector<TeamWeek> team_weeks(Id team_id, const std::vector<std::string>& weeks, const std::string& this_week,
                                 const std::vector<std::string>& holiday_of_each_week,
                                 const std::vector<RhythmSignal>& signals);
std::vector<TeamWeek> team_weeks(Id team_id, const std::vector<std::string>& weeks, const std::string& this_week,
                                 Region region, const std::vector<Holiday>& holidays,
                                 const std::vector<RhythmSignal>& signals);

// A school's weeks from its teams' weeks (each the same weeks, not copied: a bestuur's
// overview has hundreds of teams): counts summed; held when every team with a school
// week held a session, partly when some did, missed when none did.
std::vector<TeamWeek> school_weeks(const std::vector<const std::vector<TeamWeek>*>& teams);

// part / whole, or nullopt when the team is under the privacy floor or there is no whole.
std::optional<double> rate(int part, int whole, int team_size);

// Held school weeks in the last kRecentWeeks weeks that count against the kRecentWeeks
// before them: rising or falling when the share moved by more than a sixth (one week), else steady;
// unknown while either span has fewer than 3 school weeks.
// A school row's weeks compare the share of its teams that held a session.
Trend trend_of(const std::vector<TeamWeek>& weeks);

// A team's rhythm in figures, as the overview shows it.
struct RhythmFigures {
  int school_weeks = 0;      // weeks that are over and not a holiday: the ones that count
  int held_weeks = 0;        // of those, weeks with a session
  int recent_weeks = 0;      // the last (at most) kRecentWeeks school weeks
  int recent_held = 0;       // of those, weeks with a session
  int missed_in_a_row = 0;   // school weeks without a session since the last one (a gap now)
  std::optional<double> session_rate;     // held_weeks / school_weeks; nullopt under the floor
  std::optional<double> attendance_rate;  // attended / (sessions × team size); nullopt under the floor
  std::optional<Trend> trend;             // nullopt under the floor
};
RhythmFigures figures_of(const std::vector<TeamWeek>& weeks, int team_size);
// A school's figures: its teams' weeks summed (sessions held per school week of a team),
// with the floor applied to all its people together.
RhythmFigures school_figures_of(const std::vector<TeamWeek>& school_weeks, int people);

// The overview's fast path: the same figures straight from each team's board sessions per week, without
// building TeamWeeks (a bestuur's overview has hundreds of teams of 52 weeks). The figures read nothing else:
// a week is held when it had a session, and only sessions bring attendance. rates_test proves both paths equal.
struct WeekFrame {
  std::vector<bool> holiday;  // per week of the view: a holiday of the school's region
  std::size_t over = 0;       // how many of the view's weeks lie before this week
};
// sessions[i], attended[i]: week i's board sessions and the people at them.
RhythmFigures team_figures(std::span<const int> sessions, std::span<const int> attended, const WeekFrame& frame,
                           int team_size);
// Each of the school's teams' sessions per week; `people` of all its teams together.
RhythmFigures school_figures(const std::vector<std::span<const int>>& teams, const WeekFrame& frame, int people);

}  // namespace sb
