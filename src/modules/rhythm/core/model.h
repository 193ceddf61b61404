// The rhythm module's entities: school holidays per region (the dataset in
// the repository and those staff add), a bestuur's strategic goals and the
// link from a school's ambition to one, and the week-by-week rhythm of a team
// as the views show it.
// Thread-safety: plain values.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kernel/model.h"
#include "modules/organisation/core/model.h"

namespace sb {

// A school holiday of one region, dates inclusive (YYYY-MM-DD).
struct Holiday {
  Id id = 0;  // 0 for the dataset's own; staff's have a stored id
  Region region = Region::midden;
  std::string school_year;  // "2026-2027"
  std::string name;         // "herfstvakantie", or what staff call it
  std::string starts_on;
  std::string ends_on;
  std::string checked;      // the dataset's: rijksoverheid, secondary, unverified; "staff" for stored ones
};

// A goal a bestuur sets for its schools; a school links its ambitions to it.
struct StrategicGoal {
  Id id = 0;
  Id bestuur_id = 0;
  std::string school_year;
  std::string title;
  std::string description;
  std::int64_t version = 1;
};

// How one week went for one team.
enum class WeekState {
  held,     // a board session was held (a school row: by every team that had a school week)
  partly,   // a school row: some of its teams held one, some missed
  missed,   // a school week that is over, without a session
  holiday,  // the region's school holiday: never counts as missed
  open,     // this week, not over yet and no session so far
  future,   // still to come
};

// One team's week in the heatmap: the state, and every signal counted by kind.
struct TeamWeek {
  std::string week;  // its Monday
  WeekState state = WeekState::future;
  std::string holiday;  // the holiday's name when state is holiday (or a session was held in one)
  std::map<std::string, int> counts;  // kind -> count, e.g. board_session -> 1, measurement -> 3
  std::optional<int> attended;        // people at the week's board sessions
  // A school row's week: of its teams with a school week (held or missed), how many held a session.
  int teams_held = 0;
  int teams_counted = 0;
};

// A team as the views above the team show it: its name and how many teachers it has.
struct TeamSize {
  Id team_id = 0;
  Id school_id = 0;
  std::string name;
  int teachers = 0;
  std::int64_t data_version = 0;  // kernel/ports/team_versions.h; 0 before the team's first counted write
};

enum class Trend { rising, steady, falling, unknown };
// How a goal moves between its last two measurements, towards its target or away (progress_of, cascade.h).
enum class GoalProgress { improving, worsening, flat, unknown };

std::string_view to_string(WeekState state);
std::string_view to_string(Trend trend);
std::string_view to_string(GoalProgress progress);

}  // namespace sb
