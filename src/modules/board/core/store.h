// The board module's part of a unit of work (kernel/ports/store.h): a team's
// ambitions, cycles, goals and measurements, items, board sessions and the
// board's sequence number. board(tx) hands it out; each store implementation
// (modules/board/sqlite) implements it, and the module's contract suite
// (modules/board/contract) holds every one to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "kernel/rhythm.h"
#include "modules/board/core/model.h"
#include "modules/board/core/team_figures.h"

namespace sb {

class BoardReads {
 public:
  virtual ~BoardReads() = default;
  virtual std::optional<Ambition> find_ambition(Id id) = 0;
  virtual std::vector<Ambition> list_ambitions(Id school_id) = 0;
  // Goals of any team that serve the ambition.
  virtual std::int64_t count_goals_of_ambition(Id ambition_id) = 0;
  virtual std::optional<Cycle> find_cycle(Id id) = 0;
  virtual std::vector<Cycle> list_cycles(Id team_id) = 0;  // by start date
  // The goal lines of a cycle's retrospective, in the order they were written.
  virtual std::vector<GoalResult> list_goal_results(Id cycle_id) = 0;
  virtual std::optional<Goal> find_goal(Id id) = 0;  // with measurements
  virtual std::vector<Goal> list_goals(Id team_id) = 0;
  virtual std::optional<Measurement> find_measurement(Id goal_id, std::string_view week) = 0;
  virtual std::optional<BoardItem> find_item(Id id) = 0;
  virtual std::vector<BoardItem> list_items(Id team_id) = 0;
  // Obstacles of the school's teams handed to the leadership and not resolved
  // (leadership, answered, taken_on), and those resolved since `resolved_since`
  // that had been with the leadership; the most recently changed first.
  virtual std::vector<BoardItem> list_leadership_obstacles(Id school_id, UnixTime resolved_since) = 0;
  virtual double last_position(Id team_id, ItemKind kind, std::string_view status) = 0;
  virtual std::optional<BoardSession> find_board_session(Id id) = 0;
  virtual std::optional<BoardSession> find_open_board_session(Id team_id) = 0;
  virtual std::vector<SessionSummary> list_board_sessions(Id team_id) = 0;
  virtual std::vector<RecordEntry> list_record_entries(Id session_id) = 0;
  virtual std::int64_t board_seq(Id team_id) = 0;
  // Where a school's leadership room stands: its last event's sequence number (0 before its first).
  virtual std::int64_t leadership_seq(Id school_id) = 0;

  // A person's work across every team (Mijn acties, the weekly digest); the use cases
  // keep only what lies in teams where the person still holds a role.
  // Actions with status todo or doing that the user owns, by id.
  virtual std::vector<BoardItem> list_open_actions_of(Id user_id) = 0;
  // Obstacles the user raised (created_by), by id.
  virtual std::vector<BoardItem> list_obstacles_raised_by(Id user_id) = 0;
  // Everyone who owns an action with status todo or doing due before `date`, each once, by id.
  virtual std::vector<Id> list_owners_of_open_actions_due_before(std::string_view date) = 0;

  // For views above the team (kernel/rhythm.h, the rhythm module), each one query for all the teams:
  // closed board sessions per team and week (the Monday of the day it started, UTC), with their attendees.
  virtual std::vector<RhythmSignal> count_sessions_by_week(const RhythmQuery& query) = 0;
  // Measurements per team and week, for the goals of the teams.
  virtual std::vector<RhythmSignal> count_measurements_by_week(const RhythmQuery& query) = 0;
  // Goal verdicts of the teams' closed cycles; teams without any are left out.
  virtual std::vector<TeamGoalVerdicts> count_goal_verdicts(const std::vector<Id>& team_ids) = 0;
  // Obstacles now with the leadership per team; teams without any are left out.
  virtual std::vector<TeamOpenObstacles> count_leadership_obstacles(const std::vector<Id>& team_ids) = 0;
};

class BoardWrites : public BoardReads {
 public:
  // The board. An update names the version it was made on and fails with
  // conflict when the stored version differs (not_found when the row is gone);
  // on success the stored version goes up by one.
  virtual Result<Id> insert_ambition(const Ambition& ambition) = 0;
  virtual Result<void> update_ambition(const Ambition& ambition, std::int64_t expected_version) = 0;
  // Goals that served the ambition lose the link.
  virtual Result<void> delete_ambition(Id id, std::int64_t expected_version) = 0;
  virtual Result<Id> insert_cycle(const Cycle& cycle) = 0;
  // Name and dates only: a cycle's retrospective is written by close_cycle.
  virtual Result<void> update_cycle(const Cycle& cycle, std::int64_t expected_version) = 0;
  // Writes the cycle's retrospective with its goal lines. A retrospective is
  // written once: a cycle that has one fails with already_exists (field
  // "retrospective"), whatever the version.
  virtual Result<void> close_cycle(Id id, const Retrospective& retrospective, const std::vector<GoalResult>& goals,
                                   std::int64_t expected_version) = 0;
  virtual Result<Id> insert_goal(const Goal& goal) = 0;
  virtual Result<void> update_goal(const Goal& goal, std::int64_t expected_version) = 0;
  virtual Result<void> delete_goal(Id id, std::int64_t expected_version) = 0;
  virtual Result<Id> insert_measurement(const Measurement& measurement) = 0;
  virtual Result<void> update_measurement(const Measurement& measurement, std::int64_t expected_version) = 0;
  virtual Result<void> delete_measurement(Id id, std::int64_t expected_version) = 0;
  virtual Result<Id> insert_item(const BoardItem& item) = 0;
  // Writes the item's fields and a new version; its owners stay (replace_item_owners changes them).
  virtual Result<void> update_item(const BoardItem& item, std::int64_t expected_version) = 0;
  virtual Result<void> replace_item_owners(Id item_id, const std::vector<Id>& owner_ids) = 0;
  virtual Result<void> delete_item(Id id, std::int64_t expected_version) = 0;
  // One session of a team is open at a time: another fails with already_exists.
  virtual Result<Id> insert_board_session(const BoardSession& session) = 0;
  virtual Result<void> update_board_session(const BoardSession& session, std::int64_t expected_version) = 0;
  // Closes the session and writes its record; a closed session never changes
  // again (failed_precondition, whatever the version).
  virtual Result<void> close_board_session(Id id, UnixTime closed_at, const std::vector<RecordEntry>& record,
                                           std::int64_t expected_version) = 0;
  // Takes the board's next sequence number (1, 2, ...), inside the transaction that made the change.
  virtual Result<std::int64_t> next_board_seq(Id team_id) = 0;
  // Takes the school's leadership room's next sequence number (1, 2, ...), inside the transaction that made the
  // change: every server process on the database counts on from the same number.
  virtual Result<std::int64_t> next_leadership_seq(Id school_id) = 0;
};

inline BoardReads& board(ReadTx& tx) { return tx.part<BoardReads>(); }
inline BoardWrites& board(WriteTx& tx) { return tx.part<BoardWrites>(); }

}  // namespace sb
