#include "../body_checks.h"
#include "../module_bodies.h"
#include "modules/board/api/board_json.h"

namespace sb::fuzz {

namespace {

using api::BodyReader;
using boost::json::object;

void new_item(BodyReader& body, const object& json) {
  auto item = api::read_new_item(body);
  check_result(item);
  if (!item) return;
  same_text(json, "kind", item->kind);
  same_text(json, "text", item->text);
  same_text(json, "notes", item->notes);
}

void retrospective(BodyReader& body, const object& json) {
  auto closing = api::read_retrospective(body);
  check_result(closing);
  if (!closing) return;
  FUZZ_CHECK(closing->value.goals.size() <= 50);
  same_text(json, "helped", closing->value.helped);
  same_text(json, "change", closing->value.change);
}

}  // namespace

void add_board_bodies(BodyChecks& checks) {
  checks.insert({
      {"board.new_item", new_item},
      {"board.item_change", plain<api::read_item_change>},
      {"board.item_move", plain<api::read_item_move>},
      {"board.leadership_reply", plain<api::read_leadership_reply>},
      {"board.leadership_action", plain<api::read_leadership_action>},
      {"board.new_cycle", plain<api::read_new_cycle>},
      {"board.cycle_change", plain<api::read_cycle_change>},
      {"board.retrospective", retrospective},
      {"board.new_goal", plain<api::read_new_goal>},
      {"board.goal_change", plain<api::read_goal_change>},
      {"board.measurement_entry", plain<api::read_measurement_entry>},
      {"board.new_ambition", plain<api::read_new_ambition>},
      {"board.ambition_change", plain<api::read_ambition_change>},
      {"board.session_start", plain<api::read_session_start>},
      {"board.session_change", plain<api::read_session_change>},
      {"board.session_close", plain<api::read_session_close>},
  });
}

}  // namespace sb::fuzz
