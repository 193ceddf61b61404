// The class board's input rules: what a board, a card, an idea, a measurement and a session may be.
#include <gtest/gtest.h>

#include "modules/classboard/core/rules.h"

namespace sb {
namespace {

NewClassBoard a_board() { return {"Groep 6b", "We werken rustig", "smiley", "Hoe rustig was het?"}; }

TEST(ClassBoardRules, ANewBoardNeedsANameAGoalAndAKnownMeasurement) {
  auto board = check_new_class_board({"  Groep 6b ", "We werken rustig", "number", "Minuten stil gelezen"});
  ASSERT_TRUE(board.has_value());
  EXPECT_EQ(board->class_name, "Groep 6b");
  EXPECT_EQ(board->measure_kind, ClassMeasureKind::number);
  auto input = a_board();
  input.measure_kind = "percentage";
  EXPECT_EQ(check_new_class_board(input).error().field, "measure_kind");
  input = a_board();
  input.goal = "   ";
  EXPECT_EQ(check_new_class_board(input).error().field, "goal");
  input = a_board();
  input.class_name = std::string(kMaxClassNameLength + 1, 'x');
  auto refused = check_new_class_board(input);
  EXPECT_EQ(refused.error().field, "class_name");
  EXPECT_EQ(refused.error().reason, "too_long");
  input = a_board();
  input.measure_label = "";
  EXPECT_EQ(check_new_class_board(input).error().field, "measure_label");
}

TEST(ClassBoardRules, AnEditChecksOnlyWhatItChanges) {
  auto edit = check_class_board_edit({std::nullopt, std::string(" Rustig "), std::nullopt});
  ASSERT_TRUE(edit.has_value());
  EXPECT_EQ(edit->goal, "Rustig");
  EXPECT_FALSE(edit->class_name.has_value());
  EXPECT_EQ(check_class_board_edit({std::string(""), std::nullopt, std::nullopt}).error().field, "class_name");
}

TEST(ClassBoardRules, CardsAreActionsSuccessesOrObstaclesWithShortText) {
  EXPECT_EQ(check_class_item_kind("success").value(), ClassItemKind::success);
  EXPECT_EQ(check_class_item_kind("idea").error().field, "kind");
  EXPECT_EQ(check_class_item_text(" Koptelefoons ").value(), "Koptelefoons");
  EXPECT_FALSE(check_class_item_text(std::string(kMaxClassItemLength + 1, 'a')).has_value());
  EXPECT_FALSE(check_class_item_text("regel\nnog een").has_value());
}

TEST(ClassBoardRules, AnIdeaIsShortTextThatMayHaveLines) {
  EXPECT_TRUE(check_class_idea_text("Muziek\nzonder woorden").has_value());
  EXPECT_FALSE(check_class_idea_text("").has_value());
  EXPECT_EQ(check_class_idea_text(std::string(kMaxClassIdeaLength + 1, 'a')).error().reason, "too_long");
  EXPECT_TRUE(check_class_idea_text(std::string(kMaxClassIdeaLength, 'a')).has_value());
}

TEST(ClassBoardRules, AMeasurementFitsItsKind) {
  EXPECT_TRUE(check_class_measurement(ClassMeasureKind::smiley, 1).has_value());
  EXPECT_TRUE(check_class_measurement(ClassMeasureKind::smiley, 3).has_value());
  auto refused = check_class_measurement(ClassMeasureKind::smiley, 4);
  EXPECT_EQ(refused.error().reason, "out_of_range");
  EXPECT_EQ(refused.error().min, 1);
  EXPECT_EQ(refused.error().max, 3);
  EXPECT_FALSE(check_class_measurement(ClassMeasureKind::smiley, 0).has_value());
  EXPECT_TRUE(check_class_measurement(ClassMeasureKind::number, 0).has_value());
  EXPECT_TRUE(check_class_measurement(ClassMeasureKind::number, kMaxClassMeasureNumber).has_value());
  EXPECT_FALSE(check_class_measurement(ClassMeasureKind::number, -1).has_value());
  EXPECT_FALSE(check_class_measurement(ClassMeasureKind::number, kMaxClassMeasureNumber + 1).has_value());
}

TEST(ClassBoardRules, ASessionLastsTenMinutesToEightHours) {
  EXPECT_EQ(check_class_session_minutes(std::nullopt).value(), kDefaultClassSessionMinutes);
  EXPECT_EQ(check_class_session_minutes(10).value(), 10);
  EXPECT_EQ(check_class_session_minutes(480).value(), 480);
  EXPECT_EQ(check_class_session_minutes(9).error().field, "minutes");
  EXPECT_FALSE(check_class_session_minutes(481).has_value());
}

}  // namespace
}  // namespace sb
