#include "modules/trajectory/sql/sql_visit_store.h"

namespace sb::sql {
namespace {

Visit visit_of(Statement& q) {
  Visit v;
  v.id = q.integer(0);
  v.school_id = q.integer(1);
  v.coach_id = q.integer(2);
  v.coach_name = q.text(3);
  v.starts_at = q.integer(4);
  v.ends_at = q.integer(5);
  v.status = parse_visit_status(q.text(6)).value_or(CoachVisitStatus::planned);
  v.seen = q.text(7);
  v.advice = q.text(8);
  v.reported_at = q.optional_integer(9);
  v.approved_by = q.optional_integer(10);
  v.created_at = q.integer(11);
  return v;
}

}  // namespace

std::optional<Visit> SqlVisitStore::find_visit(Id id) {
  auto q = db_.prepare(
      "SELECT v.id, v.school_id, v.coach_id, u.name, v.starts_at, v.ends_at, v.status, v.seen, v.advice, "
      "v.reported_at, v.approved_by, v.created_at FROM trajectory_visits v JOIN users u ON u.id = v.coach_id "
      "WHERE v.id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return visit_of(q);
}

std::vector<Visit> SqlVisitStore::visits_of_school(Id school_id) {
  auto q = db_.prepare(
      "SELECT v.id, v.school_id, v.coach_id, u.name, v.starts_at, v.ends_at, v.status, v.seen, v.advice, "
      "v.reported_at, v.approved_by, v.created_at FROM trajectory_visits v JOIN users u ON u.id = v.coach_id "
      "WHERE v.school_id = ? ORDER BY v.starts_at, v.id");
  q.bind(1, school_id);
  std::vector<Visit> out;
  while (q.step()) out.push_back(visit_of(q));
  return out;
}

std::vector<Visit> SqlVisitStore::visits_for_calendar(Id user_id, UnixTime from) {
  auto q = db_.prepare(
      "SELECT v.id, v.school_id, v.coach_id, u.name, v.starts_at, v.ends_at, v.status, v.seen, v.advice, "
      "v.reported_at, v.approved_by, v.created_at FROM trajectory_visits v JOIN users u ON u.id = v.coach_id "
      "WHERE v.starts_at >= ? AND (v.coach_id = ? OR v.school_id IN "
      "(SELECT m.school_id FROM memberships m WHERE m.user_id = ? AND m.role = 'schoolleider' "
      "AND m.school_id IS NOT NULL)) ORDER BY v.starts_at, v.id");
  q.bind(1, from).bind(2, user_id).bind(3, user_id);
  std::vector<Visit> out;
  while (q.step()) out.push_back(visit_of(q));
  return out;
}

Result<Id> SqlVisitStore::insert_visit(const Visit& v) {
  auto q = db_.prepare(
      "INSERT INTO trajectory_visits (school_id, coach_id, starts_at, ends_at, status, seen, advice, reported_at, "
      "approved_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, v.school_id).bind(2, v.coach_id).bind(3, v.starts_at).bind(4, v.ends_at).bind(5, to_string(v.status));
  q.bind(6, v.seen).bind(7, v.advice).bind(8, v.reported_at).bind(9, v.approved_by).bind(10, v.created_at);
  return insert_returning_id(q, "id");
}

Result<void> SqlVisitStore::set_visit_status(Id id, CoachVisitStatus status, std::optional<Id> approved_by) {
  auto q = db_.prepare("UPDATE trajectory_visits SET status = ?, approved_by = ? WHERE id = ?");
  q.bind(1, to_string(status)).bind(2, approved_by).bind(3, id);
  return q.run();
}

Result<void> SqlVisitStore::put_report(Id id, const std::string& seen, const std::string& advice, UnixTime at) {
  auto q =
      db_.prepare("UPDATE trajectory_visits SET seen = ?, advice = ?, reported_at = ?, status = 'held' WHERE id = ?");
  q.bind(1, seen).bind(2, advice).bind(3, at).bind(4, id);
  return q.run();
}

}  // namespace sb::sql
