#include "../body_checks.h"
#include "../module_bodies.h"
#include "modules/classboard/api/classboard_json.h"

namespace sb::fuzz {

namespace {

using api::BodyReader;
using boost::json::object;

void measurement(BodyReader& body, const object&) {
  auto value = api::read_class_measurement(body);
  check_result(value);
  if (value) FUZZ_CHECK(within(*value, -1, kMaxClassMeasureNumber + 1));
}

void session_start(BodyReader& body, const object&) {
  auto minutes = api::read_class_session_start(body);
  check_result(minutes);
  if (minutes && *minutes) FUZZ_CHECK(within(**minutes, 0, kMaxClassSessionMinutes + 1));
}

void card(BodyReader& body, const object& json) {
  auto read = api::read_class_card(body);
  check_result(read);
  if (!read) return;
  same_text(json, "kind", read->kind);
  same_text(json, "text", read->text);
}

}  // namespace

void add_classboard_bodies(BodyChecks& checks) {
  checks.insert({
      {"classboard.new_board", plain<api::read_new_class_board>},
      {"classboard.board_edit", plain<api::read_class_board_edit>},
      {"classboard.card", card},
      {"classboard.card_change", plain<api::read_class_card_change>},
      {"classboard.measurement", measurement},
      {"classboard.session_start", session_start},
      {"classboard.card_done", plain<api::read_class_card_done>},
      {"classboard.code", plain<api::read_class_code>},
      {"classboard.idea", plain<api::read_class_idea>},
  });
}

}  // namespace sb::fuzz
