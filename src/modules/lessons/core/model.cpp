#include "modules/lessons/core/model.h"

namespace sb {

std::string_view to_string(DesignStatus status) {
  switch (status) {
    case DesignStatus::draft: return "concept";
    case DesignStatus::ready: return "klaar";
    case DesignStatus::taught: return "gegeven";
    case DesignStatus::evaluated: return "geevalueerd";
  }
  return "concept";
}

std::optional<DesignStatus> parse_design_status(std::string_view text) {
  for (auto status : {DesignStatus::draft, DesignStatus::ready, DesignStatus::taught, DesignStatus::evaluated}) {
    if (to_string(status) == text) return status;
  }
  return std::nullopt;
}

std::string_view to_string(DesignField field) {
  switch (field) {
    case DesignField::title: return "title";
    case DesignField::lesson_goal: return "lesson_goal";
    case DesignField::criteria: return "criteria";
    case DesignField::phases: return "phases";
    case DesignField::group_name: return "group_name";
    case DesignField::subject: return "subject";
    case DesignField::planned_on: return "planned_on";
    case DesignField::links: return "links";
    case DesignField::status: return "status";
  }
  return "title";
}

std::string_view to_string(LessonVisitStatus status) {
  switch (status) {
    case LessonVisitStatus::planned: return "planned";
    case LessonVisitStatus::held: return "held";
    case LessonVisitStatus::reflected: return "reflected";
  }
  return "planned";
}

std::string_view to_string(ConclusionKind kind) { return kind == ConclusionKind::success ? "success" : "action"; }

std::optional<ConclusionKind> parse_conclusion_kind(std::string_view text) {
  if (text == "success") return ConclusionKind::success;
  if (text == "action") return ConclusionKind::action;
  return std::nullopt;
}

}  // namespace sb
