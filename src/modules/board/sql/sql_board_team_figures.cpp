// The board's figures for many teams at once (core/team_figures.h, the rhythm
// signals): one query per kind, the team ids passed as one JSON array so the
// statement is the same whatever the number of teams.
#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>

#include "kernel/dates.h"
#include "modules/board/sql/sql_board_store.h"
#include "storage/sql/rhythm_rows.h"

namespace sb::sql {
namespace {

std::string id_array(const std::vector<Id>& ids) {
  return json_id_array(ids);
}

}  // namespace

// Rows come back ungrouped and are counted here into a flat team × week grid: grouping in SQL (a date() per
// row and a temporary B-tree) cost five times the scan itself for a bestuur's school year, and a std::map per
// team-week most of what remained (bench/rhythm). The people present are counted from the text here too:
// length(replace(...)) per row in SQL cost more than the scan.
std::vector<RhythmSignal> SqlBoardStore::count_sessions_by_week(const RhythmQuery& query) {
  const auto first = parse_date(query.from_week);
  const auto last = parse_date(query.to_week);
  if (!first || !last || *last < *first) return {};
  const std::int64_t from = std::int64_t{*first} * 86400;
  const auto weeks = static_cast<std::size_t>((*last - *first) / 7 + 1);
  auto teams = query.team_ids;
  std::sort(teams.begin(), teams.end());
  teams.erase(std::unique(teams.begin(), teams.end()), teams.end());
  std::unordered_map<Id, std::size_t> place;
  for (std::size_t i = 0; i < teams.size(); ++i) place.emplace(teams[i], i);
  auto q = db_.prepare(
      "SELECT team_id, started_at, attendance FROM board_sessions "
      "WHERE team_id IN (SELECT value FROM json_each(?)) AND started_at >= ? AND started_at < ? "
      "  AND closed_at IS NOT NULL");
  q.bind(1, id_array(query.team_ids)).bind(2, from).bind(3, (std::int64_t{*last} + 7) * 86400);
  std::vector<std::pair<int, int>> grid(teams.size() * weeks);  // (sessions, attendees) per team and week
  while (q.step()) {
    const auto team = place.find(q.integer(0));
    const auto week = static_cast<std::size_t>((q.integer(1) - from) / (7 * 86400));
    if (team == place.end() || week >= weeks) continue;
    const auto attendance = q.text(2);
    auto& cell = grid[team->second * weeks + week];
    cell.first += 1;
    cell.second += attendance.empty() ? 0 : 1 + static_cast<int>(std::count(attendance.begin(), attendance.end(), ','));
  }
  std::vector<std::string> mondays;  // each week's Monday, written once
  for (std::size_t w = 0; w < weeks; ++w) mondays.push_back(format_date(*first + static_cast<int>(w) * 7));
  std::vector<RhythmSignal> out;
  for (std::size_t t = 0; t < teams.size(); ++t) {
    for (std::size_t w = 0; w < weeks; ++w) {
      const auto& cell = grid[t * weeks + w];
      if (cell.first > 0) out.push_back({teams[t], mondays[w], "board_session", cell.first, cell.second});
    }
  }
  return out;
}

std::vector<RhythmSignal> SqlBoardStore::count_measurements_by_week(const RhythmQuery& query) {
  auto q = db_.prepare(
      "SELECT g.team_id, m.week FROM goals g JOIN measurements m ON m.goal_id = g.id "
      "WHERE g.team_id IN (SELECT value FROM json_each(?)) AND m.week >= ? AND m.week <= ?");
  q.bind(1, id_array(query.team_ids)).bind(2, query.from_week).bind(3, query.to_week);
  std::map<std::pair<Id, std::string>, int> weeks;
  while (q.step()) ++weeks[{q.integer(0), q.text(1)}];
  std::vector<RhythmSignal> out;
  for (const auto& [key, count] : weeks) out.push_back({key.first, key.second, "measurement", count, {}});
  return out;
}

std::vector<TeamGoalVerdicts> SqlBoardStore::count_goal_verdicts(const std::vector<Id>& team_ids) {
  auto q = db_.prepare(
      "SELECT c.team_id, COUNT(CASE WHEN r.reached = 'yes' THEN 1 END), COUNT(CASE WHEN r.reached = 'partly' THEN 1 "
      "END), COUNT(*) "
      "FROM cycle_goal_results r JOIN cycles c ON c.id = r.cycle_id "
      "WHERE c.team_id IN (SELECT value FROM json_each(?)) GROUP BY c.team_id ORDER BY c.team_id");
  q.bind(1, id_array(team_ids));
  std::vector<TeamGoalVerdicts> out;
  while (q.step()) {
    out.push_back(
        {q.integer(0), static_cast<int>(q.integer(1)), static_cast<int>(q.integer(2)), static_cast<int>(q.integer(3))});
  }
  return out;
}

std::vector<TeamOpenObstacles> SqlBoardStore::count_leadership_obstacles(const std::vector<Id>& team_ids) {
  auto q = db_.prepare(
      "SELECT team_id, COUNT(*), MIN(status_changed_at) FROM board_items "
      "WHERE team_id IN (SELECT value FROM json_each(?)) AND kind = 'obstacle' "
      "  AND status IN ('leadership', 'answered', 'taken_on') "
      "GROUP BY team_id ORDER BY team_id");
  q.bind(1, id_array(team_ids));
  std::vector<TeamOpenObstacles> out;
  while (q.step()) out.push_back({q.integer(0), static_cast<int>(q.integer(1)), q.integer(2)});
  return out;
}

}  // namespace sb::sql
