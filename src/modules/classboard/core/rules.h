// The class board's input rules and limits: text lengths, the measurement's
// range per kind, the bound on cards and on waiting ideas (so a flood of
// ideas from phones cannot grow a board without end), the session's length
// and the class code's lifetime. Each check returns invalid_argument naming
// the field, with reason/min/max where a limit applies (kernel/error.h).
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kernel/error.h"
#include "modules/classboard/core/model.h"

namespace sb {

inline constexpr std::size_t kMaxClassNameLength = 60;
inline constexpr std::size_t kMaxClassGoalLength = 300;
inline constexpr std::size_t kMaxMeasureLabelLength = 120;
inline constexpr std::size_t kMaxClassItemLength = 200;
inline constexpr std::size_t kMaxClassIdeaLength = 280;
inline constexpr int kMaxClassItems = 300;        // cards on one board
inline constexpr int kMaxPendingClassIdeas = 30;  // ideas waiting for the teacher: the flood bound
inline constexpr int kMaxClassMeasureNumber = 100'000;
inline constexpr int kClassSmileyPoints = 3;
inline constexpr int kDefaultClassSessionMinutes = 90;
inline constexpr int kMinClassSessionMinutes = 10;
inline constexpr int kMaxClassSessionMinutes = 480;
inline constexpr UnixTime kClassCodeLifetime = 14 * 86400;  // a class code expires two weeks after it was drawn

struct NewClassBoard {
  std::string class_name;
  std::string goal;
  std::string measure_kind;
  std::string measure_label;
};

struct ClassBoardEdit {
  std::optional<std::string> class_name;
  std::optional<std::string> goal;
  std::optional<std::string> measure_label;
};

// A new board's fields, cleaned (id, owner, school, team, code left to the use case).
Result<ClassBoard> check_new_class_board(const NewClassBoard& input);
Result<ClassBoardEdit> check_class_board_edit(const ClassBoardEdit& edit);
Result<ClassItemKind> check_class_item_kind(std::string_view text);
Result<std::string> check_class_item_text(std::string_view text);
Result<std::string> check_class_idea_text(std::string_view text);
// The value is in range for the board's measurement: 0..100000 for a number, 1..3 for smileys.
Result<void> check_class_measurement(ClassMeasureKind kind, int value);
Result<int> check_class_session_minutes(std::optional<int> minutes);

}  // namespace sb
