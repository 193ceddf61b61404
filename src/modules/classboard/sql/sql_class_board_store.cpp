#include "modules/classboard/sql/sql_class_board_store.h"

#include "storage/sql/rhythm_rows.h"

namespace sb::sql {
namespace {

#define SB_CLASS_BOARD_COLUMNS                                                                                      \
  "SELECT id, school_id, team_id, owner_id, class_name, goal, measure_kind, measure_label, code, code_expires_at, " \
  "display_hash IS NOT NULL, seq, created_at FROM class_boards "

ClassBoard board_from(const Statement& q) {
  ClassBoard b;
  b.id = q.integer(0);
  b.school_id = q.integer(1);
  b.team_id = q.integer(2);
  b.owner_id = q.integer(3);
  b.class_name = q.text(4);
  b.goal = q.text(5);
  b.measure_kind = parse_class_measure_kind(q.text(6)).value_or(ClassMeasureKind::smiley);
  b.measure_label = q.text(7);
  b.code = q.text(8);
  b.code_expires_at = q.integer(9);
  b.display_link = q.integer(10) != 0;
  b.seq = q.integer(11);
  b.created_at = q.integer(12);
  return b;
}

}  // namespace

std::vector<ClassBoard> SqlClassBoardStore::boards(Statement& query) {
  std::vector<ClassBoard> out;
  while (query.step()) out.push_back(board_from(query));
  return out;
}

std::optional<ClassSession> SqlClassBoardStore::session(Statement& query) {
  if (!query.step()) return std::nullopt;
  return ClassSession{query.integer(0), query.integer(1), query.integer(2), query.integer(3)};
}

std::vector<ClassItem> SqlClassBoardStore::items(Statement& query) {
  std::vector<ClassItem> out;
  while (query.step()) {
    out.push_back({query.integer(0), query.integer(1),
                   parse_class_item_kind(query.text(2)).value_or(ClassItemKind::action), query.text(3),
                   query.integer(4) != 0});
  }
  return out;
}

std::vector<ClassIdea> SqlClassBoardStore::ideas(Statement& query) {
  std::vector<ClassIdea> out;
  while (query.step()) out.push_back({query.integer(0), query.integer(1), query.text(2), query.integer(3) != 0});
  return out;
}

std::optional<ClassBoard> SqlClassBoardStore::find_class_board(Id board_id) {
  auto q = db_.prepare(SB_CLASS_BOARD_COLUMNS "WHERE id = ?");
  q.bind(1, board_id);
  auto found = boards(q);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<ClassBoard> SqlClassBoardStore::class_boards_of(Id owner_id, Id team_id) {
  auto q = db_.prepare(SB_CLASS_BOARD_COLUMNS "WHERE owner_id = ? AND team_id = ? ORDER BY created_at DESC, id DESC");
  q.bind(1, owner_id).bind(2, team_id);
  return boards(q);
}

std::vector<TeamClassBoards> SqlClassBoardStore::class_boards_per_team(Id school_id) {
  auto q =
      db_.prepare("SELECT team_id, count(*) FROM class_boards WHERE school_id = ? GROUP BY team_id ORDER BY team_id");
  q.bind(1, school_id);
  std::vector<TeamClassBoards> out;
  while (q.step()) out.push_back({q.integer(0), static_cast<int>(q.integer(1)), {}});
  return out;
}

std::optional<ClassBoard> SqlClassBoardStore::class_board_with_code(std::string_view code, UnixTime now) {
  auto q = db_.prepare(SB_CLASS_BOARD_COLUMNS "WHERE code = ? AND code_expires_at > ?");
  q.bind(1, code).bind(2, now);
  auto found = boards(q);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::optional<ClassBoard> SqlClassBoardStore::class_board_with_display(std::string_view token_hash) {
  auto q = db_.prepare(SB_CLASS_BOARD_COLUMNS "WHERE display_hash = ?");
  q.bind(1, token_hash);
  auto found = boards(q);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::optional<ClassSession> SqlClassBoardStore::running_class_session_with(std::string_view token_hash, UnixTime now) {
  auto q = db_.prepare(
      "SELECT id, board_id, started_at, ends_at FROM class_board_sessions WHERE token_hash = ? AND ends_at > ?");
  q.bind(1, token_hash).bind(2, now);
  return session(q);
}

std::optional<ClassSession> SqlClassBoardStore::running_class_session_of(Id board_id, UnixTime now) {
  auto q = db_.prepare(
      "SELECT id, board_id, started_at, ends_at FROM class_board_sessions WHERE board_id = ? AND ends_at > ? "
      "ORDER BY started_at DESC LIMIT 1");
  q.bind(1, board_id).bind(2, now);
  return session(q);
}

std::vector<ClassItem> SqlClassBoardStore::class_items(Id board_id) {
  auto q = db_.prepare("SELECT id, board_id, kind, text, done FROM class_board_items WHERE board_id = ? ORDER BY id");
  q.bind(1, board_id);
  return items(q);
}

std::optional<ClassItem> SqlClassBoardStore::find_class_item(Id item_id) {
  auto q = db_.prepare("SELECT id, board_id, kind, text, done FROM class_board_items WHERE id = ?");
  q.bind(1, item_id);
  auto found = items(q);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<ClassIdea> SqlClassBoardStore::class_ideas(Id board_id) {
  auto q = db_.prepare("SELECT id, board_id, text, approved FROM class_board_ideas WHERE board_id = ? ORDER BY id");
  q.bind(1, board_id);
  return ideas(q);
}

std::optional<ClassIdea> SqlClassBoardStore::find_class_idea(Id idea_id) {
  auto q = db_.prepare("SELECT id, board_id, text, approved FROM class_board_ideas WHERE id = ?");
  q.bind(1, idea_id);
  auto found = ideas(q);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<ClassMeasurement> SqlClassBoardStore::class_measurements(Id board_id) {
  auto q = db_.prepare("SELECT week, value FROM class_board_measurements WHERE board_id = ? ORDER BY week");
  q.bind(1, board_id);
  std::vector<ClassMeasurement> out;
  while (q.step()) out.push_back({q.text(0), static_cast<int>(q.integer(1))});
  return out;
}

std::vector<RhythmSignal> SqlClassBoardStore::count_class_sessions_by_week(const RhythmQuery& query) {
  const auto range = week_range(query);
  if (!range) return {};
  auto rows = db_.prepare(
      "SELECT team_id, started_at FROM class_board_sessions "
      "WHERE team_id IN (SELECT value FROM json_each(?1)) AND started_at >= ?2 AND started_at < ?3");
  rows.bind(1, json_id_array(query.team_ids)).bind(2, range->from).bind(3, range->to);
  return count_by_week(rows, *range, "class_board_session");
}

Result<Id> SqlClassBoardStore::insert_class_board(const ClassBoard& b) {
  auto q = db_.prepare(
      "INSERT INTO class_boards (school_id, team_id, owner_id, class_name, goal, measure_kind, measure_label, code, "
      "code_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, b.school_id).bind(2, b.team_id).bind(3, b.owner_id).bind(4, b.class_name).bind(5, b.goal);
  q.bind(6, to_string(b.measure_kind)).bind(7, b.measure_label).bind(8, b.code).bind(9, b.code_expires_at);
  q.bind(10, b.created_at);
  return insert_returning_id(q, "class_board");
}

Result<void> SqlClassBoardStore::update_class_board(const ClassBoard& b) {
  auto q = db_.prepare("UPDATE class_boards SET class_name = ?, goal = ?, measure_label = ? WHERE id = ?");
  q.bind(1, b.class_name).bind(2, b.goal).bind(3, b.measure_label).bind(4, b.id);
  return q.run();
}

Result<void> SqlClassBoardStore::delete_class_board(Id board_id) {
  auto q = db_.prepare("DELETE FROM class_boards WHERE id = ?");
  q.bind(1, board_id);
  return q.run();
}

Result<void> SqlClassBoardStore::set_class_code(Id board_id, std::string_view code, UnixTime expires_at) {
  auto q = db_.prepare("UPDATE class_boards SET code = ?, code_expires_at = ? WHERE id = ?");
  q.bind(1, code).bind(2, expires_at).bind(3, board_id);
  return q.run();
}

Result<void> SqlClassBoardStore::set_class_display(Id board_id, std::optional<std::string_view> token_hash) {
  auto q = db_.prepare("UPDATE class_boards SET display_hash = ? WHERE id = ?");
  if (token_hash)
    q.bind(1, *token_hash);
  else
    q.bind_null(1);
  q.bind(2, board_id);
  return q.run();
}

Result<std::int64_t> SqlClassBoardStore::next_class_board_seq(Id board_id) {
  auto q = db_.prepare("UPDATE class_boards SET seq = seq + 1 WHERE id = ? RETURNING seq");
  q.bind(1, board_id);
  if (!q.step()) {
    SB_CHECK(q.run());
    return std::unexpected(Error::not_found("No such class board."));
  }
  const auto seq = q.integer(0);
  SB_CHECK(q.run());
  return seq;
}

Result<Id> SqlClassBoardStore::insert_class_item(const ClassItem& item) {
  auto q = db_.prepare("INSERT INTO class_board_items (board_id, kind, text, done) VALUES (?, ?, ?, ?)");
  q.bind(1, item.board_id).bind(2, to_string(item.kind)).bind(3, item.text).bind(4, std::int64_t{item.done ? 1 : 0});
  return insert_returning_id(q, "text");
}

Result<void> SqlClassBoardStore::update_class_item(const ClassItem& item) {
  auto q = db_.prepare("UPDATE class_board_items SET text = ?, done = ? WHERE id = ?");
  q.bind(1, item.text).bind(2, std::int64_t{item.done ? 1 : 0}).bind(3, item.id);
  return q.run();
}

Result<void> SqlClassBoardStore::delete_class_item(Id item_id) {
  auto q = db_.prepare("DELETE FROM class_board_items WHERE id = ?");
  q.bind(1, item_id);
  return q.run();
}

Result<Id> SqlClassBoardStore::insert_class_idea(Id board_id, std::string_view text) {
  auto q = db_.prepare("INSERT INTO class_board_ideas (board_id, text) VALUES (?, ?)");
  q.bind(1, board_id).bind(2, text);
  return insert_returning_id(q, "text");
}

Result<void> SqlClassBoardStore::approve_class_idea(Id idea_id) {
  auto q = db_.prepare("UPDATE class_board_ideas SET approved = 1 WHERE id = ?");
  q.bind(1, idea_id);
  return q.run();
}

Result<void> SqlClassBoardStore::delete_class_idea(Id idea_id) {
  auto q = db_.prepare("DELETE FROM class_board_ideas WHERE id = ?");
  q.bind(1, idea_id);
  return q.run();
}

Result<void> SqlClassBoardStore::put_class_measurement(Id board_id, const ClassMeasurement& m) {
  auto q = db_.prepare(
      "INSERT INTO class_board_measurements (board_id, week, value) VALUES (?, ?, ?) "
      "ON CONFLICT (board_id, week) DO UPDATE SET value = excluded.value");
  q.bind(1, board_id).bind(2, m.week).bind(3, std::int64_t{m.value});
  return q.run();
}

Result<Id> SqlClassBoardStore::insert_class_session(Id board_id, std::string_view token_hash, UnixTime started_at,
                                                    UnixTime ends_at) {
  auto q = db_.prepare(
      "INSERT INTO class_board_sessions (board_id, team_id, token_hash, started_at, ends_at) "
      "SELECT id, team_id, ?, ?, ? FROM class_boards WHERE id = ?");
  q.bind(1, token_hash).bind(2, started_at).bind(3, ends_at).bind(4, board_id);
  return insert_returning_id(q, "session");
}

Result<void> SqlClassBoardStore::end_class_sessions(Id board_id, UnixTime at) {
  auto q = db_.prepare("UPDATE class_board_sessions SET ends_at = ? WHERE board_id = ? AND ends_at > ?");
  q.bind(1, at).bind(2, board_id).bind(3, at);
  return q.run();
}

}  // namespace sb::sql
