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

// One session runs at a time: while one is open, starting another fails with already_exists.
// Attendance starts with the person who starts it and those of `present` who
// work on the board (board_members): the people who have the board open now,
// as the live channel knows them (the API passes them in; core does no I/O).
Result<BoardSession> start_board_session(Services& s, const Principal& who, Id team_id,
                                         std::optional<std::int64_t> total_minutes,
                                         const std::vector<Id>& present = {});

struct SessionChange {
  std::int64_t version = 0;
  std::optional<std::int64_t> step;
  std::optional<std::vector<Id>> attendance;
};
// A closed session never changes: changing or closing it again fails with failed_precondition.
Result<BoardSession> update_board_session(Services& s, const Principal& who, Id session_id, const SessionChange& change);
// A session with at most one person marked present closes only with
// `alone_confirmed` (else failed_precondition, field "confirm_alone"): a record
// of one is usually attendance nobody ticked.
Result<SessionRecord> close_board_session(Services& s, const Principal& who, Id session_id, std::int64_t version,
                                          bool alone_confirmed = false);

Result<std::vector<SessionSummary>> list_board_sessions(Services& s, const Principal& who, Id team_id);
Result<SessionRecord> get_session_record(Services& s, const Principal& who, Id session_id);
// A session as it is now (view_board); the open one of a team, not_found when none is open.
Result<BoardSession> find_board_session_for(Services& s, const Principal& who, Id session_id);
Result<BoardSession> find_open_board_session_for(Services& s, const Principal& who, Id team_id);

// The record's lines for a session closing at `until`: who attended; the
// week's measurements (entered since the previous session closed, or for the
// session's week); and the cards created or moved since the previous session
// closed — for a team's first session, since the Monday of its week — up to `until`.
std::vector<RecordEntry> build_record(ReadTx& tx, const BoardSession& session, UnixTime until);
// When the record's window opens: the close of the team's previous session, or the session week's Monday.
UnixTime record_since(ReadTx& tx, const BoardSession& session);

}  // namespace sb
