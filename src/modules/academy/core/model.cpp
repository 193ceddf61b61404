#include "modules/academy/core/model.h"

namespace sb {

std::string_view to_string(AcademyMarkState state) {
  return state == AcademyMarkState::done ? "done" : "seen";
}

std::optional<AcademyMarkState> parse_academy_mark(std::string_view text) {
  if (text == "seen") return AcademyMarkState::seen;
  if (text == "done") return AcademyMarkState::done;
  return std::nullopt;
}

}  // namespace sb
