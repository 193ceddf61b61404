#include "modules/board/core/board_sessions.h"

#include <algorithm>
#include <cstdio>

#include "modules/board/core/board.h"
#include "modules/board/core/rules.h"
#include "modules/organisation/core/organisation.h"

namespace sb {
namespace {

Result<Id> team_of_session(Services& s, Id session_id) {
  return read_value<Id>(s.store, [&](ReadTx& tx) -> Result<Id> {
    auto session = board(tx).find_board_session(session_id);
    if (!session) return std::unexpected(Error::not_found("No such board session."));
    return session->team_id;
  });
}

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

}  // namespace

UnixTime record_since(ReadTx& tx, const BoardSession& session) {
  std::optional<UnixTime> previous;
  for (const auto& other : board(tx).list_board_sessions(session.team_id)) {
    if (other.id == session.id || !other.closed_at || *other.closed_at > session.started_at) continue;
    if (!previous || *other.closed_at > *previous) previous = *other.closed_at;
  }
  // Inclusive: times are whole seconds, and a change in the second the last one closed must not fall between two records.
  if (previous) return *previous;
  return static_cast<UnixTime>(*parse_date(monday_of(date_of(session.started_at)))) * 86400;
}

std::vector<RecordEntry> build_record(ReadTx& tx, const BoardSession& session, UnixTime until) {
  std::vector<RecordEntry> out;
  const auto since = record_since(tx, session);
  const auto session_week = monday_of(date_of(session.started_at));
  // Since the previous session: what the team did in the week the session looks back on.
  auto during = [&](UnixTime at) { return at >= since && at <= until; };
  for (auto user_id : session.attendance) {
    auto user = organisation(tx).find_user(user_id);
    if (user) out.push_back({"attendee", user_id, user->name, ""});
  }
  for (const auto& goal : board(tx).list_goals(session.team_id)) {
    for (const auto& m : goal.measurements) {
      if (!during(m.entered_at) && m.week != session_week) continue;
      out.push_back({"measurement", goal.id, goal.title, m.week + ": " + number_text(m.value),
                     std::string(to_string(goal.unit)), m.value});
    }
  }
  for (const auto& item : board(tx).list_items(session.team_id)) {
    const bool created_now = during(item.created_at);
    const bool moved_now = during(item.status_changed_at) && !created_now;
    switch (item.kind) {
      case ItemKind::action:
        if (created_now) out.push_back({"action_created", item.id, item.text, item.status});
        if (item.status == "done" && during(item.status_changed_at)) out.push_back({"action_closed", item.id, item.text, ""});
        else if (moved_now) out.push_back({"action_moved", item.id, item.text, item.previous_status + "→" + item.status});
        break;
      case ItemKind::success:
        if (created_now) out.push_back({"success", item.id, item.text, ""});
        break;
      case ItemKind::obstacle:
        if (created_now || moved_now) out.push_back({"obstacle", item.id, item.text, item.status});
        break;
      case ItemKind::idea:
      case ItemKind::agreement:
        if (created_now) out.push_back({std::string(to_string(item.kind)), item.id, item.text, ""});
        break;
    }
  }
  return out;
}

Result<BoardSession> start_board_session(Services& s, const Principal& who, Id team_id,
                                         std::optional<std::int64_t> total_minutes, const std::vector<Id>& present) {
  const auto total = total_minutes.value_or(20);
  if (total < 10 || total > 60) return std::unexpected(Error::invalid("total_minutes", "A session lasts 10 to 60 minutes."));
  return change_board<BoardSession>(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<BoardSession> {
    if (board(tx).find_open_board_session(team_id)) {
      return std::unexpected(Error{ErrorCode::already_exists, "A board session is already running for this team.", ""});
    }
    const auto now = s.clock.now();
    BoardSession session;
    session.team_id = team_id;
    session.started_at = now;
    session.started_by = who.user.id;
    session.total_minutes = static_cast<int>(total);
    session.step_started_at = now;
    // Who has the board open now and works on it; the starter in any case.
    session.attendance = {who.user.id};
    if (!present.empty()) {
      const auto people = board_members(tx, *organisation(tx).find_team(team_id));
      for (auto id : present) {
        if (std::any_of(people.begin(), people.end(), [&](const auto& m) { return m.user_id == id; })) {
          session.attendance.push_back(id);
        }
      }
      std::sort(session.attendance.begin(), session.attendance.end());
      session.attendance.erase(std::unique(session.attendance.begin(), session.attendance.end()), session.attendance.end());
    }
    SB_TRY(id, board(tx).insert_board_session(session));
    auto started = *board(tx).find_board_session(id);
    changes.emplace_back(started);
    return started;
  });
}

Result<BoardSession> update_board_session(Services& s, const Principal& who, Id session_id, const SessionChange& change) {
  if (change.step && (*change.step < 0 || *change.step >= kAgendaSteps)) {
    return std::unexpected(Error::invalid("step", "The agenda has steps 0 to 4."));
  }
  if (change.attendance && change.attendance->size() > 200) {
    return std::unexpected(Error::invalid("attendance", "Too many people."));
  }
  SB_TRY(team_id, team_of_session(s, session_id));
  return change_board<BoardSession>(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<BoardSession> {
    auto session = *board(tx).find_board_session(session_id);
    if (session.closed_at) return std::unexpected(Error{ErrorCode::failed_precondition, "This session is closed.", ""});
    if (change.step && *change.step != session.step) {
      session.step = static_cast<int>(*change.step);
      session.step_started_at = s.clock.now();
    }
    if (change.attendance) {
      auto team = *organisation(tx).find_team(team_id);
      const auto people = organisation(tx).list_memberships_in_school(team.school_id);
      std::vector<Id> ids = *change.attendance;
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      for (auto id : ids) {
        if (std::none_of(people.begin(), people.end(), [&](const auto& m) { return m.user_id == id; })) {
          return std::unexpected(Error::invalid("attendance", "Attendees belong to the team's school."));
        }
      }
      session.attendance = ids;
    }
    SB_CHECK(board(tx).update_board_session(session, change.version));
    auto updated = *board(tx).find_board_session(session_id);
    changes.emplace_back(updated);
    return updated;
  });
}

Result<SessionRecord> close_board_session(Services& s, const Principal& who, Id session_id, std::int64_t version,
                                          bool alone_confirmed) {
  SB_TRY(team_id, team_of_session(s, session_id));
  return change_board<SessionRecord>(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<SessionRecord> {
    auto session = *board(tx).find_board_session(session_id);
    if (session.closed_at) return std::unexpected(Error{ErrorCode::failed_precondition, "This session is closed already.", ""});
    if (session.version != version) {
      return std::unexpected(Error{ErrorCode::conflict, "Someone else changed this session first.", "version"});
    }
    if (session.attendance.size() <= 1 && !alone_confirmed) {
      return std::unexpected(Error{ErrorCode::failed_precondition,
                                   "At most one person is marked present: confirm closing the session like this.",
                                   "confirm_alone"});
    }
    const auto now = s.clock.now();
    auto entries = build_record(tx, session, now);
    SB_CHECK(board(tx).close_board_session(session_id, now, entries, version));
    changes.emplace_back(SessionClosed{session_id});
    return SessionRecord{*board(tx).find_board_session(session_id), board(tx).list_record_entries(session_id)};
  });
}

Result<std::vector<SessionSummary>> list_board_sessions(Services& s, const Principal& who, Id team_id) {
  return read_value<std::vector<SessionSummary>>(s.store, [&](ReadTx& tx) -> Result<std::vector<SessionSummary>> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    return board(tx).list_board_sessions(team_id);
  });
}

Result<SessionRecord> get_session_record(Services& s, const Principal& who, Id session_id) {
  return read_value<SessionRecord>(s.store, [&](ReadTx& tx) -> Result<SessionRecord> {
    SB_TRY(scope, scope_of_board_session(tx, session_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    return SessionRecord{*board(tx).find_board_session(session_id), board(tx).list_record_entries(session_id)};
  });
}

Result<BoardSession> find_board_session_for(Services& s, const Principal& who, Id session_id) {
  return read_value<BoardSession>(s.store, [&](ReadTx& tx) -> Result<BoardSession> {
    SB_TRY(scope, scope_of_board_session(tx, session_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    return *board(tx).find_board_session(session_id);
  });
}

Result<BoardSession> find_open_board_session_for(Services& s, const Principal& who, Id team_id) {
  return read_value<BoardSession>(s.store, [&](ReadTx& tx) -> Result<BoardSession> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    auto open = board(tx).find_open_board_session(team_id);
    if (!open) return std::unexpected(Error::not_found("No board session is running for this team."));
    return *open;
  });
}

}  // namespace sb
