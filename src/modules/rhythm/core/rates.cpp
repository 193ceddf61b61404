#include "modules/rhythm/core/rates.h"

#include <algorithm>
#include <utility>

#include "kernel/dates.h"
#include "modules/rhythm/core/calendar.h"

namespace sb {
namespace {

const std::string kSession(kSessionKind);

// A week that counts: over, and not a holiday (a session held in a holiday counts as held, not as a school week).
bool is_school_week(const TeamWeek& w) {
  return w.state == WeekState::missed || w.state == WeekState::partly || (w.state == WeekState::held && w.holiday.empty());
}

// (held, counted) of each school week that is over, newest first: a team's week is (1, 1) or (0, 1);
// a school's the number of its teams that held a session and that had a school week.
std::vector<std::pair<int, int>> school_week_counts(const std::vector<TeamWeek>& weeks) {
  std::vector<std::pair<int, int>> out;
  for (auto it = weeks.rbegin(); it != weeks.rend(); ++it) {
    if (!is_school_week(*it)) continue;
    if (it->teams_counted > 0) out.emplace_back(it->teams_held, it->teams_counted);
    else out.emplace_back(it->state == WeekState::held ? 1 : 0, 1);
  }
  return out;
}

Trend trend_of_counts(const std::vector<std::pair<int, int>>& newest_first) {
  const auto span = static_cast<std::size_t>(kRecentWeeks);
  const std::size_t recent = std::min(span, newest_first.size());
  const std::size_t before = std::min(span, newest_first.size() - recent);
  if (recent < 3 || before < 3) return Trend::unknown;
  auto share = [&](std::size_t from, std::size_t count) {
    int held = 0, counted = 0;
    for (std::size_t i = from; i < from + count; ++i) held += newest_first[i].first, counted += newest_first[i].second;
    return static_cast<double>(held) / counted;
  };
  const double now = share(0, recent);
  const double then = share(recent, before);
  // One week in six more or fewer is noise; more than that is a move.
  if (now - then > 1.0 / 6 + 1e-9) return Trend::rising;
  if (then - now > 1.0 / 6 + 1e-9) return Trend::falling;
  return Trend::steady;
}

// The counts of the figures from (held, counted) of each school week, newest first; rates and trend left to the caller.
RhythmFigures counted_figures(const std::vector<std::pair<int, int>>& counts) {
  RhythmFigures f;
  bool gap_open = true;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    f.school_weeks += counts[i].second;
    f.held_weeks += counts[i].first;
    if (i < static_cast<std::size_t>(kRecentWeeks)) {
      f.recent_weeks += counts[i].second;
      f.recent_held += counts[i].first;
    }
    if (counts[i].first > 0) gap_open = false;
    if (gap_open) ++f.missed_in_a_row;
  }
  return f;
}

// A team's figures: the counts, its rates and its trend, none of those under the floor.
RhythmFigures team_figures_from(const std::vector<std::pair<int, int>>& counts, int sessions, int attended,
                                int team_size) {
  auto f = counted_figures(counts);
  f.session_rate = rate(f.held_weeks, f.school_weeks, team_size);
  f.attendance_rate = rate(attended, sessions * team_size, team_size);
  if (f.attendance_rate) f.attendance_rate = std::min(1.0, *f.attendance_rate);  // guests (the leader) may join
  if (team_size >= kPrivacyFloor) f.trend = trend_of_counts(counts);
  return f;
}

// A school's figures: no attendance rate (its teams' sizes differ), the floor over all its people.
RhythmFigures school_figures_from(const std::vector<std::pair<int, int>>& counts, int people) {
  auto f = counted_figures(counts);
  f.session_rate = rate(f.held_weeks, f.school_weeks, people);
  if (people >= kPrivacyFloor) f.trend = trend_of_counts(counts);
  return f;
}

}  // namespace

std::vector<std::string> holidays_by_week(const std::vector<std::string>& weeks, Region region,
                                          const std::vector<Holiday>& holidays) {
  // holiday_of_week for every week, with the region's holidays' dates parsed once rather than once per week:
  // every overview request draws this for each region (a tenth of its time before).
  struct Span {
    int from;
    int to;
    const std::string* name;
  };
  std::vector<Span> spans;
  for (const auto& h : holidays) {
    if (h.region == region) spans.push_back({*parse_date(h.starts_on), *parse_date(h.ends_on), &h.name});
  }
  std::vector<std::string> out;
  out.reserve(weeks.size());
  for (const auto& monday : weeks) {
    const auto first = parse_date(monday);
    const auto found = !first ? spans.end() : std::find_if(spans.begin(), spans.end(), [&](const Span& span) {
      return week_in_holiday(*first, span.from, span.to);
    });
    out.push_back(found == spans.end() ? "" : *found->name);
  }
  return out;
}

std::vector<TeamWeek> team_weeks(Id team_id, const std::vector<std::string>& weeks, const std::string& this_week,
                                 const std::vector<std::string>& holiday_of_each_week,
                                 const std::vector<RhythmSignal>& signals) {
  std::vector<TeamWeek> out;
  out.reserve(weeks.size());
  for (std::size_t i = 0; i < weeks.size(); ++i) {
    TeamWeek w;
    w.week = weeks[i];
    w.holiday = i < holiday_of_each_week.size() ? holiday_of_each_week[i] : "";
    out.push_back(std::move(w));
  }
  for (const auto& s : signals) {
    if (s.team_id != team_id) continue;
    auto at = std::lower_bound(weeks.begin(), weeks.end(), s.week);
    if (at == weeks.end() || *at != s.week) continue;
    auto& week = out[static_cast<std::size_t>(at - weeks.begin())];
    week.counts[s.kind] += s.count;
    if (s.attended) week.attended = week.attended.value_or(0) + *s.attended;
  }
  for (auto& week : out) {
    auto it = week.counts.find(kSession);
    const bool held = it != week.counts.end() && it->second > 0;
    if (held) week.state = WeekState::held;
    else if (!week.holiday.empty()) week.state = WeekState::holiday;
    else if (week.week < this_week) week.state = WeekState::missed;
    else if (week.week == this_week) week.state = WeekState::open;
    else week.state = WeekState::future;
  }
  return out;
}

std::vector<TeamWeek> team_weeks(Id team_id, const std::vector<std::string>& weeks, const std::string& this_week,
                                 Region region, const std::vector<Holiday>& holidays,
                                 const std::vector<RhythmSignal>& signals) {
  return team_weeks(team_id, weeks, this_week, holidays_by_week(weeks, region, holidays), signals);
}

std::vector<TeamWeek> school_weeks(const std::vector<const std::vector<TeamWeek>*>& teams) {
  if (teams.empty()) return {};
  const auto& first = *teams.front();
  std::vector<TeamWeek> out;
  out.reserve(first.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    TeamWeek w;
    w.week = first[i].week;
    w.holiday = first[i].holiday;
    WeekState fallback = first[i].state == WeekState::held ? WeekState::future : first[i].state;
    for (const auto* team : teams) {
      const auto& t = (*team)[i];
      for (const auto& [kind, count] : t.counts) w.counts[kind] += count;
      if (t.attended) w.attended = w.attended.value_or(0) + *t.attended;
      if (is_school_week(t)) {
        ++w.teams_counted;
        if (t.state == WeekState::held) ++w.teams_held;
      } else if (t.state == WeekState::held) {
        ++w.teams_held;  // held in a holiday: shown, not counted
      }
    }
    if (w.teams_counted == 0) w.state = w.teams_held > 0 ? WeekState::held : fallback;
    else if (w.teams_held >= w.teams_counted) w.state = WeekState::held;
    else if (w.teams_held == 0) w.state = WeekState::missed;
    else w.state = WeekState::partly;
    if (w.teams_counted > 0) w.teams_held = std::min(w.teams_held, w.teams_counted);
    out.push_back(std::move(w));
  }
  return out;
}

std::optional<double> rate(int part, int whole, int team_size) {
  if (team_size < kPrivacyFloor || whole <= 0) return std::nullopt;
  return static_cast<double>(part) / whole;
}

Trend trend_of(const std::vector<TeamWeek>& weeks) { return trend_of_counts(school_week_counts(weeks)); }

RhythmFigures figures_of(const std::vector<TeamWeek>& weeks, int team_size) {
  int sessions = 0, attended = 0;
  for (const auto& w : weeks) {
    if (w.state != WeekState::held && w.state != WeekState::partly) continue;
    auto it = w.counts.find(kSession);
    sessions += it == w.counts.end() ? 0 : it->second;
    attended += w.attended.value_or(0);
  }
  return team_figures_from(school_week_counts(weeks), sessions, attended, team_size);
}

RhythmFigures school_figures_of(const std::vector<TeamWeek>& weeks, int people) {
  return school_figures_from(school_week_counts(weeks), people);
}

RhythmFigures team_figures(std::span<const int> sessions, std::span<const int> attended, const WeekFrame& frame,
                           int team_size) {
  std::vector<std::pair<int, int>> counts;  // newest first, as school_week_counts
  int all_sessions = 0, all_attended = 0;
  for (std::size_t i = sessions.size(); i-- > 0;) {
    const bool held = sessions[i] > 0;
    if (held) all_sessions += sessions[i], all_attended += attended[i];  // held in a holiday counts here too
    if (!frame.holiday[i] && (held || i < frame.over)) counts.emplace_back(held ? 1 : 0, 1);
  }
  return team_figures_from(counts, all_sessions, all_attended, team_size);
}

RhythmFigures school_figures(const std::vector<std::span<const int>>& teams, const WeekFrame& frame, int people) {
  std::vector<std::pair<int, int>> counts;
  const std::size_t weeks = teams.empty() ? 0 : teams.front().size();
  for (std::size_t i = weeks; i-- > 0;) {
    if (frame.holiday[i]) continue;  // held in a holiday: shown, never counted
    int held = 0;
    for (const auto& team : teams) held += team[i] > 0 ? 1 : 0;
    // A week that is over counts for every team; this week and later ones only for the teams that held one.
    const int counted = i < frame.over ? static_cast<int>(teams.size()) : held;
    if (counted > 0) counts.emplace_back(held, counted);
  }
  return school_figures_from(counts, people);
}

}  // namespace sb
