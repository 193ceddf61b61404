// Use cases of the weekly board session: start it (every screen of the board
// follows), move through the agenda with one shared timer, tick attendance,
// and close it into an immutable record in the team's history.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <vector>

#include "modules/board/core/model.h"
#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/board/core/store.h"

namespace sb {

Result<BoardSession> start_board_session(Services& s, const Principal& who, Id team_id, std::optional<int> total_minutes);

struct SessionChange {
  std::int64_t version = 0;
  std::optional<int> step;
  std::optional<std::vector<Id>> attendance;
};
Result<BoardSession> update_board_session(Services& s, const Principal& who, Id session_id, const SessionChange& change);
Result<SessionRecord> close_board_session(Services& s, const Principal& who, Id session_id, std::int64_t version);

Result<std::vector<SessionSummary>> list_board_sessions(Services& s, const Principal& who, Id team_id);
Result<SessionRecord> get_session_record(Services& s, const Principal& who, Id session_id);

// The record's lines for a session closing at `until`: who attended, and what
// was entered, created or moved on the board between its start and `until`.
std::vector<RecordEntry> build_record(ReadTx& tx, const BoardSession& session, UnixTime until);

}  // namespace sb
