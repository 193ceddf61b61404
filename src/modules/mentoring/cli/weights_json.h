// Reads the staff's weights file: one flat JSON object of names to whole
// numbers, e.g. {"sector": 40, "afstand": 10}. Anything else (nesting,
// strings, fractions, duplicate names) is refused with the position, so a
// typo never silently falls back to a default. Kept this small on purpose:
// the file has no other shape. Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kernel/error.h"

namespace sb::cli {

Result<std::vector<std::pair<std::string, std::int64_t>>> parse_weights_json(std::string_view text);

}  // namespace sb::cli
