#include "modules/board/sql/sql_board_store.h"

#include <sstream>

namespace sb::sql {
namespace {

// An item's columns (item_from reads them), without FROM: kItemSelect adds the usual one.
constexpr const char* kItemColumnList =
    "SELECT i.id, i.team_id, i.kind, i.text, i.notes, i.status, i.position, i.goal_id, i.due_on, i.created_by, "
    "u.name, i.created_at, i.updated_at, i.status_changed_at, i.previous_status, i.leadership_reply, i.version, "
    "i.from_obstacle_id, i.updated_by, (SELECT name FROM users WHERE users.id = i.updated_by), i.source_kind, "
    "i.source_id";
constexpr int kItemColumns = 22;
const std::string kItemSelect = std::string(kItemColumnList) + " FROM board_items i JOIN users u ON u.id = i.created_by ";

BoardItem item_from(const Statement& q) {
  BoardItem item;
  item.id = q.integer(0);
  item.team_id = q.integer(1);
  item.kind = parse_item_kind(q.text(2)).value_or(ItemKind::action);
  item.text = q.text(3);
  item.notes = q.text(4);
  item.status = q.text(5);
  item.position = q.real(6);
  item.goal_id = q.optional_integer(7);
  if (!q.is_null(8)) item.due_on = q.text(8);
  item.created_by = q.integer(9);
  item.created_by_name = q.text(10);
  item.created_at = q.integer(11);
  item.updated_at = q.integer(12);
  item.status_changed_at = q.integer(13);
  item.previous_status = q.text(14);
  item.leadership_reply = q.text(15);
  item.version = q.integer(16);
  item.from_obstacle_id = q.optional_integer(17);
  item.updated_by = q.optional_integer(18);
  if (!q.is_null(19)) item.updated_by_name = q.text(19);
  if (!q.is_null(20)) item.source = ItemSource{q.text(20), q.integer(21)};
  return item;
}

Cycle cycle_from(const Statement& q) {
  Cycle cycle;
  cycle.id = q.integer(0);
  cycle.team_id = q.integer(1);
  cycle.name = q.text(2);
  cycle.starts_on = q.text(3);
  cycle.ends_on = q.text(4);
  if (!q.is_null(8)) cycle.retrospective = Retrospective{q.text(5), q.text(6), q.text(7), q.integer(8)};
  cycle.version = q.integer(9);
  cycle.updated_by = q.optional_integer(10);
  if (!q.is_null(11)) cycle.updated_by_name = q.text(11);
  return cycle;
}

Goal goal_from(const Statement& q) {
  Goal goal;
  goal.id = q.integer(0);
  goal.team_id = q.integer(1);
  goal.cycle_id = q.integer(2);
  goal.ambition_id = q.optional_integer(3);
  goal.title = q.text(4);
  goal.students = q.text(5);
  goal.measure = q.text(6);
  goal.unit = parse_goal_unit(q.text(7)).value_or(GoalUnit::percentage);
  goal.baseline = q.real(8);
  goal.target = q.real(9);
  goal.direction = parse_direction(q.text(10)).value_or(Direction::higher);
  goal.version = q.integer(11);
  goal.updated_by = q.optional_integer(12);
  if (!q.is_null(13)) goal.updated_by_name = q.text(13);
  return goal;
}

Measurement measurement_from(const Statement& q) {
  return Measurement{q.integer(0), q.integer(1), q.text(2),    q.real(3),
                     q.integer(4), q.text(5),    q.integer(6), q.integer(7)};
}

BoardSession session_from(const Statement& q) {
  BoardSession session;
  session.id = q.integer(0);
  session.team_id = q.integer(1);
  session.started_at = q.integer(2);
  session.started_by = q.integer(3);
  session.total_minutes = static_cast<int>(q.integer(4));
  session.step = static_cast<int>(q.integer(5));
  session.step_started_at = q.integer(6);
  std::stringstream ids(q.text(7));
  std::string id;
  while (std::getline(ids, id, ',')) {
    if (!id.empty()) session.attendance.push_back(std::stoll(id));
  }
  session.closed_at = q.optional_integer(8);
  session.version = q.integer(9);
  return session;
}

std::string join_ids(const std::vector<Id>& ids) {
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
  return out;
}

constexpr const char* kCycleSelect =
    "SELECT id, team_id, name, starts_on, ends_on, retro_goal_reached, retro_helped, retro_change, retro_closed_at, "
    "version, updated_by, (SELECT name FROM users WHERE users.id = cycles.updated_by) FROM cycles ";
constexpr const char* kGoalSelect =
    "SELECT id, team_id, cycle_id, ambition_id, title, students, measure, unit, baseline, target, direction, version, "
    "updated_by, (SELECT name FROM users WHERE users.id = goals.updated_by) FROM goals ";
constexpr const char* kMeasurementSelect =
    "SELECT m.id, m.goal_id, m.week, m.value, m.entered_by, u.name, m.entered_at, m.version FROM measurements m "
    "JOIN users u ON u.id = m.entered_by ";
constexpr const char* kSessionSelect =
    "SELECT id, team_id, started_at, started_by, total_minutes, step, step_started_at, attendance, closed_at, version "
    "FROM board_sessions ";
constexpr const char* kClosedSession = "SELECT 1 FROM board_sessions WHERE id = ? AND closed_at IS NOT NULL";

}  // namespace

std::optional<Ambition> SqlBoardStore::find_ambition(Id id) {
  auto q = db_.prepare("SELECT id, school_id, school_year, title, description, version FROM ambitions WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return Ambition{q.integer(0), q.integer(1), q.text(2), q.text(3), q.text(4), q.integer(5)};
}

std::vector<Ambition> SqlBoardStore::list_ambitions(Id school_id) {
  auto q = db_.prepare(
      "SELECT id, school_id, school_year, title, description, version FROM ambitions WHERE school_id = ? "
      "ORDER BY school_year DESC, id");
  q.bind(1, school_id);
  std::vector<Ambition> out;
  while (q.step()) out.push_back({q.integer(0), q.integer(1), q.text(2), q.text(3), q.text(4), q.integer(5)});
  return out;
}

std::optional<Cycle> SqlBoardStore::find_cycle(Id id) {
  static const std::string sql = std::string(kCycleSelect) + "WHERE id = ?";
  auto q = db_.prepare(sql.c_str());
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return cycle_from(q);
}

std::int64_t SqlBoardStore::count_goals_of_ambition(Id ambition_id) {
  auto q = db_.prepare("SELECT COUNT(*) FROM goals WHERE ambition_id = ?");
  q.bind(1, ambition_id);
  return q.step() ? q.integer(0) : 0;
}

std::vector<GoalResult> SqlBoardStore::list_goal_results(Id cycle_id) {
  auto q = db_.prepare(
      "SELECT goal_id, title, unit, direction, baseline, target, latest, latest_week, reached, continued_as, "
      "actions_carried FROM cycle_goal_results WHERE cycle_id = ? ORDER BY line");
  q.bind(1, cycle_id);
  std::vector<GoalResult> out;
  while (q.step()) {
    GoalResult r;
    r.goal_id = q.optional_integer(0);
    r.title = q.text(1);
    r.unit = parse_goal_unit(q.text(2)).value_or(GoalUnit::percentage);
    r.direction = parse_direction(q.text(3)).value_or(Direction::higher);
    r.baseline = q.real(4);
    r.target = q.real(5);
    if (!q.is_null(6)) r.latest = q.real(6);
    if (!q.is_null(7)) r.latest_week = q.text(7);
    r.reached = q.text(8);
    r.continued_as = q.optional_integer(9);
    r.actions_carried = static_cast<int>(q.integer(10));
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<Cycle> SqlBoardStore::list_cycles(Id team_id) {
  static const std::string sql = std::string(kCycleSelect) + "WHERE team_id = ? ORDER BY starts_on, id";
  auto q = db_.prepare(sql.c_str());
  q.bind(1, team_id);
  std::vector<Cycle> out;
  while (q.step()) out.push_back(cycle_from(q));
  return out;
}

std::vector<Measurement> SqlBoardStore::measurements_of(Id goal_id) {
  static const std::string sql = std::string(kMeasurementSelect) + "WHERE m.goal_id = ? ORDER BY m.week";
  auto q = db_.prepare(sql.c_str());
  q.bind(1, goal_id);
  std::vector<Measurement> out;
  while (q.step()) out.push_back(measurement_from(q));
  return out;
}

std::optional<Goal> SqlBoardStore::find_goal(Id id) {
  static const std::string sql = std::string(kGoalSelect) + "WHERE id = ?";
  std::optional<Goal> goal;
  {
    auto q = db_.prepare(sql.c_str());
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    goal = goal_from(q);
  }
  goal->measurements = measurements_of(id);
  return goal;
}

std::vector<Goal> SqlBoardStore::list_goals(Id team_id) {
  static const std::string sql = std::string(kGoalSelect) + "WHERE team_id = ? ORDER BY cycle_id, id";
  std::vector<Goal> out;
  {
    auto q = db_.prepare(sql.c_str());
    q.bind(1, team_id);
    while (q.step()) out.push_back(goal_from(q));
  }
  // One query for every measurement of the team, rather than one per goal.
  static const std::string all = std::string(kMeasurementSelect) +
                                 "JOIN goals g ON g.id = m.goal_id WHERE g.team_id = ? ORDER BY m.goal_id, m.week";
  auto q = db_.prepare(all.c_str());
  q.bind(1, team_id);
  std::size_t at = 0;
  while (q.step()) {
    auto m = measurement_from(q);
    while (at < out.size() && out[at].id != m.goal_id) ++at;
    if (at == out.size()) {
      at = 0;  // goals are ordered by cycle, measurements by goal id: search from the start
      while (at < out.size() && out[at].id != m.goal_id) ++at;
      if (at == out.size()) continue;
    }
    out[at].measurements.push_back(std::move(m));
  }
  return out;
}

std::optional<Measurement> SqlBoardStore::find_measurement(Id goal_id, std::string_view week) {
  static const std::string sql = std::string(kMeasurementSelect) + "WHERE m.goal_id = ? AND m.week = ?";
  auto q = db_.prepare(sql.c_str());
  q.bind(1, goal_id).bind(2, week);
  if (!q.step()) return std::nullopt;
  return measurement_from(q);
}

std::vector<Id> SqlBoardStore::owners_of(Id item_id) {
  auto q = db_.prepare("SELECT user_id FROM board_item_owners WHERE item_id = ? ORDER BY user_id");
  q.bind(1, item_id);
  std::vector<Id> out;
  while (q.step()) out.push_back(q.integer(0));
  return out;
}

std::optional<BoardItem> SqlBoardStore::find_item(Id id) {
  // The item with its owners in one query: a row per owner (one row without any), the owner last.
  static const std::string sql = std::string(kItemColumnList) +
                                 ", o.user_id FROM board_items i JOIN users u ON u.id = i.created_by "
                                 "LEFT JOIN board_item_owners o ON o.item_id = i.id WHERE i.id = ? ORDER BY o.user_id";
  auto q = db_.prepare(sql.c_str());
  q.bind(1, id);
  std::optional<BoardItem> item;
  while (q.step()) {
    if (!item) item = item_from(q);
    if (!q.is_null(kItemColumns)) item->owner_ids.push_back(q.integer(kItemColumns));
  }
  return item;
}

std::vector<BoardItem> SqlBoardStore::list_items(Id team_id) {
  static const std::string sql = std::string(kItemSelect) + "WHERE i.team_id = ? ORDER BY i.id";
  std::vector<BoardItem> out;
  {
    auto q = db_.prepare(sql.c_str());
    q.bind(1, team_id);
    while (q.step()) out.push_back(item_from(q));
  }
  auto q = db_.prepare(
      "SELECT o.item_id, o.user_id FROM board_item_owners o JOIN board_items i ON i.id = o.item_id "
      "WHERE i.team_id = ? ORDER BY o.item_id, o.user_id");
  q.bind(1, team_id);
  std::size_t at = 0;
  while (q.step()) {
    const Id item_id = q.integer(0);
    while (at < out.size() && out[at].id < item_id) ++at;
    if (at < out.size() && out[at].id == item_id) out[at].owner_ids.push_back(q.integer(1));
  }
  return out;
}

std::vector<BoardItem> SqlBoardStore::list_leadership_obstacles(Id school_id, UnixTime resolved_since) {
  static const std::string sql =
      std::string(kItemSelect) +
      "JOIN teams t ON t.id = i.team_id WHERE t.school_id = ? AND i.kind = 'obstacle' AND "
      "(i.status IN ('leadership', 'answered', 'taken_on') OR (i.status = 'resolved' AND "
      "(i.previous_status != 'open' OR i.leadership_reply != '') AND i.status_changed_at >= ?)) "
      "ORDER BY i.status_changed_at DESC, i.id";
  auto q = db_.prepare(sql.c_str());
  q.bind(1, school_id).bind(2, resolved_since);
  std::vector<BoardItem> out;
  while (q.step()) out.push_back(item_from(q));
  return out;
}

double SqlBoardStore::last_position(Id team_id, ItemKind kind, std::string_view status) {
  auto q =
      db_.prepare("SELECT COALESCE(MAX(position), 0) FROM board_items WHERE team_id = ? AND kind = ? AND status = ?");
  q.bind(1, team_id).bind(2, to_string(kind)).bind(3, status);
  return q.step() ? q.real(0) : 0;
}

std::optional<BoardSession> SqlBoardStore::find_board_session(Id id) {
  static const std::string sql = std::string(kSessionSelect) + "WHERE id = ?";
  auto q = db_.prepare(sql.c_str());
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return session_from(q);
}

std::optional<BoardSession> SqlBoardStore::find_open_board_session(Id team_id) {
  static const std::string sql = std::string(kSessionSelect) + "WHERE team_id = ? AND closed_at IS NULL";
  auto q = db_.prepare(sql.c_str());
  q.bind(1, team_id);
  if (!q.step()) return std::nullopt;
  return session_from(q);
}

std::vector<SessionSummary> SqlBoardStore::list_board_sessions(Id team_id) {
  static const std::string sql = std::string(kSessionSelect) + "WHERE team_id = ? ORDER BY started_at DESC, id DESC";
  auto q = db_.prepare(sql.c_str());
  q.bind(1, team_id);
  std::vector<SessionSummary> out;
  while (q.step()) {
    auto session = session_from(q);
    out.push_back({session.id, session.started_at, session.closed_at, static_cast<int>(session.attendance.size())});
  }
  return out;
}

std::vector<RecordEntry> SqlBoardStore::list_record_entries(Id session_id) {
  auto q = db_.prepare(
      "SELECT kind, ref_id, text, detail, unit, value FROM board_session_records WHERE session_id = ? ORDER BY line");
  q.bind(1, session_id);
  std::vector<RecordEntry> out;
  while (q.step()) {
    std::optional<double> value;
    if (!q.is_null(5)) value = q.real(5);
    out.emplace_back(q.text(0), q.optional_integer(1), q.text(2), q.text(3), q.text(4), value);
  }
  return out;
}

void SqlBoardStore::add_owners(std::vector<BoardItem>& items, const char* owners_sql, Id key) {
  auto q = db_.prepare(owners_sql);
  q.bind(1, key);
  std::size_t at = 0;
  while (q.step()) {
    const Id item_id = q.integer(0);
    while (at < items.size() && items[at].id < item_id) ++at;
    if (at < items.size() && items[at].id == item_id) items[at].owner_ids.push_back(q.integer(1));
  }
}

std::vector<BoardItem> SqlBoardStore::list_open_actions_of(Id user_id) {
  static const std::string sql = std::string(kItemSelect) +
                                 "JOIN board_item_owners mine ON mine.item_id = i.id AND mine.user_id = ? "
                                 "WHERE i.kind = 'action' AND i.status IN ('todo', 'doing') ORDER BY i.id";
  std::vector<BoardItem> out;
  {
    auto q = db_.prepare(sql.c_str());
    q.bind(1, user_id);
    while (q.step()) out.push_back(item_from(q));
  }
  add_owners(
      out,
      "SELECT o.item_id, o.user_id FROM board_item_owners o JOIN board_item_owners mine ON mine.item_id = o.item_id "
      "JOIN board_items i ON i.id = o.item_id WHERE mine.user_id = ? AND i.kind = 'action' "
      "AND i.status IN ('todo', 'doing') ORDER BY o.item_id, o.user_id",
      user_id);
  return out;
}

std::vector<BoardItem> SqlBoardStore::list_obstacles_raised_by(Id user_id) {
  static const std::string sql =
      std::string(kItemSelect) + "WHERE i.created_by = ? AND i.kind = 'obstacle' ORDER BY i.id";
  std::vector<BoardItem> out;
  {
    auto q = db_.prepare(sql.c_str());
    q.bind(1, user_id);
    while (q.step()) out.push_back(item_from(q));
  }
  add_owners(out,
             "SELECT o.item_id, o.user_id FROM board_item_owners o JOIN board_items i ON i.id = o.item_id "
             "WHERE i.created_by = ? AND i.kind = 'obstacle' ORDER BY o.item_id, o.user_id",
             user_id);
  return out;
}

std::vector<Id> SqlBoardStore::list_owners_of_open_actions_due_before(std::string_view date) {
  auto q = db_.prepare(
      "SELECT DISTINCT o.user_id FROM board_items i JOIN board_item_owners o ON o.item_id = i.id "
      "WHERE i.kind = 'action' AND i.status IN ('todo', 'doing') AND i.due_on IS NOT NULL AND i.due_on < ? "
      "ORDER BY o.user_id");
  q.bind(1, date);
  std::vector<Id> out;
  while (q.step()) out.push_back(q.integer(0));
  return out;
}

std::int64_t SqlBoardStore::board_seq(Id team_id) {
  return last_seq_where("SELECT last_seq FROM boards WHERE team_id = ?", team_id);
}

std::int64_t SqlBoardStore::leadership_seq(Id school_id) {
  return last_seq_where("SELECT last_seq FROM leadership_rooms WHERE school_id = ?", school_id);
}

Result<Id> SqlBoardStore::insert_ambition(const Ambition& a) {
  auto q = db_.prepare("INSERT INTO ambitions (school_id, school_year, title, description) VALUES (?, ?, ?, ?)");
  q.bind(1, a.school_id).bind(2, a.school_year).bind(3, a.title).bind(4, a.description);
  return insert_returning_id(q, "title");
}

Result<void> SqlBoardStore::update_ambition(const Ambition& a, std::int64_t expected_version) {
  auto q = db_.prepare(
      "UPDATE ambitions SET school_year = ?, title = ?, description = ?, version = version + 1 WHERE id = ? AND "
      "version = ?");
  q.bind(1, a.school_year).bind(2, a.title).bind(3, a.description).bind(4, a.id).bind(5, expected_version);
  return versioned(q.run(), "SELECT 1 FROM ambitions WHERE id = ?", a.id, "ambition");
}

Result<void> SqlBoardStore::delete_ambition(Id id, std::int64_t expected_version) {
  auto q = db_.prepare("DELETE FROM ambitions WHERE id = ? AND version = ?");
  q.bind(1, id).bind(2, expected_version);
  return versioned(q.run(), "SELECT 1 FROM ambitions WHERE id = ?", id, "ambition");
}

Result<Id> SqlBoardStore::insert_cycle(const Cycle& c) {
  auto q = db_.prepare("INSERT INTO cycles (team_id, name, starts_on, ends_on) VALUES (?, ?, ?, ?)");
  q.bind(1, c.team_id).bind(2, c.name).bind(3, c.starts_on).bind(4, c.ends_on);
  return insert_returning_id(q, "name");
}

Result<void> SqlBoardStore::update_cycle(const Cycle& c, std::int64_t expected_version) {
  auto q = db_.prepare(
      "UPDATE cycles SET name = ?, starts_on = ?, ends_on = ?, updated_by = ?, version = version + 1 "
      "WHERE id = ? AND version = ?");
  q.bind(1, c.name)
      .bind(2, c.starts_on)
      .bind(3, c.ends_on)
      .bind(4, c.updated_by)
      .bind(5, c.id)
      .bind(6, expected_version);
  return versioned(q.run(), "SELECT 1 FROM cycles WHERE id = ?", c.id, "cycle");
}

Result<void> SqlBoardStore::close_cycle(Id id, const Retrospective& r, const std::vector<GoalResult>& goals,
                                        std::int64_t expected_version) {
  SB_CHECK(refuse_if_found("SELECT 1 FROM cycles WHERE id = ? AND retro_closed_at IS NOT NULL", id,
                           {ErrorCode::already_exists, "This cycle already has its retrospective.", "retrospective"}));
  auto q = db_.prepare(
      "UPDATE cycles SET retro_goal_reached = ?, retro_helped = ?, retro_change = ?, retro_closed_at = ?, "
      "version = version + 1 WHERE id = ? AND version = ? AND retro_closed_at IS NULL");
  q.bind(1, r.goal_reached)
      .bind(2, r.helped)
      .bind(3, r.change)
      .bind(4, r.closed_at)
      .bind(5, id)
      .bind(6, expected_version);
  SB_CHECK(versioned(q.run(), "SELECT 1 FROM cycles WHERE id = ?", id, "cycle"));
  std::int64_t line = 0;
  for (const auto& g : goals) {
    auto insert = db_.prepare(
        "INSERT INTO cycle_goal_results (cycle_id, line, goal_id, title, unit, direction, baseline, target, latest, "
        "latest_week, reached, continued_as, actions_carried) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, ++line).bind(3, g.goal_id).bind(4, g.title).bind(5, to_string(g.unit));
    insert.bind(6, to_string(g.direction)).bind(7, g.baseline).bind(8, g.target);
    if (g.latest)
      insert.bind(9, *g.latest);
    else
      insert.bind_null(9);
    if (g.latest_week)
      insert.bind(10, *g.latest_week);
    else
      insert.bind_null(10);
    insert.bind(11, g.reached).bind(12, g.continued_as).bind(13, std::int64_t{g.actions_carried});
    SB_CHECK(insert.run());
  }
  return ok();
}

Result<Id> SqlBoardStore::insert_goal(const Goal& g) {
  auto q = db_.prepare(
      "INSERT INTO goals (team_id, cycle_id, ambition_id, title, students, measure, unit, baseline, target, direction) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, g.team_id).bind(2, g.cycle_id).bind(3, g.ambition_id).bind(4, g.title).bind(5, g.students);
  q.bind(6, g.measure)
      .bind(7, to_string(g.unit))
      .bind(8, g.baseline)
      .bind(9, g.target)
      .bind(10, to_string(g.direction));
  return insert_returning_id(q, "title");
}

Result<void> SqlBoardStore::update_goal(const Goal& g, std::int64_t expected_version) {
  auto q = db_.prepare(
      "UPDATE goals SET cycle_id = ?, ambition_id = ?, title = ?, students = ?, measure = ?, unit = ?, baseline = ?, "
      "target = ?, direction = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?");
  q.bind(1, g.cycle_id).bind(2, g.ambition_id).bind(3, g.title).bind(4, g.students).bind(5, g.measure);
  q.bind(6, to_string(g.unit)).bind(7, g.baseline).bind(8, g.target).bind(9, to_string(g.direction));
  q.bind(10, g.updated_by).bind(11, g.id).bind(12, expected_version);
  return versioned(q.run(), "SELECT 1 FROM goals WHERE id = ?", g.id, "goal");
}

Result<void> SqlBoardStore::delete_goal(Id id, std::int64_t expected_version) {
  auto q = db_.prepare("DELETE FROM goals WHERE id = ? AND version = ?");
  q.bind(1, id).bind(2, expected_version);
  return versioned(q.run(), "SELECT 1 FROM goals WHERE id = ?", id, "goal");
}

Result<Id> SqlBoardStore::insert_measurement(const Measurement& m) {
  auto q =
      db_.prepare("INSERT INTO measurements (goal_id, week, value, entered_by, entered_at) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, m.goal_id).bind(2, m.week).bind(3, m.value).bind(4, m.entered_by).bind(5, m.entered_at);
  auto id = insert_returning_id(q, "week");
  if (!id && id.error().code == ErrorCode::already_exists) {
    return std::unexpected(Error{ErrorCode::conflict, "Someone else entered this week's value first.", "version"});
  }
  return id;
}

Result<void> SqlBoardStore::update_measurement(const Measurement& m, std::int64_t expected_version) {
  auto q = db_.prepare(
      "UPDATE measurements SET value = ?, entered_by = ?, entered_at = ?, version = version + 1 WHERE id = ? AND "
      "version = ?");
  q.bind(1, m.value).bind(2, m.entered_by).bind(3, m.entered_at).bind(4, m.id).bind(5, expected_version);
  return versioned(q.run(), "SELECT 1 FROM measurements WHERE id = ?", m.id, "measurement");
}

Result<void> SqlBoardStore::delete_measurement(Id id, std::int64_t expected_version) {
  auto q = db_.prepare("DELETE FROM measurements WHERE id = ? AND version = ?");
  q.bind(1, id).bind(2, expected_version);
  return versioned(q.run(), "SELECT 1 FROM measurements WHERE id = ?", id, "measurement");
}

Result<void> SqlBoardStore::write_owners(Id item_id, const std::vector<Id>& owner_ids) {
  auto clear = db_.prepare("DELETE FROM board_item_owners WHERE item_id = ?");
  clear.bind(1, item_id);
  SB_CHECK(clear.run());
  for (auto owner : owner_ids) {
    auto q = db_.prepare("INSERT INTO board_item_owners (item_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
    q.bind(1, item_id).bind(2, owner);
    SB_CHECK(q.run());
  }
  return ok();
}

Result<Id> SqlBoardStore::insert_item(const BoardItem& i) {
  auto q = db_.prepare(
      "INSERT INTO board_items (team_id, kind, text, notes, status, position, goal_id, due_on, created_by, created_at, "
      "updated_at, status_changed_at, previous_status, leadership_reply, from_obstacle_id, source_kind, source_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, i.team_id)
      .bind(2, to_string(i.kind))
      .bind(3, i.text)
      .bind(4, i.notes)
      .bind(5, i.status)
      .bind(6, i.position);
  q.bind(7, i.goal_id);
  if (i.due_on)
    q.bind(8, *i.due_on);
  else
    q.bind_null(8);
  q.bind(9, i.created_by).bind(10, i.created_at).bind(11, i.updated_at).bind(12, i.status_changed_at);
  q.bind(13, i.previous_status).bind(14, i.leadership_reply).bind(15, i.from_obstacle_id);
  if (i.source)
    q.bind(16, i.source->kind).bind(17, i.source->id);
  else
    q.bind_null(16).bind_null(17);
  SB_TRY(id, insert_returning_id(q, ""));
  SB_CHECK(write_owners(id, i.owner_ids));
  return id;
}

Result<void> SqlBoardStore::update_item(const BoardItem& i, std::int64_t expected_version) {
  auto q = db_.prepare(
      "UPDATE board_items SET text = ?, notes = ?, status = ?, position = ?, goal_id = ?, due_on = ?, updated_at = ?, "
      "status_changed_at = ?, previous_status = ?, leadership_reply = ?, updated_by = ?, version = version + 1 "
      "WHERE id = ? AND version = ?");
  q.bind(1, i.text).bind(2, i.notes).bind(3, i.status).bind(4, i.position).bind(5, i.goal_id);
  if (i.due_on)
    q.bind(6, *i.due_on);
  else
    q.bind_null(6);
  q.bind(7, i.updated_at).bind(8, i.status_changed_at).bind(9, i.previous_status).bind(10, i.leadership_reply);
  q.bind(11, i.updated_by).bind(12, i.id).bind(13, expected_version);
  return versioned(q.run(), "SELECT 1 FROM board_items WHERE id = ?", i.id, "item");
}

Result<void> SqlBoardStore::replace_item_owners(Id item_id, const std::vector<Id>& owner_ids) {
  return write_owners(item_id, owner_ids);
}

Result<void> SqlBoardStore::delete_item(Id id, std::int64_t expected_version) {
  auto q = db_.prepare("DELETE FROM board_items WHERE id = ? AND version = ?");
  q.bind(1, id).bind(2, expected_version);
  return versioned(q.run(), "SELECT 1 FROM board_items WHERE id = ?", id, "item");
}

Result<Id> SqlBoardStore::insert_board_session(const BoardSession& s) {
  auto q = db_.prepare(
      "INSERT INTO board_sessions (team_id, started_at, started_by, total_minutes, step, step_started_at, attendance) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, s.team_id).bind(2, s.started_at).bind(3, s.started_by).bind(4, std::int64_t{s.total_minutes});
  q.bind(5, std::int64_t{s.step}).bind(6, s.step_started_at).bind(7, join_ids(s.attendance));
  auto id = insert_returning_id(q, "");
  if (!id && id.error().code == ErrorCode::already_exists) {
    return std::unexpected(Error{ErrorCode::already_exists, "A board session is already running for this team.", ""});
  }
  return id;
}

Result<void> SqlBoardStore::update_board_session(const BoardSession& s, std::int64_t expected_version) {
  SB_CHECK(refuse_if_found(kClosedSession, s.id, {ErrorCode::failed_precondition, "This session is closed.", ""}));
  auto q = db_.prepare(
      "UPDATE board_sessions SET total_minutes = ?, step = ?, step_started_at = ?, attendance = ?, version = version + "
      "1 "
      "WHERE id = ? AND version = ? AND closed_at IS NULL");
  q.bind(1, std::int64_t{s.total_minutes}).bind(2, std::int64_t{s.step}).bind(3, s.step_started_at);
  q.bind(4, join_ids(s.attendance)).bind(5, s.id).bind(6, expected_version);
  return versioned(q.run(), "SELECT 1 FROM board_sessions WHERE id = ?", s.id, "board session");
}

Result<void> SqlBoardStore::close_board_session(Id id, UnixTime closed_at, const std::vector<RecordEntry>& record,
                                                std::int64_t expected_version) {
  SB_CHECK(
      refuse_if_found(kClosedSession, id, {ErrorCode::failed_precondition, "This session is closed already.", ""}));
  auto q = db_.prepare(
      "UPDATE board_sessions SET closed_at = ?, version = version + 1 WHERE id = ? AND version = ? AND closed_at IS "
      "NULL");
  q.bind(1, closed_at).bind(2, id).bind(3, expected_version);
  SB_CHECK(versioned(q.run(), "SELECT 1 FROM board_sessions WHERE id = ?", id, "board session"));
  std::int64_t line = 0;
  for (const auto& entry : record) {
    auto insert = db_.prepare(
        "INSERT INTO board_session_records (session_id, line, kind, ref_id, text, detail, unit, value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, id)
        .bind(2, ++line)
        .bind(3, entry.kind)
        .bind(4, entry.ref_id)
        .bind(5, entry.text)
        .bind(6, entry.detail);
    insert.bind(7, entry.unit);
    if (entry.value)
      insert.bind(8, *entry.value);
    else
      insert.bind_null(8);
    SB_CHECK(insert.run());
  }
  return ok();
}

Result<void> SqlBoardStore::refuse_if_found(const char* sql, Id id, Error refusal) {
  auto q = db_.prepare(sql);
  q.bind(1, id);
  if (q.step()) return std::unexpected(std::move(refusal));
  return ok();
}

std::int64_t SqlBoardStore::last_seq_where(const char* sql, Id id) {
  auto q = db_.prepare(sql);
  q.bind(1, id);
  return q.step() ? q.integer(0) : 0;
}

Result<std::int64_t> SqlBoardStore::take_seq(const char* sql, Id id) {
  auto q = db_.prepare(sql);
  q.bind(1, id);
  if (!q.step()) return std::unexpected(Error::internal("Could not take the room's next sequence number."));
  const auto seq = q.integer(0);
  SB_CHECK(q.run());
  return seq;
}

Result<std::int64_t> SqlBoardStore::next_board_seq(Id team_id) {
  return take_seq(
      "INSERT INTO boards (team_id, last_seq) VALUES (?, 1) "
      "ON CONFLICT (team_id) DO UPDATE SET last_seq = boards.last_seq + 1 RETURNING last_seq",
      team_id);
}

Result<std::int64_t> SqlBoardStore::next_leadership_seq(Id school_id) {
  return take_seq(
      "INSERT INTO leadership_rooms (school_id, last_seq) VALUES (?, 1) "
      "ON CONFLICT (school_id) DO UPDATE SET last_seq = leadership_rooms.last_seq + 1 RETURNING last_seq",
      school_id);
}

}  // namespace sb::sql
