#include "../body_checks.h"
#include "../module_bodies.h"
#include "modules/lessons/api/lessons_json.h"
#include "modules/lessons/core/rules.h"

namespace sb::fuzz {

namespace {

using api::BodyReader;
using boost::json::object;

void new_visit(BodyReader& body, const object&) {
  auto visit = api::read_new_visit(body);
  check_result(visit);
  if (visit) FUZZ_CHECK(within(visit->minutes, 0, kMaxVisitMinutes + 1));
}

void observation(BodyReader& body, const object& json) {
  auto read = api::read_observation(body);
  check_result(read);
  if (!read) return;
  same_text(json, "client_key", read->client_key);
  FUZZ_CHECK(read->criteria.size() <= kMaxCriteria);
  for (const auto& note : read->criteria) {
    if (note.rating) FUZZ_CHECK(within(*note.rating, 0, 5));
  }
}

void new_design(BodyReader& body, const object& json) {
  auto design = api::read_new_design(body);
  check_result(design);
  if (design) same_text(json, "title", design->content.title);
}

}  // namespace

void add_lessons_bodies(BodyChecks& checks) {
  checks.insert({
      {"lessons.new_design", new_design},
      {"lessons.design_save", plain<api::read_design_save>},
      {"lessons.design_comment", plain<api::read_design_comment>},
      {"lessons.new_visit", new_visit},
      {"lessons.observation", observation},
      {"lessons.reflection", plain<api::read_reflection>},
      {"lessons.reflection_conclusion", plain<api::read_reflection_conclusion>},
      {"lessons.visit_sharing", plain<api::read_visit_sharing>},
  });
}

}  // namespace sb::fuzz
