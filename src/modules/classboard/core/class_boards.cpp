#include "modules/classboard/core/class_boards.h"

#include <functional>

#include "kernel/access_codes.h"
#include "kernel/dates.h"
#include "modules/classboard/core/live.h"
#include "modules/classboard/core/store.h"
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

Error no_board() { return Error::not_found("No such class board."); }
Error no_screen() { return Error::not_found("This screen link does not work (any more)."); }
Error wrong_code() { return Error::not_found("No class board has this code."); }

Error too_many(UnixTime wait) {
  return Error{ErrorCode::resource_exhausted, "Too many attempts. Try again later.", "retry_after:" + std::to_string(wait)};
}

// The caller's own board, read in `tx`: another teacher's answers as a missing one.
template <class Tx>
Result<ClassBoard> own_board(Tx& tx, const Principal& who, Id board_id) {
  auto board = class_boards(tx).find_class_board(board_id);
  if (!board) return std::unexpected(no_board());
  SB_TRY(scope, scope_of_team(tx, board->team_id));
  SB_CHECK(authorize(who, Action::run_class_boards, scope));
  if (board->owner_id != who.user.id) return std::unexpected(no_board());
  return *board;
}

// What screens show: the board, its cards, approved ideas (pending ones too for its teacher), measurements.
template <class Tx>
ClassBoardView view_of(Tx& tx, const ClassBoard& board, UnixTime now, bool with_pending) {
  ClassBoardView view;
  view.board = board;
  view.items = class_boards(tx).class_items(board.id);
  for (auto& idea : class_boards(tx).class_ideas(board.id)) {
    if (!idea.approved) ++view.pending_ideas;
    if (idea.approved || with_pending) view.ideas.push_back(std::move(idea));
  }
  view.measurements = class_boards(tx).class_measurements(board.id);
  view.session = class_boards(tx).running_class_session_of(board.id, now);
  return view;
}

// Counts one change of the board and, once committed, hands the board as screens show it to its live room.
Result<void> changed(Services& s, WriteTx& tx, Id board_id, UnixTime now) {
  SB_TRY(seq, class_boards(tx).next_class_board_seq(board_id));
  auto board = class_boards(tx).find_class_board(board_id);
  if (!board) return ok();  // deleted in this unit of work: its screens learn it when they reload
  auto view = view_of(tx, *board, now, false);
  tx.after_commit([&s, seq, view = std::move(view)] {
    const auto& render = s.modules.get<ClassBoardLive>().render;
    if (!render) return;
    s.events.publish(class_board_room(view.board.id), seq, [render, seq, view] { return render(seq, view); });
  });
  return ok();
}

// A screen's way in ended (a link revoked or replaced, a session ended, the board deleted): once committed, every
// live screen is checked again, and those whose token no longer opens the board are closed.
void access_ends(Services& s, WriteTx& tx) {
  tx.after_commit([&s] { s.events.access_changed(); });
}

// A fresh class code that no board holds unexpired.
Result<std::string> draw_code(Services& s, WriteTx& tx, UnixTime now) {
  for (int attempt = 0; attempt < 8; ++attempt) {
    auto code = code_from_random(std::hash<std::string>{}(s.secrets.new_token()));
    if (!class_boards(tx).class_board_with_code(code, now)) return code;
  }
  return std::unexpected(Error::internal("Could not draw a free class code."));
}

struct ScreenAccess {
  ScreenGrant grant;
  ClassBoard board;
};

// The board a screen's token opens, and how; not_found for an unknown, revoked or ended one.
template <class Tx>
Result<ScreenAccess> screen_access(Services& s, Tx& tx, std::string_view token, Action action, UnixTime now) {
  if (token.empty() || token.size() > 200) return std::unexpected(no_screen());
  const auto hash = s.secrets.hash_token(token);
  std::optional<ScreenAccess> access;
  if (auto session = class_boards(tx).running_class_session_with(hash, now)) {
    if (auto board = class_boards(tx).find_class_board(session->board_id)) access = ScreenAccess{ScreenGrant::session, *board};
  } else if (auto board = class_boards(tx).class_board_with_display(hash)) {
    access = ScreenAccess{ScreenGrant::display, *board};
  }
  if (!access) return std::unexpected(no_screen());
  SB_CHECK(authorize_screen(access->grant, action));
  return *access;
}

Result<ClassItem> insert_item(WriteTx& tx, const ClassBoard& board, std::string_view kind_text, std::string_view text) {
  SB_TRY(kind, check_class_item_kind(kind_text));
  SB_TRY(clean, check_class_item_text(text));
  if (class_boards(tx).class_items(board.id).size() >= static_cast<std::size_t>(kMaxClassItems)) {
    return std::unexpected(Error{ErrorCode::resource_exhausted, "This board has as many cards as it can hold."}
                               .because("too_many", 0, kMaxClassItems));
  }
  ClassItem item{0, board.id, kind, std::move(clean), false};
  SB_TRY(id, class_boards(tx).insert_class_item(item));
  item.id = id;
  return item;
}

Result<ClassMeasurement> put_measurement(WriteTx& tx, const ClassBoard& board, std::string_view week_text, int value) {
  SB_TRY(week, check_week("week", week_text));
  SB_CHECK(check_class_measurement(board.measure_kind, value));
  ClassMeasurement measurement{week, value};
  SB_CHECK(class_boards(tx).put_class_measurement(board.id, measurement));
  return measurement;
}

// The board a student's code names, after the rate limits; a failed look-up counts against the address.
template <class Tx>
Result<ClassBoard> board_for_student(Services& s, Tx& tx, std::string_view typed_code, std::string_view address, UnixTime now) {
  auto& limits = s.modules.get<ClassBoardLimits>();
  const std::string address_key = "address:" + std::string(address);
  if (auto wait = limits.wait(address_key, kClassFailedLookupsPerAddress, kClassFailedLookupWindow, now)) {
    return std::unexpected(too_many(wait));
  }
  const auto code = normalise_code(typed_code);
  std::optional<ClassBoard> board;
  if (code) {
    const std::string code_key = "code:" + *code;
    if (auto wait = limits.wait(code_key, kClassIdeasPerCode, kClassIdeaWindow, now)) return std::unexpected(too_many(wait));
    limits.count(code_key, kClassIdeaWindow, now);
    board = class_boards(tx).class_board_with_code(*code, now);
  }
  if (!board) {
    limits.count(address_key, kClassFailedLookupWindow, now);
    return std::unexpected(wrong_code());
  }
  return *board;
}

}  // namespace

Result<Scope> scope_of_class_board(ReadTx& tx, Id board_id) {
  auto board = class_boards(tx).find_class_board(board_id);
  if (!board) return std::unexpected(no_board());
  return scope_of_team(tx, board->team_id);
}

Result<Scope> scope_of_class_item(ReadTx& tx, Id item_id) {
  auto item = class_boards(tx).find_class_item(item_id);
  if (!item) return std::unexpected(Error::not_found("No such card."));
  return scope_of_class_board(tx, item->board_id);
}

Result<Scope> scope_of_class_idea(ReadTx& tx, Id idea_id) {
  auto idea = class_boards(tx).find_class_idea(idea_id);
  if (!idea) return std::unexpected(Error::not_found("No such idea."));
  return scope_of_class_board(tx, idea->board_id);
}

Result<ClassBoard> create_class_board(Services& s, const Principal& who, Id team_id, const NewClassBoard& input) {
  SB_TRY(board, check_new_class_board(input));
  const UnixTime now = s.clock.now();
  return write_value<ClassBoard>(s.store, [&](WriteTx& tx) -> Result<ClassBoard> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::run_class_boards, scope));
    ClassBoard stored = board;
    stored.school_id = *scope.school_id;
    stored.team_id = team_id;
    stored.owner_id = who.user.id;
    stored.created_at = now;
    SB_TRY(code, draw_code(s, tx, now));
    stored.code = std::move(code);
    stored.code_expires_at = now + kClassCodeLifetime;
    SB_TRY(id, class_boards(tx).insert_class_board(stored));
    stored.id = id;
    return stored;
  });
}

Result<std::vector<ClassBoard>> my_class_boards(Services& s, const Principal& who, Id team_id) {
  return read_value<std::vector<ClassBoard>>(s.store, [&](ReadTx& tx) -> Result<std::vector<ClassBoard>> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::run_class_boards, scope));
    return class_boards(tx).class_boards_of(who.user.id, team_id);
  });
}

Result<ClassBoardView> view_class_board(Services& s, const Principal& who, Id board_id) {
  const UnixTime now = s.clock.now();
  return read_value<ClassBoardView>(s.store, [&](ReadTx& tx) -> Result<ClassBoardView> {
    SB_TRY(board, own_board(tx, who, board_id));
    return view_of(tx, board, now, true);
  });
}

Result<ClassBoard> edit_class_board(Services& s, const Principal& who, Id board_id, const ClassBoardEdit& edit) {
  SB_TRY(clean, check_class_board_edit(edit));
  const UnixTime now = s.clock.now();
  return write_value<ClassBoard>(s.store, [&](WriteTx& tx) -> Result<ClassBoard> {
    SB_TRY(board, own_board(tx, who, board_id));
    if (clean.class_name) board.class_name = *clean.class_name;
    if (clean.goal) board.goal = *clean.goal;
    if (clean.measure_label) board.measure_label = *clean.measure_label;
    SB_CHECK(class_boards(tx).update_class_board(board));
    SB_CHECK(changed(s, tx, board_id, now));
    board.seq += 1;
    return board;
  });
}

Result<void> delete_class_board(Services& s, const Principal& who, Id board_id) {
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(board, own_board(tx, who, board_id));
    access_ends(s, tx);
    return class_boards(tx).delete_class_board(board.id);
  });
}

Result<std::int64_t> class_board_seq(Services& s, const Principal& who, Id board_id) {
  return read_value<std::int64_t>(s.store, [&](ReadTx& tx) -> Result<std::int64_t> {
    SB_TRY(board, own_board(tx, who, board_id));
    return board.seq;
  });
}

Result<ClassItem> add_class_item(Services& s, const Principal& who, Id board_id, std::string_view kind, std::string_view text) {
  const UnixTime now = s.clock.now();
  return write_value<ClassItem>(s.store, [&](WriteTx& tx) -> Result<ClassItem> {
    SB_TRY(board, own_board(tx, who, board_id));
    SB_TRY(item, insert_item(tx, board, kind, text));
    SB_CHECK(changed(s, tx, board_id, now));
    return item;
  });
}

Result<ClassItem> change_class_item(Services& s, const Principal& who, Id item_id, std::optional<std::string> text,
                                    std::optional<bool> done) {
  const UnixTime now = s.clock.now();
  std::optional<std::string> clean;
  if (text) {
    SB_TRY(checked, check_class_item_text(*text));
    clean = std::move(checked);
  }
  return write_value<ClassItem>(s.store, [&](WriteTx& tx) -> Result<ClassItem> {
    auto item = class_boards(tx).find_class_item(item_id);
    if (!item) return std::unexpected(Error::not_found("No such card."));
    SB_TRY(board, own_board(tx, who, item->board_id));
    if (clean) item->text = *clean;
    if (done) item->done = *done;
    SB_CHECK(class_boards(tx).update_class_item(*item));
    SB_CHECK(changed(s, tx, board.id, now));
    return *item;
  });
}

Result<void> remove_class_item(Services& s, const Principal& who, Id item_id) {
  const UnixTime now = s.clock.now();
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    auto item = class_boards(tx).find_class_item(item_id);
    if (!item) return std::unexpected(Error::not_found("No such card."));
    SB_TRY(board, own_board(tx, who, item->board_id));
    SB_CHECK(class_boards(tx).delete_class_item(item_id));
    return changed(s, tx, board.id, now);
  });
}

Result<ClassMeasurement> record_class_measurement(Services& s, const Principal& who, Id board_id, std::string_view week,
                                                  int value) {
  const UnixTime now = s.clock.now();
  return write_value<ClassMeasurement>(s.store, [&](WriteTx& tx) -> Result<ClassMeasurement> {
    SB_TRY(board, own_board(tx, who, board_id));
    SB_TRY(measurement, put_measurement(tx, board, week, value));
    SB_CHECK(changed(s, tx, board_id, now));
    return measurement;
  });
}

Result<ClassIdea> approve_class_idea(Services& s, const Principal& who, Id idea_id) {
  const UnixTime now = s.clock.now();
  return write_value<ClassIdea>(s.store, [&](WriteTx& tx) -> Result<ClassIdea> {
    auto idea = class_boards(tx).find_class_idea(idea_id);
    if (!idea) return std::unexpected(Error::not_found("No such idea."));
    SB_TRY(board, own_board(tx, who, idea->board_id));
    if (!idea->approved) {
      SB_CHECK(class_boards(tx).approve_class_idea(idea_id));
      idea->approved = true;
    }
    SB_CHECK(changed(s, tx, board.id, now));
    return *idea;
  });
}

Result<void> reject_class_idea(Services& s, const Principal& who, Id idea_id) {
  const UnixTime now = s.clock.now();
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    auto idea = class_boards(tx).find_class_idea(idea_id);
    if (!idea) return std::unexpected(Error::not_found("No such idea."));
    SB_TRY(board, own_board(tx, who, idea->board_id));
    SB_CHECK(class_boards(tx).delete_class_idea(idea_id));
    return changed(s, tx, board.id, now);
  });
}

Result<ClassBoard> renew_class_code(Services& s, const Principal& who, Id board_id) {
  const UnixTime now = s.clock.now();
  return write_value<ClassBoard>(s.store, [&](WriteTx& tx) -> Result<ClassBoard> {
    SB_TRY(board, own_board(tx, who, board_id));
    SB_TRY(code, draw_code(s, tx, now));
    board.code = std::move(code);
    board.code_expires_at = now + kClassCodeLifetime;
    SB_CHECK(class_boards(tx).set_class_code(board_id, board.code, board.code_expires_at));
    SB_CHECK(changed(s, tx, board_id, now));
    return board;
  });
}

Result<std::string> make_class_display_link(Services& s, const Principal& who, Id board_id) {
  const UnixTime now = s.clock.now();
  auto token = s.secrets.new_token();
  return write_value<std::string>(s.store, [&](WriteTx& tx) -> Result<std::string> {
    SB_TRY(board, own_board(tx, who, board_id));
    SB_CHECK(class_boards(tx).set_class_display(board.id, s.secrets.hash_token(token)));
    if (board.display_link) access_ends(s, tx);
    SB_CHECK(changed(s, tx, board_id, now));
    return token;
  });
}

Result<void> revoke_class_display_link(Services& s, const Principal& who, Id board_id) {
  const UnixTime now = s.clock.now();
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(board, own_board(tx, who, board_id));
    SB_CHECK(class_boards(tx).set_class_display(board.id, std::nullopt));
    access_ends(s, tx);
    return changed(s, tx, board_id, now);
  });
}

Result<StartedClassSession> start_class_session(Services& s, const Principal& who, Id board_id, std::optional<int> minutes) {
  SB_TRY(length, check_class_session_minutes(minutes));
  const UnixTime now = s.clock.now();
  auto token = s.secrets.new_token();
  return write_value<StartedClassSession>(s.store, [&](WriteTx& tx) -> Result<StartedClassSession> {
    SB_TRY(board, own_board(tx, who, board_id));
    if (class_boards(tx).running_class_session_of(board.id, now)) access_ends(s, tx);
    SB_CHECK(class_boards(tx).end_class_sessions(board.id, now));
    const UnixTime ends = now + static_cast<UnixTime>(length) * 60;
    SB_TRY(id, class_boards(tx).insert_class_session(board.id, s.secrets.hash_token(token), now, ends));
    SB_CHECK(changed(s, tx, board_id, now));
    return StartedClassSession{token, ClassSession{id, board.id, now, ends}};
  });
}

Result<void> end_class_session(Services& s, const Principal& who, Id board_id) {
  const UnixTime now = s.clock.now();
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(board, own_board(tx, who, board_id));
    SB_CHECK(class_boards(tx).end_class_sessions(board.id, now));
    access_ends(s, tx);
    return changed(s, tx, board_id, now);
  });
}

Result<std::vector<TeamClassBoards>> school_class_boards(Services& s, const Principal& who, Id school_id) {
  return read_value<std::vector<TeamClassBoards>>(s.store, [&](ReadTx& tx) -> Result<std::vector<TeamClassBoards>> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::view_class_board_overview, scope));
    auto per_team = class_boards(tx).class_boards_per_team(school_id);
    for (auto& team : per_team) {
      if (auto found = organisation(tx).find_team(team.team_id)) team.team_name = found->name;
    }
    return per_team;
  });
}

Result<ClassScreen> view_class_screen(Services& s, std::string_view token) {
  const UnixTime now = s.clock.now();
  return read_value<ClassScreen>(s.store, [&](ReadTx& tx) -> Result<ClassScreen> {
    SB_TRY(access, screen_access(s, tx, token, Action::view_class_board_screen, now));
    return ClassScreen{access.grant, view_of(tx, access.board, now, false)};
  });
}

Result<std::int64_t> class_screen_seq(Services& s, std::string_view token) {
  const UnixTime now = s.clock.now();
  return read_value<std::int64_t>(s.store, [&](ReadTx& tx) -> Result<std::int64_t> {
    SB_TRY(access, screen_access(s, tx, token, Action::view_class_board_screen, now));
    return access.board.seq;
  });
}

Result<ClassItem> screen_add_class_item(Services& s, std::string_view token, std::string_view kind, std::string_view text) {
  const UnixTime now = s.clock.now();
  return write_value<ClassItem>(s.store, [&](WriteTx& tx) -> Result<ClassItem> {
    SB_TRY(access, screen_access(s, tx, token, Action::operate_class_board_screen, now));
    SB_TRY(item, insert_item(tx, access.board, kind, text));
    SB_CHECK(changed(s, tx, access.board.id, now));
    return item;
  });
}

Result<ClassItem> screen_set_class_item_done(Services& s, std::string_view token, Id item_id, bool done) {
  const UnixTime now = s.clock.now();
  return write_value<ClassItem>(s.store, [&](WriteTx& tx) -> Result<ClassItem> {
    SB_TRY(access, screen_access(s, tx, token, Action::operate_class_board_screen, now));
    auto item = class_boards(tx).find_class_item(item_id);
    if (!item || item->board_id != access.board.id) return std::unexpected(Error::not_found("No such card."));
    item->done = done;
    SB_CHECK(class_boards(tx).update_class_item(*item));
    SB_CHECK(changed(s, tx, access.board.id, now));
    return *item;
  });
}

Result<ClassMeasurement> screen_record_class_measurement(Services& s, std::string_view token, std::string_view week,
                                                         int value) {
  const UnixTime now = s.clock.now();
  return write_value<ClassMeasurement>(s.store, [&](WriteTx& tx) -> Result<ClassMeasurement> {
    SB_TRY(access, screen_access(s, tx, token, Action::operate_class_board_screen, now));
    SB_TRY(measurement, put_measurement(tx, access.board, week, value));
    SB_CHECK(changed(s, tx, access.board.id, now));
    return measurement;
  });
}

Result<std::string> class_for_code(Services& s, std::string_view typed_code, std::string_view address) {
  const UnixTime now = s.clock.now();
  return read_value<std::string>(s.store, [&](ReadTx& tx) -> Result<std::string> {
    SB_TRY(board, board_for_student(s, tx, typed_code, address, now));
    return board.class_name;
  });
}

Result<void> send_class_idea(Services& s, std::string_view typed_code, std::string_view text, std::string_view address) {
  SB_TRY(clean, check_class_idea_text(text));
  const UnixTime now = s.clock.now();
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(board, board_for_student(s, tx, typed_code, address, now));
    int pending = 0;
    for (const auto& idea : class_boards(tx).class_ideas(board.id)) pending += idea.approved ? 0 : 1;
    if (pending >= kMaxPendingClassIdeas) {
      return std::unexpected(Error{ErrorCode::resource_exhausted, "This class has many ideas waiting for the teacher already."}
                                 .because("ideas_waiting", 0, kMaxPendingClassIdeas));
    }
    SB_CHECK(class_boards(tx).insert_class_idea(board.id, clean));
    return changed(s, tx, board.id, now);
  });
}

}  // namespace sb
