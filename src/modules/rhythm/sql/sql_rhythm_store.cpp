#include "modules/rhythm/sql/sql_rhythm_store.h"

#include "storage/sql/rhythm_rows.h"

namespace sb::sql {
namespace {

constexpr const char* kGoalColumns =
    "SELECT id, bestuur_id, school_year, title, description, version FROM strategic_goals ";
constexpr const char* kHolidayColumns =
    "SELECT id, region, school_year, name, starts_on, ends_on FROM school_holidays ";

StrategicGoal goal_from(const Statement& q) {
  return {q.integer(0), q.integer(1), q.text(2), q.text(3), q.text(4), q.integer(5)};
}

Holiday holiday_from(const Statement& q) {
  return {q.integer(0), parse_region(q.text(1)).value_or(Region::midden), q.text(2), q.text(3), q.text(4), q.text(5),
          "staff"};
}

}  // namespace

std::optional<StrategicGoal> SqlRhythmStore::find_strategic_goal(Id id) {
  auto q = db_.prepare((std::string(kGoalColumns) + "WHERE id = ?").c_str());
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return goal_from(q);
}

std::vector<StrategicGoal> SqlRhythmStore::list_strategic_goals(Id bestuur_id) {
  auto q = db_.prepare((std::string(kGoalColumns) + "WHERE bestuur_id = ? ORDER BY school_year, id").c_str());
  q.bind(1, bestuur_id);
  std::vector<StrategicGoal> out;
  while (q.step()) out.push_back(goal_from(q));
  return out;
}

std::vector<std::pair<Id, Id>> SqlRhythmStore::list_ambition_links(Id bestuur_id) {
  auto q = db_.prepare(
      "SELECT l.ambition_id, l.strategic_goal_id FROM ambition_strategic_goals l "
      "JOIN strategic_goals g ON g.id = l.strategic_goal_id WHERE g.bestuur_id = ? ORDER BY l.ambition_id");
  q.bind(1, bestuur_id);
  std::vector<std::pair<Id, Id>> out;
  while (q.step()) out.emplace_back(q.integer(0), q.integer(1));
  return out;
}

std::optional<Id> SqlRhythmStore::strategic_goal_of_ambition(Id ambition_id) {
  auto q = db_.prepare("SELECT strategic_goal_id FROM ambition_strategic_goals WHERE ambition_id = ?");
  q.bind(1, ambition_id);
  if (!q.step()) return std::nullopt;
  return q.integer(0);
}

std::vector<Holiday> SqlRhythmStore::list_added_holidays() {
  auto q = db_.prepare((std::string(kHolidayColumns) + "ORDER BY starts_on, id").c_str());
  std::vector<Holiday> out;
  while (q.step()) out.push_back(holiday_from(q));
  return out;
}

std::optional<Holiday> SqlRhythmStore::find_added_holiday(Id id) {
  auto q = db_.prepare((std::string(kHolidayColumns) + "WHERE id = ?").c_str());
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return holiday_from(q);
}

// Reads the organisation's teams and memberships, counting only: one query for all the schools of a view,
// where the organisation's own store lists the members of one school at a time, with their names. With each
// team its data version, read before anything the version stands for (views.cpp).
std::vector<TeamSize> SqlRhythmStore::list_team_sizes(const std::vector<Id>& school_ids) {
  auto q = db_.prepare(
      "SELECT t.id, t.school_id, t.name, "
      "  (SELECT COUNT(*) FROM memberships m WHERE m.team_id = t.id AND m.role = 'leraar'), COALESCE(v.version, 0) "
      "FROM teams t LEFT JOIN rhythm_team_versions v ON v.team_id = t.id "
      "WHERE t.school_id IN (SELECT value FROM json_each(?))");
  q.bind(1, json_id_array(school_ids));
  std::vector<TeamSize> out;
  while (q.step()) {
    out.push_back({q.integer(0), q.integer(1), q.text(2), static_cast<int>(q.integer(3)), q.integer(4)});
  }
  return out;
}

Result<void> SqlRhythmStore::bump_team_version(Id team_id) {
  auto q = db_.prepare(
      "INSERT INTO rhythm_team_versions (team_id, version) VALUES (?, 1) "
      "ON CONFLICT (team_id) DO UPDATE SET version = rhythm_team_versions.version + 1");
  q.bind(1, team_id);
  return q.run();
}

Result<Id> SqlRhythmStore::insert_strategic_goal(const StrategicGoal& g) {
  auto q = db_.prepare("INSERT INTO strategic_goals (bestuur_id, school_year, title, description) VALUES (?, ?, ?, ?)");
  q.bind(1, g.bestuur_id).bind(2, g.school_year).bind(3, g.title).bind(4, g.description);
  return insert_returning_id(q, "title");
}

Result<void> SqlRhythmStore::update_strategic_goal(const StrategicGoal& g, std::int64_t expected_version) {
  auto q = db_.prepare(
      "UPDATE strategic_goals SET school_year = ?, title = ?, description = ?, version = version + 1 "
      "WHERE id = ? AND version = ?");
  q.bind(1, g.school_year).bind(2, g.title).bind(3, g.description).bind(4, g.id).bind(5, expected_version);
  return versioned(q.run(), "SELECT 1 FROM strategic_goals WHERE id = ?", g.id, "strategic goal");
}

Result<void> SqlRhythmStore::delete_strategic_goal(Id id, std::int64_t expected_version) {
  auto q = db_.prepare("DELETE FROM strategic_goals WHERE id = ? AND version = ?");
  q.bind(1, id).bind(2, expected_version);
  return versioned(q.run(), "SELECT 1 FROM strategic_goals WHERE id = ?", id, "strategic goal");
}

Result<void> SqlRhythmStore::set_ambition_link(Id ambition_id, std::optional<Id> strategic_goal_id) {
  if (!strategic_goal_id) {
    auto q = db_.prepare("DELETE FROM ambition_strategic_goals WHERE ambition_id = ?");
    q.bind(1, ambition_id);
    return q.run();
  }
  auto q = db_.prepare(
      "INSERT INTO ambition_strategic_goals (ambition_id, strategic_goal_id) VALUES (?, ?) "
      "ON CONFLICT (ambition_id) DO UPDATE SET strategic_goal_id = excluded.strategic_goal_id");
  q.bind(1, ambition_id).bind(2, *strategic_goal_id);
  return q.run();
}

Result<Id> SqlRhythmStore::insert_holiday(const Holiday& h, Id added_by, UnixTime added_at) {
  auto q = db_.prepare(
      "INSERT INTO school_holidays (region, school_year, name, starts_on, ends_on, added_by, added_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, to_string(h.region)).bind(2, h.school_year).bind(3, h.name).bind(4, h.starts_on).bind(5, h.ends_on);
  q.bind(6, added_by).bind(7, added_at);
  return insert_returning_id(q, "starts_on");
}

Result<void> SqlRhythmStore::delete_holiday(Id id) {
  auto q = db_.prepare("DELETE FROM school_holidays WHERE id = ?");
  q.bind(1, id);
  SB_CHECK(q.run());
  if (db_.changes() == 0) return std::unexpected(Error::not_found("No such holiday."));
  return ok();
}

}  // namespace sb::sql
