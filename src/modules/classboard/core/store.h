// The classboard module's part of a unit of work (kernel/ports/store.h): class
// boards, their cards, ideas, weekly measurements and screen sessions.
// class_boards(tx) hands it out; each store implementation
// (modules/classboard/sqlite) implements it and the module's contract suite
// (modules/classboard/contract) holds every one to it. An idea is stored as
// its text only; display and session tokens only as their hashes.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "kernel/rhythm.h"
#include "modules/classboard/core/model.h"

namespace sb {

class ClassBoardReads {
 public:
  virtual ~ClassBoardReads() = default;
  virtual std::optional<ClassBoard> find_class_board(Id board_id) = 0;
  // A teacher's boards in a team, the newest first.
  virtual std::vector<ClassBoard> class_boards_of(Id owner_id, Id team_id) = 0;
  // The number of boards per team of a school (teams without one left out).
  virtual std::vector<TeamClassBoards> class_boards_per_team(Id school_id) = 0;
  // The board whose class code this is and has not expired at `now`.
  virtual std::optional<ClassBoard> class_board_with_code(std::string_view code, UnixTime now) = 0;
  virtual std::optional<ClassBoard> class_board_with_display(std::string_view token_hash) = 0;
  // The session with this token hash that runs at `now`.
  virtual std::optional<ClassSession> running_class_session_with(std::string_view token_hash, UnixTime now) = 0;
  virtual std::optional<ClassSession> running_class_session_of(Id board_id, UnixTime now) = 0;
  // The cards in the order they were made; the ideas (approved and pending) likewise; measurements oldest week first.
  virtual std::vector<ClassItem> class_items(Id board_id) = 0;
  virtual std::optional<ClassItem> find_class_item(Id item_id) = 0;
  virtual std::vector<ClassIdea> class_ideas(Id board_id) = 0;
  virtual std::optional<ClassIdea> find_class_idea(Id idea_id) = 0;
  virtual std::vector<ClassMeasurement> class_measurements(Id board_id) = 0;
  // Rhythm signals (kernel/rhythm.h): class board sessions started ("class_board_session") per team and week.
  virtual std::vector<RhythmSignal> count_class_sessions_by_week(const RhythmQuery& query) = 0;
};

class ClassBoardWrites : public ClassBoardReads {
 public:
  // Stores a new board (id, seq ignored); answers its id.
  virtual Result<Id> insert_class_board(const ClassBoard& board) = 0;
  virtual Result<void> update_class_board(const ClassBoard& board) = 0;  // class name, goal, measure label
  // The board with its cards, ideas, measurements and sessions, gone.
  virtual Result<void> delete_class_board(Id board_id) = 0;
  virtual Result<void> set_class_code(Id board_id, std::string_view code, UnixTime expires_at) = 0;
  // The display link's token hash; nullopt revokes it.
  virtual Result<void> set_class_display(Id board_id, std::optional<std::string_view> token_hash) = 0;
  // Counts one change of the board; answers the new sequence number.
  virtual Result<std::int64_t> next_class_board_seq(Id board_id) = 0;
  virtual Result<Id> insert_class_item(const ClassItem& item) = 0;
  virtual Result<void> update_class_item(const ClassItem& item) = 0;  // text, done
  virtual Result<void> delete_class_item(Id item_id) = 0;
  virtual Result<Id> insert_class_idea(Id board_id, std::string_view text) = 0;
  virtual Result<void> approve_class_idea(Id idea_id) = 0;
  virtual Result<void> delete_class_idea(Id idea_id) = 0;
  // Sets the week's value (a later value for the same week replaces the earlier one).
  virtual Result<void> put_class_measurement(Id board_id, const ClassMeasurement& measurement) = 0;
  virtual Result<Id> insert_class_session(Id board_id, std::string_view token_hash, UnixTime started_at, UnixTime ends_at) = 0;
  // Ends every running session of the board at `at`.
  virtual Result<void> end_class_sessions(Id board_id, UnixTime at) = 0;
};

inline ClassBoardReads& class_boards(ReadTx& tx) { return tx.part<ClassBoardReads>(); }
inline ClassBoardWrites& class_boards(WriteTx& tx) { return tx.part<ClassBoardWrites>(); }

}  // namespace sb
