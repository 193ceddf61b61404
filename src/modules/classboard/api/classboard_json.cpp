#include "modules/classboard/api/classboard_json.h"

#include <algorithm>

namespace sb::api {

Result<NewClassBoard> read_new_class_board(BodyReader& body) {
  SB_TRY(class_name, body.string("class_name"));
  SB_TRY(goal, body.string("goal"));
  SB_TRY(measure_kind, body.string("measure_kind"));
  SB_TRY(measure_label, body.string("measure_label"));
  SB_CHECK(body.finish());
  return NewClassBoard{class_name, goal, measure_kind, measure_label};
}

Result<ClassBoardEdit> read_class_board_edit(BodyReader& body) {
  SB_TRY(class_name, body.optional_string("class_name"));
  SB_TRY(goal, body.optional_string("goal"));
  SB_TRY(measure_label, body.optional_string("measure_label"));
  SB_CHECK(body.finish());
  return ClassBoardEdit{class_name, goal, measure_label};
}

Result<ClassCard> read_class_card(BodyReader& body) {
  SB_TRY(kind, body.string("kind"));
  SB_TRY(text, body.string("text"));
  SB_CHECK(body.finish());
  return ClassCard{kind, text};
}

Result<ClassCardChange> read_class_card_change(BodyReader& body) {
  SB_TRY(text, body.optional_string("text"));
  SB_TRY(done, body.optional_bool("done"));
  SB_CHECK(body.finish());
  return ClassCardChange{text, done};
}

Result<int> read_class_measurement(BodyReader& body) {
  SB_TRY(value, body.integer("value"));
  SB_CHECK(body.finish());
  return static_cast<int>(std::clamp<std::int64_t>(value, -1, kMaxClassMeasureNumber + 1));
}

Result<std::optional<int>> read_class_session_start(BodyReader& body) {
  SB_TRY(minutes, body.optional_integer("minutes"));
  SB_CHECK(body.finish());
  std::optional<int> length;
  if (minutes) length = static_cast<int>(std::clamp<std::int64_t>(*minutes, 0, kMaxClassSessionMinutes + 1));
  return length;
}

Result<bool> read_class_card_done(BodyReader& body) {
  SB_TRY(done, body.optional_bool("done"));
  SB_CHECK(body.finish());
  if (!done) return std::unexpected(Error::required("done"));
  return *done;
}

Result<std::string> read_class_code(BodyReader& body) {
  SB_TRY(code, body.string("code"));
  SB_CHECK(body.finish());
  return code;
}

Result<ClassIdeaText> read_class_idea(BodyReader& body) {
  SB_TRY(code, body.string("code"));
  SB_TRY(text, body.string("text"));
  SB_CHECK(body.finish());
  return ClassIdeaText{code, text};
}

}  // namespace sb::api
