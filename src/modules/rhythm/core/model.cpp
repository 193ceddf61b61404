#include "modules/rhythm/core/model.h"

namespace sb {

std::string_view to_string(WeekState state) {
  switch (state) {
    case WeekState::held: return "held";
    case WeekState::partly: return "partly";
    case WeekState::missed: return "missed";
    case WeekState::holiday: return "holiday";
    case WeekState::open: return "open";
    case WeekState::future: return "future";
  }
  return "future";
}

std::string_view to_string(Trend trend) {
  switch (trend) {
    case Trend::rising: return "rising";
    case Trend::steady: return "steady";
    case Trend::falling: return "falling";
    case Trend::unknown: return "unknown";
  }
  return "unknown";
}

std::string_view to_string(GoalProgress progress) {
  switch (progress) {
    case GoalProgress::improving: return "improving";
    case GoalProgress::worsening: return "worsening";
    case GoalProgress::flat: return "flat";
    case GoalProgress::unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace sb
