// The bodies the class board's routes take (teacher, classroom screen, student),
// read into its input types. Each reader reads the whole body and refuses a
// field it does not know.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>

#include "modules/classboard/core/rules.h"
#include "server/api/json_io.h"

namespace sb::api {

// A card on the board: its kind and text.
struct ClassCard {
  std::string kind;
  std::string text;
};
struct ClassCardChange {
  std::optional<std::string> text;
  std::optional<bool> done;
};
// A student's idea through the class code.
struct ClassIdeaText {
  std::string code;
  std::string text;
};

Result<NewClassBoard> read_new_class_board(BodyReader& body);
Result<ClassBoardEdit> read_class_board_edit(BodyReader& body);
Result<ClassCard> read_class_card(BodyReader& body);
Result<ClassCardChange> read_class_card_change(BodyReader& body);
// A week's number; beyond the board's limit it reads as one past it, so core names the limit.
Result<int> read_class_measurement(BodyReader& body);
// A session's length in minutes, if given; clamped to 0..kMaxClassSessionMinutes + 1 likewise.
Result<std::optional<int>> read_class_session_start(BodyReader& body);
// {"done": bool}, required: a screen ticking a card off.
Result<bool> read_class_card_done(BodyReader& body);
// {"code": "..."}: a student's class code.
Result<std::string> read_class_code(BodyReader& body);
Result<ClassIdeaText> read_class_idea(BodyReader& body);

}  // namespace sb::api
