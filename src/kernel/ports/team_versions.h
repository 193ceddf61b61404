// Team data versions: a number per team that moves, in the same unit of work,
// with every write that changes what the views above the team show of it (the
// rhythm module's overview: sessions held and their attendance, obstacles with
// the leadership, goal verdicts of closed cycles). A view may then keep what it
// computed of a team for as long as the team's number stays where it was, in any
// process: the number lives in the database, so a write through another server
// shows at the next read.
//
// One module keeps the numbers (the rhythm module registers this part of the unit
// of work); a module whose writes change a team's figures calls
// team_data_changed(tx, team) inside the write, so adding a module adds its call
// without editing the one that keeps them.
// Thread-safety: as WriteTx — it belongs to the one call that received the tx.
#pragma once

#include "kernel/error.h"
#include "kernel/model.h"
#include "kernel/ports/store.h"

namespace sb {

class TeamDataVersions {
 public:
  virtual ~TeamDataVersions() = default;
  // Moves the team's number on; a team without one gets its first.
  virtual Result<void> bump_team_version(Id team_id) = 0;
};

// Inside a write that changed what views above the team show: moves the team's number. Nothing to do in a
// store without a module that keeps numbers (a test store of a few modules).
inline Result<void> team_data_changed(WriteTx& tx, Id team_id) {
  auto* versions = tx.find<TeamDataVersions>();
  return versions ? versions->bump_team_version(team_id) : ok();
}

}  // namespace sb
