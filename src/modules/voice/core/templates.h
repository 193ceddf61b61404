// Ready-made question lists a teacher can open a round from: Dutch, in our
// own words, one per school type — smileys for PO, 1–5 for VO and MBO — of
// five to eight questions, scales and open questions.
// Thread-safety: constant data.
#pragma once

#include <string_view>
#include <vector>

#include "modules/voice/core/model.h"

namespace sb {

struct RoundTemplate {
  std::string_view key;  // "po-les", ...
  Level level = Level::vo;
  std::string_view name;
  std::vector<Question> questions;
};

const std::vector<RoundTemplate>& round_templates();
const RoundTemplate* find_template(std::string_view key);

}  // namespace sb
