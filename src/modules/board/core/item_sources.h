// The board's entry point for other modules: an action or a success put on a
// team's board "from" a thing of another module — a lesson visit's reflection
// today ("lesson_visit", 42), a mentoring meeting later. The board keeps owning
// its items: it validates the item, checks that the caller may edit the
// board, numbers the change on the board's sequence and publishes it live
// after the commit, exactly as for an item made on the board itself. The item
// remembers its source (BoardItem::source), so the board can link back.
//
// It runs inside the caller's unit of work `tx`, so the other module's own
// writes and the board item commit together or not at all.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/board/core/model.h"

namespace sb {

struct ItemFromSource {
  ItemKind kind = ItemKind::action;  // action or success
  std::string text;                  // at most 500 characters, like any item
  std::string notes;                 // at most 4000
  std::optional<Id> goal_id;         // a goal of the same team, or none
  std::vector<Id> owner_ids;         // for an action: people of the board (board_members)
  ItemSource source;                 // kind: a short lower-case word; id: the thing's id in its module
};

// Puts the item on `team_id`'s board as `who` (edit_board), inside `tx`. An action starts in todo.
// invalid_argument for a kind other than action or success, a bad text, goal or owner.
Result<BoardItem> add_item_from_source(Services& s, WriteTx& tx, const Principal& who, Id team_id,
                                       const ItemFromSource& input);

}  // namespace sb
