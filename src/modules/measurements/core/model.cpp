#include "modules/measurements/core/model.h"

#include <algorithm>

namespace sb {

std::string_view to_string(MeasurementKind kind) {
  return kind == MeasurementKind::baseline ? "baseline" : "follow_up";
}

std::optional<MeasurementKind> parse_measurement_kind(std::string_view text) {
  if (text == "baseline") return MeasurementKind::baseline;
  if (text == "follow_up") return MeasurementKind::follow_up;
  return std::nullopt;
}

std::vector<std::string> dimensions_of(const Questionnaire& questionnaire) {
  std::vector<std::string> out;
  for (const auto& statement : questionnaire.statements) {
    if (std::ranges::find(out, statement.dimension) == out.end()) out.push_back(statement.dimension);
  }
  return out;
}

}  // namespace sb
