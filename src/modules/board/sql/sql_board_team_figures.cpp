// The board's figures for many teams at once (core/team_figures.h, the rhythm
// signals): one query per kind, the team ids passed as one JSON array so the
// statement is the same whatever the number of teams.
#include <algorithm>
#include <optional>
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

// A query's teams × weeks, counted flat: rows are added by team id and week index, and come out as signals
// ordered by team and week, only for the cells that counted something. A std::map per team-week was most of
// what the counting cost (bench/rhythm).
class WeekGrid {
 public:
  explicit WeekGrid(const RhythmQuery& query) {
    const auto first = parse_date(query.from_week);
    const auto last = parse_date(query.to_week);
    if (!first || !last || *last < *first) return;
    first_ = *first;
    weeks_ = static_cast<std::size_t>((*last - *first) / 7 + 1);
    teams_ = query.team_ids;
    std::sort(teams_.begin(), teams_.end());
    teams_.erase(std::unique(teams_.begin(), teams_.end()), teams_.end());
    for (std::size_t i = 0; i < teams_.size(); ++i) place_.emplace(teams_[i], i);
    cells_.resize(teams_.size() * weeks_);
  }
  bool empty() const { return weeks_ == 0; }
  // The first Monday 00:00 UTC, and the end of the last week.
  std::int64_t from() const { return std::int64_t{first_} * 86400; }
  std::int64_t to() const { return from() + static_cast<std::int64_t>(weeks_) * 7 * 86400; }
  // The week of a moment of the range, or of a Monday's date.
  std::optional<std::size_t> week_of_moment(std::int64_t at) const {
    if (at < from() || at >= to()) return std::nullopt;
    return static_cast<std::size_t>((at - from()) / (7 * 86400));
  }
  std::optional<std::size_t> week_of_monday(const std::string& monday) const {
    const auto day = parse_date(monday);
    if (!day || *day < first_ || (*day - first_) % 7 != 0) return std::nullopt;
    return week_of_moment(std::int64_t{*day} * 86400);
  }
  void add(Id team, std::optional<std::size_t> week, int attended) {
    const auto at = place_.find(team);
    if (at == place_.end() || !week) return;
    auto& cell = cells_[at->second * weeks_ + *week];
    cell.count += 1;
    cell.attended += attended;
  }
  std::vector<RhythmSignal> signals(std::string_view kind, bool with_attendance) const {
    std::vector<std::string> mondays;  // each week's Monday, written once
    for (std::size_t w = 0; w < weeks_; ++w) mondays.push_back(format_date(first_ + static_cast<int>(w) * 7));
    std::vector<RhythmSignal> out;
    out.reserve(static_cast<std::size_t>(
        std::count_if(cells_.begin(), cells_.end(), [](const Cell& cell) { return cell.count > 0; })));
    for (std::size_t t = 0; t < teams_.size(); ++t) {
      for (std::size_t w = 0; w < weeks_; ++w) {
        const auto& cell = cells_[t * weeks_ + w];
        if (cell.count == 0) continue;
        out.push_back({teams_[t], mondays[w], std::string(kind), cell.count,
                       with_attendance ? std::optional<int>(cell.attended) : std::nullopt});
      }
    }
    return out;
  }

 private:
  struct Cell {
    int count = 0;
    int attended = 0;
  };
  int first_ = 0;
  std::size_t weeks_ = 0;
  std::vector<Id> teams_;
  std::unordered_map<Id, std::size_t> place_;
  std::vector<Cell> cells_;
};

}  // namespace

// Rows come back ungrouped and are counted here (WeekGrid): grouping in SQL (a date() per row and a temporary
// B-tree) cost five times the scan itself for a bestuur's school year. The people present are counted from the
// text here too: length(replace(...)) per row in SQL cost more than the scan.
std::vector<RhythmSignal> SqlBoardStore::count_sessions_by_week(const RhythmQuery& query) {
  WeekGrid grid(query);
  if (grid.empty()) return {};
  auto q = db_.prepare(
      "SELECT team_id, started_at, attendance FROM board_sessions "
      "WHERE team_id IN (SELECT value FROM json_each(?)) AND started_at >= ? AND started_at < ? "
      "  AND closed_at IS NOT NULL");
  q.bind(1, id_array(query.team_ids)).bind(2, grid.from()).bind(3, grid.to());
  while (q.step()) {
    const auto attendance = q.text(2);
    const int present = attendance.empty() ? 0 : 1 + static_cast<int>(std::count(attendance.begin(), attendance.end(), ','));
    grid.add(q.integer(0), grid.week_of_moment(q.integer(1)), present);
  }
  return grid.signals("board_session", true);
}

std::vector<RhythmSignal> SqlBoardStore::count_measurements_by_week(const RhythmQuery& query) {
  WeekGrid grid(query);
  if (grid.empty()) return {};
  auto q = db_.prepare(
      "SELECT g.team_id, m.week FROM goals g JOIN measurements m ON m.goal_id = g.id "
      "WHERE g.team_id IN (SELECT value FROM json_each(?)) AND m.week >= ? AND m.week <= ?");
  q.bind(1, id_array(query.team_ids)).bind(2, query.from_week).bind(3, query.to_week);
  while (q.step()) grid.add(q.integer(0), grid.week_of_monday(q.text(1)), 0);
  return grid.signals("measurement", false);
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
