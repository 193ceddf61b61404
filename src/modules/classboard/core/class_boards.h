// Use cases of class boards. A teacher makes boards for her classes in a team
// she teaches in and runs them: the goal and its weekly measurement, cards,
// the students' ideas (shown only once she approves them), a read-only display
// link and sessions on the classroom screen. A board is hers alone: another
// teacher gets not_found, a school leader sees how many boards each team has.
// Screens without an account reach one board by a token (a display link reads,
// a session also operates, see kernel/policy.h authorize_screen); students
// reach it only to send an idea, by the class code. Every change is one unit of
// work that advances the board's sequence number and, after the commit, goes
// to its live room with the board as screens show it (live.h).
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/policy.h"
#include "kernel/rate_limits.h"
#include "kernel/services.h"
#include "modules/classboard/core/rules.h"

namespace sb {

// Where a board, a card or an idea lives (its team), for the router's gate.
Result<Scope> scope_of_class_board(ReadTx& tx, Id board_id);
Result<Scope> scope_of_class_item(ReadTx& tx, Id item_id);
Result<Scope> scope_of_class_idea(ReadTx& tx, Id idea_id);

Result<ClassBoard> create_class_board(Services& s, const Principal& who, Id team_id, const NewClassBoard& input);
Result<std::vector<ClassBoard>> my_class_boards(Services& s, const Principal& who, Id team_id);
// The teacher's own board with everything, pending ideas included.
Result<ClassBoardView> view_class_board(Services& s, const Principal& who, Id board_id);
Result<ClassBoard> edit_class_board(Services& s, const Principal& who, Id board_id, const ClassBoardEdit& edit);
Result<void> delete_class_board(Services& s, const Principal& who, Id board_id);
// The board's sequence number, for the teacher's live channel.
Result<std::int64_t> class_board_seq(Services& s, const Principal& who, Id board_id);

Result<ClassItem> add_class_item(Services& s, const Principal& who, Id board_id, std::string_view kind, std::string_view text);
Result<ClassItem> change_class_item(Services& s, const Principal& who, Id item_id, std::optional<std::string> text,
                                    std::optional<bool> done);
Result<void> remove_class_item(Services& s, const Principal& who, Id item_id);
Result<ClassMeasurement> record_class_measurement(Services& s, const Principal& who, Id board_id, std::string_view week, int value);
Result<ClassIdea> approve_class_idea(Services& s, const Principal& who, Id idea_id);
Result<void> reject_class_idea(Services& s, const Principal& who, Id idea_id);
// A fresh class code, valid for two weeks (the old one stops working at once).
Result<ClassBoard> renew_class_code(Services& s, const Principal& who, Id board_id);

// A new display link's token (shown once; an earlier link stops working), and its revocation.
Result<std::string> make_class_display_link(Services& s, const Principal& who, Id board_id);
Result<void> revoke_class_display_link(Services& s, const Principal& who, Id board_id);

struct StartedClassSession {
  std::string token;  // the classroom screen's key to the session, shown once
  ClassSession session;
};
// Opens a session on the classroom screen for `minutes` (default 90); a running one ends.
Result<StartedClassSession> start_class_session(Services& s, const Principal& who, Id board_id, std::optional<int> minutes);
Result<void> end_class_session(Services& s, const Principal& who, Id board_id);

Result<std::vector<TeamClassBoards>> school_class_boards(Services& s, const Principal& who, Id school_id);

// Screens without an account, by the token of a display link or a session.
struct ClassScreen {
  ScreenGrant grant = ScreenGrant::display;
  ClassBoardView view;  // pending ideas left out
};
Result<ClassScreen> view_class_screen(Services& s, std::string_view token);
Result<std::int64_t> class_screen_seq(Services& s, std::string_view token);
Result<ClassItem> screen_add_class_item(Services& s, std::string_view token, std::string_view kind, std::string_view text);
Result<ClassItem> screen_set_class_item_done(Services& s, std::string_view token, Id item_id, bool done);
Result<ClassMeasurement> screen_record_class_measurement(Services& s, std::string_view token, std::string_view week, int value);

// Students. `address` is used for the in-memory rate limit only, never stored.
inline constexpr int kClassIdeasPerCode = 300;  // ideas and look-ups per class code per window: ten per student of a class of 30
inline constexpr UnixTime kClassIdeaWindow = 600;
inline constexpr int kClassFailedLookupsPerAddress = 10;
inline constexpr UnixTime kClassFailedLookupWindow = 600;
class ClassBoardLimits final : public RateLimits {};
// The class name of the board with this code, so the phone shows where the idea goes.
Result<std::string> class_for_code(Services& s, std::string_view typed_code, std::string_view address);
// A student's idea, waiting for the teacher; resource_exhausted when too many wait already.
Result<void> send_class_idea(Services& s, std::string_view typed_code, std::string_view text, std::string_view address);

}  // namespace sb
