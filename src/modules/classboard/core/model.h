// The classboard module's things: a class board (klassenbord) a teacher makes
// for her class — the class's goal with a weekly measurement the class picks
// (a number or a smiley scale), actions, successes and obstacles — and the
// ideas students send from their phone with the class code. Students have no
// account: an idea is its text alone (no time, no address, no device), and a
// card on the board carries no author.
// Thread-safety: plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/dates.h"
#include "kernel/model.h"

namespace sb {

// How the class measures its goal each week: a whole number (e.g. "minuten stil gelezen") or a
// smiley scale of three faces (1 sad, 2 neutral, 3 happy).
enum class ClassMeasureKind { number, smiley };
std::string_view to_string(ClassMeasureKind kind);
std::optional<ClassMeasureKind> parse_class_measure_kind(std::string_view text);

enum class ClassItemKind { action, success, obstacle };
std::string_view to_string(ClassItemKind kind);
std::optional<ClassItemKind> parse_class_item_kind(std::string_view text);

struct ClassBoard {
  Id id = 0;
  Id school_id = 0;
  Id team_id = 0;
  Id owner_id = 0;  // the teacher whose class board this is
  std::string class_name;  // e.g. "Groep 6b"
  std::string goal;        // the class's goal, in the class's own words
  ClassMeasureKind measure_kind = ClassMeasureKind::smiley;
  std::string measure_label;  // what is measured each week, e.g. "Hoe rustig was het in de klas?"
  std::string code;           // the class code students send ideas with, valid until code_expires_at
  UnixTime code_expires_at = 0;
  bool display_link = false;  // a read-only display link exists (only its hash is stored)
  std::int64_t seq = 0;       // the live room's last sequence number
  UnixTime created_at = 0;
};

struct ClassItem {
  Id id = 0;
  Id board_id = 0;
  ClassItemKind kind = ClassItemKind::action;
  std::string text;
  bool done = false;  // an action done, an obstacle solved (successes are done by nature)
};

// A student's idea: its text only. Shown on the board once the teacher approved it.
struct ClassIdea {
  Id id = 0;
  Id board_id = 0;
  std::string text;
  bool approved = false;
};

struct ClassMeasurement {
  DateText week;  // the week's Monday
  int value = 0;
};

// A session on the classroom screen: opened by the teacher, operated by students with its token until it ends.
struct ClassSession {
  Id id = 0;
  Id board_id = 0;
  UnixTime started_at = 0;
  UnixTime ends_at = 0;
};

// What a screen shows: the board with its cards, its approved ideas (and for the teacher the pending ones),
// its weekly measurements (oldest first) and the running session.
struct ClassBoardView {
  ClassBoard board;
  std::vector<ClassItem> items;
  std::vector<ClassIdea> ideas;
  std::vector<ClassMeasurement> measurements;
  int pending_ideas = 0;
  std::optional<ClassSession> session;
};

// How many class boards a team's teachers made: what a school leader sees.
struct TeamClassBoards {
  Id team_id = 0;
  int boards = 0;
  std::string team_name;  // filled by the use case from the organisation
};

}  // namespace sb
