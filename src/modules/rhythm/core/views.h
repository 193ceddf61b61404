// The rhythm as people above the team see it, one use case per view: the
// heatmap of a school's teams or a bestuur's schools over a school year, one
// team's row (its own members see it), a week's detail, and the overview for
// school leaders and boards. Access goes through the policy: view_rhythm for a
// school or a bestuur, view_board for one team. Only counts and aggregates
// leave a team; a team under the privacy floor shows no rates (rates.h).
// Reads are set-based: one query per signal kind for all the teams of a view.
// Thread-safety: as the Services they are given.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/policy.h"
#include "kernel/school_calendar.h"
#include "kernel/services.h"
#include "modules/rhythm/core/model.h"
#include "modules/rhythm/core/rates.h"

namespace sb {

// One row of a heatmap: a team (of a school's view) or a school (of a bestuur's view).
struct HeatmapRow {
  Id id = 0;
  std::string name;
  Id school_id = 0;
  int people = 0;  // a team's members; a school's members of all its teams
  int teams = 1;   // a school row: how many teams it sums
  bool is_school = false;
  std::vector<TeamWeek> weeks;  // a school row: counts summed, state held/partly/missed by its teams' weeks
  RhythmFigures figures;
};

struct Heatmap {
  std::string school_year;
  std::string this_week;
  std::vector<std::string> weeks;
  std::vector<std::string> kinds;  // every registered source's kinds, in registration order
  std::vector<HeatmapRow> rows;
};

// The school year to show: the one asked for (checked), else the one of today.
Result<std::string> school_year_or_today(Services& s, const std::optional<std::string>& asked);

Result<Heatmap> school_heatmap(Services& s, const Principal& who, Id school_id, const std::optional<std::string>& year);
Result<Heatmap> bestuur_heatmap(Services& s, const Principal& who, Id bestuur_id, const std::optional<std::string>& year);
Result<Heatmap> team_heatmap(Services& s, const Principal& who, Id team_id, const std::optional<std::string>& year);

// One team's week: its state, the holiday, every signal counted, the attendance
// (none under the privacy floor) and the cycle's planned end moved past holidays.
struct WeekDetail {
  Id team_id = 0;
  std::string team_name;
  std::string school_name;
  int people = 0;
  TeamWeek week;
  std::optional<double> attendance_rate;
};
Result<WeekDetail> team_week(Services& s, const Principal& who, Id team_id, std::string_view week);

// The overview: per school and team, goals reached in closed cycles, sessions
// in the last six school weeks, obstacles with the leadership and how long the
// oldest has waited, and the rhythm's rate and trend.
struct OverviewTeam {
  Id team_id = 0;
  std::string name;
  int people = 0;
  int goals_reached = 0;
  int goals_partly = 0;
  int goals_judged = 0;
  int open_obstacles = 0;
  std::optional<int> oldest_obstacle_days;
  RhythmFigures figures;
};
struct OverviewSchool {
  Id school_id = 0;
  std::string name;
  Region region = Region::midden;
  std::vector<OverviewTeam> teams;
  OverviewTeam total;  // the school's sums; its rates over all its teams' weeks
};
struct Overview {
  std::string school_year;
  std::string this_week;
  std::vector<OverviewSchool> schools;
};
Result<Overview> school_overview(Services& s, const Principal& who, Id school_id, const std::optional<std::string>& year);
Result<Overview> bestuur_overview(Services& s, const Principal& who, Id bestuur_id, const std::optional<std::string>& year);

// Every holiday the rhythm knows: the dataset's and those staff added.
std::vector<Holiday> known_holidays(ReadTx& tx);
// The holiday weeks of a school's region from `from` to `to`: the rhythm module's SchoolCalendar.
std::vector<HolidayWeek> holiday_weeks_of_school(ReadTx& tx, Id school_id, const std::string& from, const std::string& to);

}  // namespace sb
