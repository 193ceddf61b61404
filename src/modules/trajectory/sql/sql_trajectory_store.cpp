#include "modules/trajectory/sql/sql_trajectory_store.h"

#include <algorithm>

namespace sb::sql {
namespace {

// Stored names come only from to_string; an unknown one is a damaged database.
Phase phase_of(const std::string& text) {
  return parse_phase(text).value_or(Phase::registration);
}

}  // namespace

std::optional<Trajectory> SqlTrajectoryStore::find_trajectory(Id school_id) {
  auto q = db_.prepare("SELECT school_id, pupils, phase, phase_on, started_at FROM trajectories WHERE school_id = ?");
  q.bind(1, school_id);
  if (!q.step()) return std::nullopt;
  return Trajectory{q.integer(0), static_cast<int>(q.integer(1)), phase_of(q.text(2)), q.text(3), q.integer(4)};
}

std::vector<TrajectoryStep> SqlTrajectoryStore::steps_of(Id school_id) {
  auto q = db_.prepare(
      "SELECT s.id, s.school_id, s.phase, s.happened_on, s.who, s.notes, s.recorded_by, COALESCE(u.name, ''), "
      "s.recorded_at FROM trajectory_steps s LEFT JOIN users u ON u.id = s.recorded_by "
      "WHERE s.school_id = ? ORDER BY s.happened_on, s.id");
  q.bind(1, school_id);
  std::vector<TrajectoryStep> out;
  while (q.step()) {
    out.push_back({q.integer(0), q.integer(1), phase_of(q.text(2)), q.text(3), q.text(4), q.text(5),
                   q.optional_integer(6).value_or(0), q.text(7), q.integer(8)});
  }
  return out;
}

std::vector<ConditionCheck> SqlTrajectoryStore::checks_of(Id school_id) {
  auto q = db_.prepare(
      "SELECT c.condition, c.status, c.note, c.checked_by, COALESCE(u.name, ''), c.checked_at "
      "FROM trajectory_conditions c LEFT JOIN users u ON u.id = c.checked_by WHERE c.school_id = ?");
  q.bind(1, school_id);
  std::vector<ConditionCheck> out;
  while (q.step()) {
    const auto condition = parse_condition(q.text(0));
    if (!condition) continue;
    out.push_back({school_id, *condition, parse_condition_status(q.text(1)).value_or(ConditionStatus::open), q.text(2),
                   q.optional_integer(3), q.text(4), q.integer(5)});
  }
  return out;
}

std::vector<FteBand> SqlTrajectoryStore::coach_fte_rule() {
  auto q = db_.prepare("SELECT from_pupils, fte_hundredths FROM coach_fte_rule ORDER BY from_pupils");
  std::vector<FteBand> out;
  while (q.step()) out.push_back({static_cast<int>(q.integer(0)), static_cast<int>(q.integer(1))});
  return out;
}

std::vector<PipelineRow> SqlTrajectoryStore::pipeline() {
  auto q = db_.prepare(
      "SELECT s.id, s.name, s.sector, b.name, t.phase, t.phase_on, t.pupils, "
      "(SELECT COUNT(*) FROM trajectory_conditions c WHERE c.school_id = t.school_id AND c.status = 'met'), "
      "(SELECT COUNT(*) FROM trajectory_visits v WHERE v.school_id = t.school_id AND v.status = 'awaiting_approval') "
      "FROM trajectories t JOIN schools s ON s.id = t.school_id JOIN besturen b ON b.id = s.bestuur_id "
      "ORDER BY s.name, s.id");
  std::vector<PipelineRow> out;
  while (q.step()) {
    out.push_back({q.integer(0), q.text(1), q.text(2), q.text(3), phase_of(q.text(4)), q.text(5),
                   static_cast<int>(q.integer(6)), static_cast<int>(q.integer(7)), static_cast<int>(q.integer(8))});
  }
  // Furthest phase first; the query gave them by name, which the stable sort keeps within a phase.
  std::ranges::stable_sort(out, [](const PipelineRow& a, const PipelineRow& b) { return a.phase > b.phase; });
  return out;
}

Result<void> SqlTrajectoryStore::insert_trajectory(const Trajectory& t) {
  auto q =
      db_.prepare("INSERT INTO trajectories (school_id, pupils, phase, phase_on, started_at) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, t.school_id).bind(2, std::int64_t{t.pupils}).bind(3, to_string(t.phase)).bind(4, t.phase_on);
  q.bind(5, t.started_at);
  return insert(q, "school_id");
}

Result<void> SqlTrajectoryStore::update_pupils(Id school_id, int pupils) {
  auto q = db_.prepare("UPDATE trajectories SET pupils = ? WHERE school_id = ?");
  q.bind(1, std::int64_t{pupils}).bind(2, school_id);
  return q.run();
}

Result<Id> SqlTrajectoryStore::insert_step(const TrajectoryStep& step) {
  auto q = db_.prepare(
      "INSERT INTO trajectory_steps (school_id, phase, happened_on, who, notes, recorded_by, recorded_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, step.school_id).bind(2, to_string(step.phase)).bind(3, step.happened_on).bind(4, step.who);
  q.bind(5, step.notes).bind(6, step.recorded_by ? std::optional<std::int64_t>(step.recorded_by) : std::nullopt);
  q.bind(7, step.recorded_at);
  SB_TRY(id, insert_returning_id(q, "id"));
  auto phase = db_.prepare("UPDATE trajectories SET phase = ?, phase_on = ? WHERE school_id = ?");
  phase.bind(1, to_string(step.phase)).bind(2, step.happened_on).bind(3, step.school_id);
  SB_CHECK(phase.run());
  return id;
}

Result<void> SqlTrajectoryStore::put_check(const ConditionCheck& c) {
  auto q = db_.prepare(
      "INSERT INTO trajectory_conditions (school_id, condition, status, note, checked_by, checked_at) "
      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (school_id, condition) DO UPDATE SET status = excluded.status, "
      "note = excluded.note, checked_by = excluded.checked_by, checked_at = excluded.checked_at");
  q.bind(1, c.school_id).bind(2, to_string(c.condition)).bind(3, to_string(c.status)).bind(4, c.note);
  q.bind(5, c.checked_by).bind(6, c.checked_at);
  return q.run();
}

Result<void> SqlTrajectoryStore::replace_coach_fte_rule(const std::vector<FteBand>& rule) {
  auto clear = db_.prepare("DELETE FROM coach_fte_rule");
  SB_CHECK(clear.run());
  for (const auto& band : rule) {
    auto q = db_.prepare("INSERT INTO coach_fte_rule (from_pupils, fte_hundredths) VALUES (?, ?)");
    q.bind(1, std::int64_t{band.from_pupils}).bind(2, std::int64_t{band.fte_hundredths});
    SB_CHECK(q.run());
  }
  return ok();
}

}  // namespace sb::sql
