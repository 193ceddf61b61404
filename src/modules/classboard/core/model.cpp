#include "modules/classboard/core/model.h"

namespace sb {

std::string_view to_string(ClassMeasureKind kind) { return kind == ClassMeasureKind::number ? "number" : "smiley"; }

std::optional<ClassMeasureKind> parse_class_measure_kind(std::string_view text) {
  if (text == "number") return ClassMeasureKind::number;
  if (text == "smiley") return ClassMeasureKind::smiley;
  return std::nullopt;
}

std::string_view to_string(ClassItemKind kind) {
  switch (kind) {
    case ClassItemKind::action: return "action";
    case ClassItemKind::success: return "success";
    case ClassItemKind::obstacle: return "obstacle";
  }
  return "action";
}

std::optional<ClassItemKind> parse_class_item_kind(std::string_view text) {
  if (text == "action") return ClassItemKind::action;
  if (text == "success") return ClassItemKind::success;
  if (text == "obstacle") return ClassItemKind::obstacle;
  return std::nullopt;
}

}  // namespace sb
