// The board's figures for many teams at once (core/team_figures.h, the rhythm
// signals): one grouped query per kind, the team ids passed as one JSON array
// so the statement is the same whatever the number of teams.
#include <string>

#include "modules/board/sqlite/sqlite_board_store.h"

namespace sb::sqlite {
namespace {

std::string id_array(const std::vector<Id>& ids) {
  std::string out = "[";
  for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? "," : "") + std::to_string(ids[i]);
  return out + "]";
}

}  // namespace

std::vector<RhythmSignal> SqliteBoardStore::count_sessions_by_week(const RhythmQuery& query) {
  auto q = db_.prepare(
      "SELECT team_id, date(started_at, 'unixepoch', 'weekday 0', '-6 days') AS week, COUNT(*), "
      "  SUM(CASE WHEN attendance = '' THEN 0 "
      "           ELSE length(attendance) - length(replace(attendance, ',', '')) + 1 END) "
      "FROM board_sessions "
      "WHERE team_id IN (SELECT value FROM json_each(?1)) AND closed_at IS NOT NULL "
      "  AND started_at >= CAST(strftime('%s', ?2) AS INTEGER) "
      "  AND started_at < CAST(strftime('%s', ?3, '+7 days') AS INTEGER) "
      "GROUP BY team_id, week ORDER BY team_id, week");
  q.bind(1, id_array(query.team_ids)).bind(2, query.from_week).bind(3, query.to_week);
  std::vector<RhythmSignal> out;
  while (q.step()) {
    out.push_back({q.integer(0), q.text(1), "board_session", static_cast<int>(q.integer(2)),
                   static_cast<int>(q.integer(3))});
  }
  return out;
}

std::vector<RhythmSignal> SqliteBoardStore::count_measurements_by_week(const RhythmQuery& query) {
  auto q = db_.prepare(
      "SELECT g.team_id, m.week, COUNT(*) FROM measurements m JOIN goals g ON g.id = m.goal_id "
      "WHERE g.team_id IN (SELECT value FROM json_each(?1)) AND m.week >= ?2 AND m.week <= ?3 "
      "GROUP BY g.team_id, m.week ORDER BY g.team_id, m.week");
  q.bind(1, id_array(query.team_ids)).bind(2, query.from_week).bind(3, query.to_week);
  std::vector<RhythmSignal> out;
  while (q.step()) out.push_back({q.integer(0), q.text(1), "measurement", static_cast<int>(q.integer(2)), {}});
  return out;
}

std::vector<TeamGoalVerdicts> SqliteBoardStore::count_goal_verdicts(const std::vector<Id>& team_ids) {
  auto q = db_.prepare(
      "SELECT c.team_id, SUM(r.reached = 'yes'), SUM(r.reached = 'partly'), COUNT(*) "
      "FROM cycle_goal_results r JOIN cycles c ON c.id = r.cycle_id "
      "WHERE c.team_id IN (SELECT value FROM json_each(?1)) GROUP BY c.team_id ORDER BY c.team_id");
  q.bind(1, id_array(team_ids));
  std::vector<TeamGoalVerdicts> out;
  while (q.step()) {
    out.push_back({q.integer(0), static_cast<int>(q.integer(1)), static_cast<int>(q.integer(2)),
                   static_cast<int>(q.integer(3))});
  }
  return out;
}

std::vector<TeamOpenObstacles> SqliteBoardStore::count_leadership_obstacles(const std::vector<Id>& team_ids) {
  auto q = db_.prepare(
      "SELECT team_id, COUNT(*), MIN(status_changed_at) FROM board_items "
      "WHERE team_id IN (SELECT value FROM json_each(?1)) AND kind = 'obstacle' "
      "  AND status IN ('leadership', 'answered', 'taken_on') "
      "GROUP BY team_id ORDER BY team_id");
  q.bind(1, id_array(team_ids));
  std::vector<TeamOpenObstacles> out;
  while (q.step()) out.push_back({q.integer(0), static_cast<int>(q.integer(1)), q.integer(2)});
  return out;
}

}  // namespace sb::sqlite
