// Use cases of a team's board: reading it whole, and every change to its
// items (actions, successes, obstacles, ideas, agreements), including the
// obstacles a team hands to its school leadership. Each change checks the
// policy (edit_board, or manage_team for leadership answers), names the
// version it was made on (a stale one fails with conflict), runs in one unit
// of work that also takes the board's next sequence numbers, and publishes
// its events after the commit.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "modules/board/core/model.h"
#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/board/core/store.h"
#include "modules/organisation/core/model.h"

namespace sb {

// The people who work on a board and can own its actions: the team's teachers
// and the school's leaders and coaches, one entry per person.
std::vector<MembershipView> board_members(ReadTx& tx, const Team& team);

struct BoardView {
  Team team;
  std::string school_name;
  std::int64_t seq = 0;
  std::vector<MembershipView> members;  // board_members()
  std::vector<Cycle> cycles;
  std::optional<Id> current_cycle_id;
  std::vector<Ambition> ambitions;
  std::vector<Goal> goals;
  std::vector<BoardItem> items;
  std::optional<BoardSession> session;
};

Result<BoardView> get_board(Services& s, const Principal& who, Id team_id);
// The board's stored sequence number: where a live screen starts, and what a
// cached view of the board is checked against.
Result<std::int64_t> board_sequence(Services& s, const Principal& who, Id team_id);

// Scopes of board entities, for the access gate.
Result<Scope> scope_of_item(ReadTx& tx, Id item_id);
Result<Scope> scope_of_goal(ReadTx& tx, Id goal_id);
Result<Scope> scope_of_cycle(ReadTx& tx, Id cycle_id);
Result<Scope> scope_of_board_session(ReadTx& tx, Id session_id);

// Runs `work` as one change of a team's board: checks `action` for the team,
// opens one unit of work, gives every change `work` reports a sequence number
// and publishes them after the commit. The building block of every board use case;
// change_board<T> hands back the value `work` returns.
template <typename T>
using BoardWork = std::function<Result<T>(WriteTx& tx, std::vector<BoardChange>& changes)>;
Result<void> change_board(Services& s, const Principal& who, Id team_id, Action action, const BoardWork<void>& work);

template <typename T>
Result<T> change_board(Services& s, const Principal& who, Id team_id, Action action, const BoardWork<T>& work) {
  std::optional<T> out;
  auto done = change_board(s, who, team_id, action, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<void> {
    SB_TRY(value, work(tx, changes));
    out.emplace(std::move(value));
    return ok();
  });
  SB_CHECK(done);
  return std::move(*out);
}

// The second half of change_board, for changes that reach boards from elsewhere (a school's
// ambitions): numbers `changes` on the team's board inside `tx` and publishes them after the commit.
Result<void> publish_board_changes(Services& s, WriteTx& tx, Id team_id, std::vector<BoardChange> changes);

struct NewItem {
  std::string kind;
  std::string text;
  std::string notes;
  std::optional<std::string> status;
  std::optional<Id> goal_id;
  std::optional<std::string> due_on;
  std::vector<Id> owner_ids;
};

struct ItemChange {
  std::int64_t version = 0;
  std::optional<std::string> text;
  std::optional<std::string> notes;
  std::optional<std::optional<Id>> goal_id;           // set to nullopt inside to unlink
  std::optional<std::optional<std::string>> due_on;   // likewise
  std::optional<std::vector<Id>> owner_ids;
};

Result<BoardItem> create_item(Services& s, const Principal& who, Id team_id, const NewItem& input);
Result<BoardItem> update_item(Services& s, const Principal& who, Id item_id, const ItemChange& change);
Result<BoardItem> move_item(Services& s, const Principal& who, Id item_id, std::string_view status,
                            std::optional<double> position, std::int64_t version);
Result<void> delete_item(Services& s, const Principal& who, Id item_id, std::int64_t version);
Result<BoardItem> find_item_for(Services& s, const Principal& who, Id item_id);

// School leadership. The team hands an open (or answered) obstacle to the
// leadership; a leader answers it (answered, or resolved with `resolve`) or
// takes it on as an action of her own on the team's board (taken_on; the
// action names the obstacle in from_obstacle_id and has her as owner).
Result<BoardItem> hand_to_leadership(Services& s, const Principal& who, Id item_id, std::int64_t version);
Result<BoardItem> answer_obstacle(Services& s, const Principal& who, Id item_id, std::string_view reply,
                                  bool resolve, std::int64_t version);
Result<BoardItem> take_obstacle_as_action(Services& s, const Principal& who, Id item_id, std::string_view text,
                                          std::optional<std::string> due_on, std::int64_t version);

// The obstacles of the schools the caller leads: every one handed to the
// leadership and not resolved (waiting, answered, taken on), and those
// resolved in the last 30 days.
Result<std::vector<LeadershipObstacle>> list_leadership_obstacles(Services& s, const Principal& who);
// The team resolves its own obstacle (edit_board), whatever state it is in.
Result<BoardItem> resolve_obstacle(Services& s, const Principal& who, Id item_id, std::int64_t version);
// Where a school's leadership list stands: the room's sequence number so far, as the database holds it (every
// server process alike), for a screen that starts following it. The caller has checked access (the live route).
Result<std::int64_t> leadership_sequence(Services& s, Id school_id);

}  // namespace sb
