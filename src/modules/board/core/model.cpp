#include "modules/board/core/model.h"

#include "kernel/enum_names.h"

namespace sb {
namespace {

constexpr EnumNames<GoalUnit, 4> kUnits{
    {{GoalUnit::percentage, "percentage"}, {GoalUnit::count, "count"}, {GoalUnit::score, "score"}, {GoalUnit::yes_no, "yes_no"}}};
constexpr EnumNames<Direction, 2> kDirections{{{Direction::higher, "higher"}, {Direction::lower, "lower"}}};
constexpr EnumNames<ItemKind, 5> kKinds{{{ItemKind::action, "action"},
                                         {ItemKind::success, "success"},
                                         {ItemKind::obstacle, "obstacle"},
                                         {ItemKind::idea, "idea"},
                                         {ItemKind::agreement, "agreement"}}};

}  // namespace

std::string_view to_string(GoalUnit unit) { return name_in(kUnits, unit); }
std::string_view to_string(Direction direction) { return name_in(kDirections, direction); }
std::string_view to_string(ItemKind kind) { return name_in(kKinds, kind); }
std::optional<GoalUnit> parse_goal_unit(std::string_view text) { return parse_in(kUnits, text); }
std::optional<Direction> parse_direction(std::string_view text) { return parse_in(kDirections, text); }
std::optional<ItemKind> parse_item_kind(std::string_view text) { return parse_in(kKinds, text); }

}  // namespace sb
