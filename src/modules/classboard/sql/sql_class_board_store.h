// The classboard module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (ClassBoardWrites) over the unit of work's connection.
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/classboard/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlClassBoardStore final : public ClassBoardWrites, Part {
 public:
  explicit SqlClassBoardStore(Connection& connection) : Part(connection) {}

  std::optional<ClassBoard> find_class_board(Id board_id) override;
  std::vector<ClassBoard> class_boards_of(Id owner_id, Id team_id) override;
  std::vector<TeamClassBoards> class_boards_per_team(Id school_id) override;
  std::optional<ClassBoard> class_board_with_code(std::string_view code, UnixTime now) override;
  std::optional<ClassBoard> class_board_with_display(std::string_view token_hash) override;
  std::optional<ClassSession> running_class_session_with(std::string_view token_hash, UnixTime now) override;
  std::optional<ClassSession> running_class_session_of(Id board_id, UnixTime now) override;
  std::vector<ClassItem> class_items(Id board_id) override;
  std::optional<ClassItem> find_class_item(Id item_id) override;
  std::vector<ClassIdea> class_ideas(Id board_id) override;
  std::optional<ClassIdea> find_class_idea(Id idea_id) override;
  std::vector<ClassMeasurement> class_measurements(Id board_id) override;
  std::vector<RhythmSignal> count_class_sessions_by_week(const RhythmQuery& query) override;

  Result<Id> insert_class_board(const ClassBoard& board) override;
  Result<void> update_class_board(const ClassBoard& board) override;
  Result<void> delete_class_board(Id board_id) override;
  Result<void> set_class_code(Id board_id, std::string_view code, UnixTime expires_at) override;
  Result<void> set_class_display(Id board_id, std::optional<std::string_view> token_hash) override;
  Result<std::int64_t> next_class_board_seq(Id board_id) override;
  Result<Id> insert_class_item(const ClassItem& item) override;
  Result<void> update_class_item(const ClassItem& item) override;
  Result<void> delete_class_item(Id item_id) override;
  Result<Id> insert_class_idea(Id board_id, std::string_view text) override;
  Result<void> approve_class_idea(Id idea_id) override;
  Result<void> delete_class_idea(Id idea_id) override;
  Result<void> put_class_measurement(Id board_id, const ClassMeasurement& measurement) override;
  Result<Id> insert_class_session(Id board_id, std::string_view token_hash, UnixTime started_at,
                                  UnixTime ends_at) override;
  Result<void> end_class_sessions(Id board_id, UnixTime at) override;

 private:
  std::vector<ClassBoard> boards(Statement& query);
  std::optional<ClassSession> session(Statement& query);
  std::vector<ClassItem> items(Statement& query);
  std::vector<ClassIdea> ideas(Statement& query);
};

}  // namespace sb::sql
