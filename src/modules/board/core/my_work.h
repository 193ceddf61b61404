// A person's own work across all their teams (Mijn acties): the open actions
// they own and the obstacles they raised, read through the board's store and
// kept to the teams where the person still holds a role — the policy's
// view_board for that team, asked with the person's memberships as they are
// now. A teacher who left a team no longer sees its cards here, and is never
// mailed about them (the notifications module reads through the same functions).
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/board/core/model.h"

namespace sb {

struct MyAction {
  BoardItem item;
  std::string team_name;
  std::string school_name;
  bool overdue = false;
};

struct MyObstacle {
  BoardItem item;
  std::string team_name;
  std::string school_name;
};

struct MyWork {
  DateText today;
  std::vector<MyAction> actions;      // open_actions_of()
  std::vector<MyObstacle> obstacles;  // not resolved first, then resolved; the latest change first within each
};

// Resolved obstacles stay on the list this long after they were resolved.
inline constexpr UnixTime kResolvedObstaclesShown = 30 * 86400;

// The open actions (todo, doing) that `person` owns in teams where they still hold a role: overdue first,
// then by due date, undated last; for the same date by team, then as on the board.
std::vector<MyAction> open_actions_of(ReadTx& tx, const Principal& person, const DateText& today);
// Everyone who owns an open action overdue on `today` in some team (before the policy's check: read
// each one's actions with open_actions_of).
std::vector<Id> owners_of_overdue_actions(ReadTx& tx, const DateText& today);

// Mijn acties of the caller: only their own items, only in teams where they still hold a role.
Result<MyWork> my_work(Services& s, const Principal& who);

// Where a card is seen on its board in the web app, e.g. "/teams/12/bord?kaart=345".
std::string card_path(Id team_id, Id item_id);

}  // namespace sb
