// The board module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (BoardWrites) over the unit of work's connection. Made once per connection
// by board_sql(). Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/board/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlBoardStore final : public BoardWrites, Part {
 public:
  explicit SqlBoardStore(Connection& connection) : Part(connection) {}

  std::optional<Ambition> find_ambition(Id id) override;
  std::vector<Ambition> list_ambitions(Id school_id) override;
  std::int64_t count_goals_of_ambition(Id ambition_id) override;
  std::optional<Cycle> find_cycle(Id id) override;
  std::vector<Cycle> list_cycles(Id team_id) override;
  std::vector<GoalResult> list_goal_results(Id cycle_id) override;
  std::optional<Goal> find_goal(Id id) override;
  std::vector<Goal> list_goals(Id team_id) override;
  std::optional<Measurement> find_measurement(Id goal_id, std::string_view week) override;
  std::optional<BoardItem> find_item(Id id) override;
  std::vector<BoardItem> list_items(Id team_id) override;
  std::vector<BoardItem> list_leadership_obstacles(Id school_id, UnixTime resolved_since) override;
  // In sqlite_board_team_figures.cpp.
  std::vector<RhythmSignal> count_sessions_by_week(const RhythmQuery& query) override;
  std::vector<RhythmSignal> count_measurements_by_week(const RhythmQuery& query) override;
  std::vector<TeamGoalVerdicts> count_goal_verdicts(const std::vector<Id>& team_ids) override;
  std::vector<TeamOpenObstacles> count_leadership_obstacles(const std::vector<Id>& team_ids) override;
  double last_position(Id team_id, ItemKind kind, std::string_view status) override;
  std::optional<BoardSession> find_board_session(Id id) override;
  std::optional<BoardSession> find_open_board_session(Id team_id) override;
  std::vector<SessionSummary> list_board_sessions(Id team_id) override;
  std::vector<RecordEntry> list_record_entries(Id session_id) override;
  std::int64_t board_seq(Id team_id) override;
  std::int64_t leadership_seq(Id school_id) override;
  std::vector<BoardItem> list_open_actions_of(Id user_id) override;
  std::vector<BoardItem> list_obstacles_raised_by(Id user_id) override;
  std::vector<Id> list_owners_of_open_actions_due_before(std::string_view date) override;
  Result<Id> insert_ambition(const Ambition& ambition) override;
  Result<void> update_ambition(const Ambition& ambition, std::int64_t expected_version) override;
  Result<void> delete_ambition(Id id, std::int64_t expected_version) override;
  Result<Id> insert_cycle(const Cycle& cycle) override;
  Result<void> update_cycle(const Cycle& cycle, std::int64_t expected_version) override;
  Result<void> close_cycle(Id id, const Retrospective& retrospective, const std::vector<GoalResult>& goals,
                           std::int64_t expected_version) override;
  Result<Id> insert_goal(const Goal& goal) override;
  Result<void> update_goal(const Goal& goal, std::int64_t expected_version) override;
  Result<void> delete_goal(Id id, std::int64_t expected_version) override;
  Result<Id> insert_measurement(const Measurement& measurement) override;
  Result<void> update_measurement(const Measurement& measurement, std::int64_t expected_version) override;
  Result<void> delete_measurement(Id id, std::int64_t expected_version) override;
  Result<Id> insert_item(const BoardItem& item) override;
  Result<void> update_item(const BoardItem& item, std::int64_t expected_version) override;
  Result<void> replace_item_owners(Id item_id, const std::vector<Id>& owner_ids) override;
  Result<void> delete_item(Id id, std::int64_t expected_version) override;
  Result<Id> insert_board_session(const BoardSession& session) override;
  Result<void> update_board_session(const BoardSession& session, std::int64_t expected_version) override;
  Result<void> close_board_session(Id id, UnixTime closed_at, const std::vector<RecordEntry>& record,
                                   std::int64_t expected_version) override;
  Result<std::int64_t> next_board_seq(Id team_id) override;
  Result<std::int64_t> next_leadership_seq(Id school_id) override;

 private:
  Result<void> write_owners(Id item_id, const std::vector<Id>& owner_ids);
  // Fails with `refusal` when `sql` (one ? for `id`) finds a row: a state that refuses a change whatever its version.
  Result<void> refuse_if_found(const char* sql, Id id, Error refusal);
  // A room's last sequence number (`sql`: one ? for `id`), 0 before its first event.
  std::int64_t last_seq_where(const char* sql, Id id);
  // Runs `sql` (an upsert with one ? for `id` that returns the new number): a room's next sequence number.
  Result<std::int64_t> take_seq(const char* sql, Id id);
  std::vector<Measurement> measurements_of(Id goal_id);
  std::vector<Id> owners_of(Id item_id);
  // Fills in the owners of items listed by id (one query with `owners_sql`, one ? for `key`).
  void add_owners(std::vector<BoardItem>& items, const char* owners_sql, Id key);
};

}  // namespace sb::sql
