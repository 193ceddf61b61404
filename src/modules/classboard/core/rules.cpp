#include "modules/classboard/core/rules.h"

#include "kernel/validation.h"

namespace sb {

Result<ClassBoard> check_new_class_board(const NewClassBoard& input) {
  ClassBoard board;
  SB_TRY(class_name, clean_name("class_name", input.class_name, kMaxClassNameLength));
  SB_TRY(goal, clean_text("goal", input.goal, kMaxClassGoalLength, Required::yes));
  SB_TRY(label, clean_name("measure_label", input.measure_label, kMaxMeasureLabelLength));
  const auto kind = parse_class_measure_kind(input.measure_kind);
  if (!kind) {
    return std::unexpected(Error::invalid("measure_kind", "The measurement is a number or a smiley scale.").because("not_allowed"));
  }
  board.class_name = std::move(class_name);
  board.goal = std::move(goal);
  board.measure_label = std::move(label);
  board.measure_kind = *kind;
  return board;
}

Result<ClassBoardEdit> check_class_board_edit(const ClassBoardEdit& edit) {
  ClassBoardEdit out;
  if (edit.class_name) {
    SB_TRY(name, clean_name("class_name", *edit.class_name, kMaxClassNameLength));
    out.class_name = std::move(name);
  }
  if (edit.goal) {
    SB_TRY(goal, clean_text("goal", *edit.goal, kMaxClassGoalLength, Required::yes));
    out.goal = std::move(goal);
  }
  if (edit.measure_label) {
    SB_TRY(label, clean_name("measure_label", *edit.measure_label, kMaxMeasureLabelLength));
    out.measure_label = std::move(label);
  }
  return out;
}

Result<ClassItemKind> check_class_item_kind(std::string_view text) {
  const auto kind = parse_class_item_kind(text);
  if (!kind) return std::unexpected(Error::invalid("kind", "A card is an action, a success or an obstacle.").because("not_allowed"));
  return *kind;
}

Result<std::string> check_class_item_text(std::string_view text) {
  return clean_name("text", text, kMaxClassItemLength);
}

Result<std::string> check_class_idea_text(std::string_view text) {
  return clean_text("text", text, kMaxClassIdeaLength, Required::yes);
}

Result<void> check_class_measurement(ClassMeasureKind kind, int value) {
  const int lowest = kind == ClassMeasureKind::number ? 0 : 1;
  const int highest = kind == ClassMeasureKind::number ? kMaxClassMeasureNumber : kClassSmileyPoints;
  if (value < lowest || value > highest) {
    return std::unexpected(Error::invalid("value", "The value is out of range for this measurement.")
                               .because("out_of_range", lowest, highest));
  }
  return ok();
}

Result<int> check_class_session_minutes(std::optional<int> minutes) {
  const int m = minutes.value_or(kDefaultClassSessionMinutes);
  if (m < kMinClassSessionMinutes || m > kMaxClassSessionMinutes) {
    return std::unexpected(Error::invalid("minutes", "A session lasts 10 to 480 minutes.")
                               .because("out_of_range", kMinClassSessionMinutes, kMaxClassSessionMinutes));
  }
  return m;
}

}  // namespace sb
