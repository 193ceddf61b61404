#include "modules/voice/core/model.h"

namespace sb {

std::string_view to_string(Level level) {
  switch (level) {
    case Level::po: return "po";
    case Level::vo: return "vo";
    case Level::mbo: return "mbo";
  }
  return "vo";
}

std::optional<Level> parse_level(std::string_view text) {
  if (text == "po") return Level::po;
  if (text == "vo") return Level::vo;
  if (text == "mbo") return Level::mbo;
  return std::nullopt;
}

int scale_points(Level level) { return level == Level::po ? 3 : 5; }

std::string_view to_string(QuestionKind kind) { return kind == QuestionKind::scale ? "scale" : "open"; }

std::optional<QuestionKind> parse_question_kind(std::string_view text) {
  if (text == "scale") return QuestionKind::scale;
  if (text == "open") return QuestionKind::open;
  return std::nullopt;
}

}  // namespace sb
