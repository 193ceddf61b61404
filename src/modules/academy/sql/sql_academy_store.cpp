#include "modules/academy/sql/sql_academy_store.h"

namespace sb::sql {
namespace {

AcademyModule module_of(Statement& q) {
  return {q.integer(0), static_cast<int>(q.integer(1)), q.text(2), q.text(3)};
}

AcademyItem item_of(Statement& q) {
  AcademyItem item;
  item.id = q.integer(0);
  item.module_id = q.integer(1);
  item.position = static_cast<int>(q.integer(2));
  item.title = q.text(3);
  item.minutes = static_cast<int>(q.integer(4));
  item.video_url = q.text(5);
  item.steps = q.text(6);
  item.updated_at = q.integer(7);
  return item;
}

}  // namespace

std::vector<AcademyModule> SqlAcademyStore::academy_modules() {
  auto q = db_.prepare("SELECT id, position, title, summary FROM academy_modules ORDER BY position, id");
  std::vector<AcademyModule> out;
  while (q.step()) out.push_back(module_of(q));
  return out;
}

std::vector<AcademyItem> SqlAcademyStore::academy_items() {
  auto q = db_.prepare(
      "SELECT i.id, i.module_id, i.position, i.title, i.minutes, i.video_url, i.steps, i.updated_at "
      "FROM academy_items i JOIN academy_modules m ON m.id = i.module_id ORDER BY m.position, m.id, i.position, i.id");
  std::vector<AcademyItem> out;
  while (q.step()) out.push_back(item_of(q));
  return out;
}

std::optional<AcademyModule> SqlAcademyStore::find_academy_module(Id id) {
  auto q = db_.prepare("SELECT id, position, title, summary FROM academy_modules WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return module_of(q);
}

std::optional<AcademyItem> SqlAcademyStore::find_academy_item(Id id) {
  auto q = db_.prepare(
      "SELECT id, module_id, position, title, minutes, video_url, steps, updated_at FROM academy_items WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return item_of(q);
}

std::vector<AcademyMark> SqlAcademyStore::academy_marks_of(Id user_id) {
  auto q = db_.prepare("SELECT item_id, state, marked_at FROM academy_marks WHERE user_id = ? ORDER BY item_id");
  q.bind(1, user_id);
  std::vector<AcademyMark> out;
  while (q.step()) {
    out.push_back({q.integer(0), parse_academy_mark(q.text(1)).value_or(AcademyMarkState::seen), q.integer(2)});
  }
  return out;
}

std::vector<AcademyTeam> SqlAcademyStore::academy_teams_of_school(Id school_id) {
  auto q = db_.prepare(
      "SELECT t.id, t.name, (SELECT COUNT(DISTINCT m.user_id) FROM memberships m "
      "WHERE m.team_id = t.id AND m.role = 'leraar') FROM teams t WHERE t.school_id = ? ORDER BY t.name, t.id");
  q.bind(1, school_id);
  std::vector<AcademyTeam> out;
  while (q.step()) out.push_back({q.integer(0), q.text(1), static_cast<int>(q.integer(2))});
  return out;
}

std::vector<AcademyTeamDone> SqlAcademyStore::academy_done_by_team(Id school_id) {
  auto q = db_.prepare(
      "SELECT t.id, i.module_id, COUNT(*) FROM teams t "
      "JOIN (SELECT DISTINCT team_id, user_id FROM memberships WHERE role = 'leraar' AND team_id IS NOT NULL) m "
      "ON m.team_id = t.id "
      "JOIN academy_marks k ON k.user_id = m.user_id AND k.state = 'done' "
      "JOIN academy_items i ON i.id = k.item_id "
      "WHERE t.school_id = ? GROUP BY t.id, i.module_id");
  q.bind(1, school_id);
  std::vector<AcademyTeamDone> out;
  while (q.step()) out.push_back({q.integer(0), q.integer(1), static_cast<int>(q.integer(2))});
  return out;
}

Result<Id> SqlAcademyStore::insert_academy_module(const AcademyModule& module) {
  auto q = db_.prepare(
      "INSERT INTO academy_modules (position, title, summary) "
      "VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM academy_modules), ?, ?)");
  q.bind(1, module.title).bind(2, module.summary);
  return insert_returning_id(q, "title");
}

Result<void> SqlAcademyStore::update_academy_module(const AcademyModule& module) {
  auto q = db_.prepare("UPDATE academy_modules SET title = ?, summary = ? WHERE id = ?");
  q.bind(1, module.title).bind(2, module.summary).bind(3, module.id);
  return q.run();
}

Result<Id> SqlAcademyStore::insert_academy_item(const AcademyItem& item) {
  auto q = db_.prepare(
      "INSERT INTO academy_items (module_id, position, title, minutes, video_url, steps, updated_at) "
      "VALUES (?1, (SELECT COALESCE(MAX(position), 0) + 1 FROM academy_items WHERE module_id = ?1), ?2, ?3, ?4, ?5, "
      "?6)");
  q.bind(1, item.module_id).bind(2, item.title).bind(3, std::int64_t{item.minutes}).bind(4, item.video_url);
  q.bind(5, item.steps).bind(6, item.updated_at);
  return insert_returning_id(q, "title");
}

Result<void> SqlAcademyStore::update_academy_item(const AcademyItem& item) {
  auto q = db_.prepare(
      "UPDATE academy_items SET title = ?, minutes = ?, video_url = ?, steps = ?, updated_at = ? WHERE id = ?");
  q.bind(1, item.title).bind(2, std::int64_t{item.minutes}).bind(3, item.video_url).bind(4, item.steps);
  q.bind(5, item.updated_at).bind(6, item.id);
  return q.run();
}

Result<void> SqlAcademyStore::delete_academy_item(Id id) {
  auto q = db_.prepare("DELETE FROM academy_items WHERE id = ?");
  q.bind(1, id);
  return q.run();
}

Result<void> SqlAcademyStore::put_academy_mark(Id user_id, const AcademyMark& mark) {
  auto q = db_.prepare(
      "INSERT INTO academy_marks (user_id, item_id, state, marked_at) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (user_id, item_id) DO UPDATE SET state = excluded.state, marked_at = excluded.marked_at");
  q.bind(1, user_id).bind(2, mark.item_id).bind(3, to_string(mark.state)).bind(4, mark.marked_at);
  return q.run();
}

Result<void> SqlAcademyStore::clear_academy_mark(Id user_id, Id item_id) {
  auto q = db_.prepare("DELETE FROM academy_marks WHERE user_id = ? AND item_id = ?");
  q.bind(1, user_id).bind(2, item_id);
  return q.run();
}

}  // namespace sb::sql
