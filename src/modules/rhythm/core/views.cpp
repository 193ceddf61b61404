#include "modules/rhythm/core/views.h"

#include <algorithm>
#include <span>
#include <unordered_map>

#include "kernel/dates.h"
#include "modules/board/core/store.h"
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/core/store.h"
#include "modules/rhythm/core/calendar.h"
#include "modules/rhythm/core/rhythm_state.h"
#include "modules/rhythm/core/store.h"
#include "modules/rhythm/core/team_facts.h"

namespace sb {
namespace {

struct TeamRef {
  Team team;
  const School* school = nullptr;
  int people = 0;
  std::int64_t data_version = 0;
};

// The teams of these schools with how many teachers each has, school by school in the order given, each
// school's teams by name: one query for all the schools (rhythm store, list_team_sizes).
std::vector<TeamRef> teams_of(ReadTx& tx, const std::vector<School>& schools) {
  std::vector<Id> school_ids;
  for (const auto& school : schools) school_ids.push_back(school.id);
  auto sizes = schools.empty() ? std::vector<TeamSize>{} : rhythm(tx).list_team_sizes(school_ids);
  std::unordered_map<Id, std::vector<TeamSize*>> by_school;
  for (auto& size : sizes) by_school[size.school_id].push_back(&size);
  std::vector<TeamRef> out;
  out.reserve(sizes.size());
  for (const auto& school : schools) {
    auto& teams = by_school[school.id];
    std::sort(teams.begin(), teams.end(), [](const TeamSize* a, const TeamSize* b) { return a->name < b->name; });
    for (auto* t : teams) {
      out.push_back({Team{t->team_id, t->school_id, std::move(t->name)}, &school, t->teachers, t->data_version});
    }
  }
  return out;
}

struct Window {
  std::string school_year;
  std::vector<std::string> weeks;
  std::string this_week;
};

Window window_of(Services& s, const std::string& school_year) {
  return {school_year, weeks_of_school_year(school_year), monday_of(amsterdam_date(s.clock.now()))};
}

// Every registered source's signals for the teams over the window, grouped by team.
Result<std::unordered_map<Id, std::vector<RhythmSignal>>> signals_of(Services& s, ReadTx& tx, const std::vector<TeamRef>& teams,
                                                                      const Window& window) {
  std::unordered_map<Id, std::vector<RhythmSignal>> by_team;
  if (teams.empty() || window.weeks.empty()) return by_team;
  RhythmQuery query{{}, window.weeks.front(), window.weeks.back()};
  for (const auto& t : teams) query.team_ids.push_back(t.team.id);
  for (const auto& source : rhythm_state(s).sources) {
    SB_TRY(signals, source.signals(tx, query));
    for (auto& signal : signals) by_team[signal.team_id].push_back(std::move(signal));
  }
  return by_team;
}

std::vector<std::string> kinds_of(Services& s) {
  std::vector<std::string> out;
  for (const auto& source : rhythm_state(s).sources) {
    for (auto kind : source.kinds) out.emplace_back(kind);
  }
  return out;
}

// The rows of these teams, each over the window, with the holidays of its school's region.
Result<std::vector<HeatmapRow>> team_rows(Services& s, ReadTx& tx, const std::vector<TeamRef>& teams, const Window& window) {
  SB_TRY(signals, signals_of(s, tx, teams, window));
  const auto holidays = known_holidays(tx);
  std::unordered_map<int, std::vector<std::string>> holiday_weeks;  // per region, computed once
  std::vector<HeatmapRow> rows;
  static const std::vector<RhythmSignal> kNone;
  for (const auto& t : teams) {
    const int region = static_cast<int>(t.school->region);
    if (!holiday_weeks.contains(region)) holiday_weeks[region] = holidays_by_week(window.weeks, t.school->region, holidays);
    auto found = signals.find(t.team.id);
    HeatmapRow row;
    row.id = t.team.id;
    row.name = t.team.name;
    row.school_id = t.school->id;
    row.people = t.people;
    row.weeks = team_weeks(t.team.id, window.weeks, window.this_week, holiday_weeks[region],
                           found == signals.end() ? kNone : found->second);
    row.figures = figures_of(row.weeks, t.people);
    rows.push_back(std::move(row));
  }
  return rows;
}

// One row per school from its teams' rows.
std::vector<HeatmapRow> school_rows(const std::vector<School>& schools, const std::vector<HeatmapRow>& teams) {
  std::vector<HeatmapRow> out;
  for (const auto& school : schools) {
    HeatmapRow row;
    row.id = school.id;
    row.name = school.name;
    row.school_id = school.id;
    row.teams = 0;
    row.is_school = true;
    std::vector<const std::vector<TeamWeek>*> weeks;
    for (const auto& team : teams) {
      if (team.school_id != school.id) continue;
      weeks.push_back(&team.weeks);
      row.people += team.people;
      ++row.teams;
    }
    row.weeks = school_weeks(weeks);
    row.figures = school_figures_of(row.weeks, row.people);
    out.push_back(std::move(row));
  }
  return out;
}

Result<std::vector<School>> schools_of_bestuur(ReadTx& tx, const Principal& who, Id bestuur_id) {
  SB_TRY(scope, scope_of_bestuur(tx, bestuur_id));
  SB_CHECK(authorize(who, Action::view_rhythm, scope));
  auto schools = organisation(tx).list_schools_of_bestuur(bestuur_id);
  return schools;
}

Result<std::vector<School>> the_school(ReadTx& tx, const Principal& who, Id school_id) {
  SB_TRY(scope, scope_of_school(tx, school_id));
  SB_CHECK(authorize(who, Action::view_rhythm, scope));
  return std::vector<School>{*organisation(tx).find_school(school_id)};
}

Result<Heatmap> heatmap_of(Services& s, const std::optional<std::string>& year,
                           const std::function<Result<std::vector<School>>(ReadTx&)>& schools_to_show,
                           const std::function<bool(const TeamRef&)>& keep_team, bool one_row_per_school) {
  SB_TRY(school_year, school_year_or_today(s, year));
  const auto window = window_of(s, school_year);
  return read_value<Heatmap>(s.store, [&](ReadTx& tx) -> Result<Heatmap> {
    SB_TRY(schools, schools_to_show(tx));
    auto teams = teams_of(tx, schools);
    std::erase_if(teams, [&](const TeamRef& t) { return !keep_team(t); });
    SB_TRY(rows, team_rows(s, tx, teams, window));
    Heatmap map{window.school_year, window.this_week, window.weeks, kinds_of(s), {}};
    map.rows = one_row_per_school ? school_rows(schools, rows) : std::move(rows);
    return map;
  });
}

int days_between(UnixTime from, UnixTime to) { return static_cast<int>(std::max<UnixTime>(0, to - from) / 86400); }

// What the overview shows of each team (team_facts.h), in the order of `teams`: the kept facts of the teams whose
// data version has not moved, the others read from the board's store — sessions per week, verdicts, obstacles: one
// query each for all of them — and kept. The versions came with the teams (teams_of), read before these.
// Only the board's sessions: asking every registered source would count measurements, lessons and rounds the
// overview never shows; a week is held by its sessions, and only sessions bring attendance.
std::vector<std::shared_ptr<const TeamFacts>> facts_of(Services& s, ReadTx& tx, const std::vector<TeamRef>& teams,
                                                       const Window& window) {
  auto& cache = rhythm_state(s).team_facts;
  std::vector<std::pair<Id, std::int64_t>> versions;
  versions.reserve(teams.size());
  for (const auto& t : teams) versions.emplace_back(t.team.id, t.data_version);
  auto facts = cache.find(window.school_year, versions);
  std::unordered_map<Id, std::shared_ptr<TeamFacts>> read;
  RhythmQuery query{{}, window.weeks.empty() ? "" : window.weeks.front(), window.weeks.empty() ? "" : window.weeks.back()};
  for (std::size_t i = 0; i < teams.size(); ++i) {
    if (facts[i]) continue;
    auto fresh = std::make_shared<TeamFacts>();
    fresh->version = teams[i].data_version;
    fresh->sessions.assign(window.weeks.size(), 0);
    fresh->attended.assign(window.weeks.size(), 0);
    fresh->verdicts.team_id = fresh->obstacles.team_id = teams[i].team.id;
    read.emplace(teams[i].team.id, fresh);
    query.team_ids.push_back(teams[i].team.id);
  }
  if (read.empty()) return facts;
  if (!window.weeks.empty()) {
    for (const auto& signal : board(tx).count_sessions_by_week(query)) {
      const auto team = read.find(signal.team_id);
      const auto at = std::lower_bound(window.weeks.begin(), window.weeks.end(), signal.week);
      if (team == read.end() || at == window.weeks.end() || *at != signal.week) continue;
      const auto week = static_cast<std::size_t>(at - window.weeks.begin());
      team->second->sessions[week] += signal.count;
      team->second->attended[week] += signal.attended.value_or(0);
    }
  }
  for (auto& v : board(tx).count_goal_verdicts(query.team_ids)) {
    if (auto team = read.find(v.team_id); team != read.end()) team->second->verdicts = v;
  }
  for (auto& o : board(tx).count_leadership_obstacles(query.team_ids)) {
    if (auto team = read.find(o.team_id); team != read.end()) team->second->obstacles = o;
  }
  std::vector<std::pair<Id, std::shared_ptr<const TeamFacts>>> fresh;
  fresh.reserve(read.size());
  for (std::size_t i = 0; i < teams.size(); ++i) {
    if (facts[i]) continue;
    facts[i] = read.at(teams[i].team.id);
    fresh.emplace_back(teams[i].team.id, facts[i]);
  }
  cache.keep(window.school_year, fresh);
  return facts;
}

WeekFrame frame_of(const Window& window, Region region, const std::vector<Holiday>& holidays) {
  WeekFrame frame;
  for (const auto& holiday : holidays_by_week(window.weeks, region, holidays)) frame.holiday.push_back(!holiday.empty());
  frame.over = static_cast<std::size_t>(std::lower_bound(window.weeks.begin(), window.weeks.end(), window.this_week) -
                                        window.weeks.begin());
  return frame;
}

// The overview draws its figures from each team's facts (team_figures, school_figures): the same figures the
// heatmap draws from its rows, without building a TeamWeek per team and week; the facts of a team whose data
// version stands come from the process's cache (facts_of).
Result<Overview> overview_of(Services& s, const std::optional<std::string>& year,
                             const std::function<Result<std::vector<School>>(ReadTx&)>& schools_to_show) {
  SB_TRY(school_year, school_year_or_today(s, year));
  const auto window = window_of(s, school_year);
  const auto now = s.clock.now();
  return read_value<Overview>(s.store, [&](ReadTx& tx) -> Result<Overview> {
    SB_TRY(schools, schools_to_show(tx));
    const auto teams = teams_of(tx, schools);
    const auto facts = facts_of(s, tx, teams, window);
    const auto holidays = known_holidays(tx);
    std::unordered_map<int, WeekFrame> frames;  // per region, computed once
    Overview overview{window.school_year, window.this_week, {}};
    overview.schools.reserve(schools.size());
    std::size_t t = 0;  // teams_of lists the teams school by school
    for (const auto& info : schools) {
      const int region = static_cast<int>(info.region);
      if (!frames.contains(region)) frames.emplace(region, frame_of(window, info.region, holidays));
      const auto& frame = frames.at(region);
      OverviewSchool school{info.id, info.name, info.region, {}, {}};
      school.total.team_id = 0;
      school.total.name = info.name;
      std::vector<std::span<const int>> sessions;
      for (; t < teams.size() && teams[t].school == &info; ++t) {
        OverviewTeam team;
        team.team_id = teams[t].team.id;
        team.name = teams[t].team.name;
        team.people = teams[t].people;
        const auto& f = *facts[t];
        team.figures = team_figures(f.sessions, f.attended, frame, team.people);
        team.goals_reached = f.verdicts.reached;
        team.goals_partly = f.verdicts.partly;
        team.goals_judged = f.verdicts.total;
        if (f.obstacles.count > 0) {
          team.open_obstacles = f.obstacles.count;
          team.oldest_obstacle_days = days_between(f.obstacles.oldest_since, now);
        }
        school.total.people += team.people;
        school.total.goals_reached += team.goals_reached;
        school.total.goals_partly += team.goals_partly;
        school.total.goals_judged += team.goals_judged;
        school.total.open_obstacles += team.open_obstacles;
        if (team.oldest_obstacle_days) {
          school.total.oldest_obstacle_days = std::max(school.total.oldest_obstacle_days.value_or(0), *team.oldest_obstacle_days);
        }
        sessions.push_back(f.sessions);
        school.teams.push_back(std::move(team));
      }
      school.total.figures = school_figures(sessions, frame, school.total.people);
      overview.schools.push_back(std::move(school));
    }
    return overview;
  });
}

}  // namespace

std::vector<Holiday> known_holidays(ReadTx& tx) {
  auto all = builtin_holidays();
  auto added = rhythm(tx).list_added_holidays();
  all.insert(all.end(), added.begin(), added.end());
  return all;
}

std::vector<HolidayWeek> holiday_weeks_of_school(ReadTx& tx, Id school_id, const std::string& from, const std::string& to) {
  const auto school = organisation(tx).find_school(school_id);
  if (!school) return {};
  return holiday_weeks_between(from, to, school->region, known_holidays(tx));
}

Result<std::string> school_year_or_today(Services& s, const std::optional<std::string>& asked) {
  if (asked) return check_school_year("school_year", *asked);
  return school_year_of(amsterdam_date(s.clock.now()));
}

Result<Heatmap> school_heatmap(Services& s, const Principal& who, Id school_id, const std::optional<std::string>& year) {
  return heatmap_of(
      s, year, [&](ReadTx& tx) { return the_school(tx, who, school_id); }, [](const TeamRef&) { return true; }, false);
}

Result<Heatmap> bestuur_heatmap(Services& s, const Principal& who, Id bestuur_id, const std::optional<std::string>& year) {
  return heatmap_of(
      s, year, [&](ReadTx& tx) { return schools_of_bestuur(tx, who, bestuur_id); }, [](const TeamRef&) { return true; },
      true);
}

Result<Heatmap> team_heatmap(Services& s, const Principal& who, Id team_id, const std::optional<std::string>& year) {
  return heatmap_of(
      s, year,
      [&](ReadTx& tx) -> Result<std::vector<School>> {
        SB_TRY(scope, scope_of_team(tx, team_id));
        SB_CHECK(authorize(who, Action::view_board, scope));
        return std::vector<School>{*organisation(tx).find_school(*scope.school_id)};
      },
      [&](const TeamRef& t) { return t.team.id == team_id; }, false);
}

Result<WeekDetail> team_week(Services& s, const Principal& who, Id team_id, std::string_view week_text) {
  SB_TRY(week, check_week("week", week_text));
  return read_value<WeekDetail>(s.store, [&](ReadTx& tx) -> Result<WeekDetail> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    const std::vector<School> schools{*organisation(tx).find_school(*scope.school_id)};
    auto teams = teams_of(tx, schools);
    std::erase_if(teams, [&](const TeamRef& t) { return t.team.id != team_id; });
    const Window window{school_year_of(week), {week}, monday_of(amsterdam_date(s.clock.now()))};
    SB_TRY(rows, team_rows(s, tx, teams, window));
    WeekDetail detail;
    detail.team_id = team_id;
    detail.team_name = teams.front().team.name;
    detail.school_name = schools.front().name;
    detail.people = teams.front().people;
    detail.week = rows.front().weeks.front();
    const auto sessions = detail.week.counts.find(std::string(kSessionKind));
    if (sessions != detail.week.counts.end() && detail.week.attended) {
      detail.attendance_rate = rate(*detail.week.attended, sessions->second * detail.people, detail.people);
      if (detail.attendance_rate) detail.attendance_rate = std::min(1.0, *detail.attendance_rate);
    }
    return detail;
  });
}

Result<Overview> school_overview(Services& s, const Principal& who, Id school_id, const std::optional<std::string>& year) {
  return overview_of(s, year, [&](ReadTx& tx) { return the_school(tx, who, school_id); });
}

Result<Overview> bestuur_overview(Services& s, const Principal& who, Id bestuur_id, const std::optional<std::string>& year) {
  return overview_of(s, year, [&](ReadTx& tx) { return schools_of_bestuur(tx, who, bestuur_id); });
}

}  // namespace sb
