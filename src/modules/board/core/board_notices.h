// BoardNotices: what the board tells whoever lets people know about their
// work — an action given to someone, an obstacle the leadership answered. The
// board itself sends nothing: the notifications module installs a receiver
// that mails (board_state(services).notices); without one, nobody is told.
//
// Each notice is given inside the change's unit of work, after the change is
// written, so the receiver reads the people and their wishes in the same
// snapshot and does anything outward after the commit (WriteTx::after_commit):
// never for a change that was rolled back. An error fails the change.
// Thread-safety: installed before serving, then called from any writer.
#pragma once

#include <vector>

#include "kernel/error.h"
#include "kernel/policy.h"
#include "kernel/ports/store.h"
#include "modules/board/core/model.h"

namespace sb {

class BoardNotices {
 public:
  virtual ~BoardNotices() = default;
  // `action` (open, as stored now) was given to `owners` by `by`; `by` is never among them.
  virtual Result<void> action_assigned(WriteTx& tx, const BoardItem& action, const std::vector<Id>& owners,
                                       const Principal& by) = 0;
  // The leadership (`by`) answered, resolved or took on `obstacle` (as stored now); `by` did not raise it.
  virtual Result<void> obstacle_answered(WriteTx& tx, const BoardItem& obstacle, const Principal& by) = 0;
};

}  // namespace sb
