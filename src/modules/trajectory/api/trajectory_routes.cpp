#include "modules/trajectory/api/trajectory_routes.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>

#include "modules/trajectory/core/rules.h"
#include "modules/trajectory/core/trajectory.h"
#include "server/api/json_io.h"

namespace sb::api {
namespace {

namespace json = boost::json;

json::value text_or_null(const std::string& text) { return text.empty() ? json::value(nullptr) : json::value(text); }

json::object to_json(const TrajectoryStep& step) {
  return {{"id", step.id},
          {"phase", to_string(step.phase)},
          {"happened_on", step.happened_on},
          {"who", step.who},
          {"notes", step.notes},
          {"recorded_by", text_or_null(step.recorded_by_name)},
          {"recorded_at", iso_time(step.recorded_at)}};
}

json::object to_json(const ConditionCheck& check) {
  json::object out{{"condition", to_string(check.condition)},
                   {"status", to_string(check.status)},
                   {"note", check.note},
                   {"checked_by", text_or_null(check.checked_by_name)}};
  out["checked_at"] = check.checked_at ? json::value(iso_time(check.checked_at)) : json::value(nullptr);
  return out;
}

json::object to_json(const TrajectoryView& view) {
  json::object out{{"school_id", view.school_id}, {"school_name", view.school_name}, {"sector", view.sector}};
  out["registered"] = view.trajectory.has_value();
  out["pupils"] = view.trajectory ? json::value(view.trajectory->pupils) : json::value(nullptr);
  out["phase"] = view.trajectory ? json::value(to_string(view.trajectory->phase)) : json::value(nullptr);
  out["phase_on"] = view.trajectory ? json::value(view.trajectory->phase_on) : json::value(nullptr);
  out["next_phase"] = view.next_phase ? json::value(to_string(*view.next_phase)) : json::value(nullptr);
  out["agreement_blocked"] = view.agreement_blocked;
  out["required_coach_fte"] = view.required_coach_fte / 100.0;
  json::array steps;
  for (const auto& step : view.steps) steps.push_back(to_json(step));
  out["steps"] = std::move(steps);
  json::array checks;
  for (const auto& check : view.checks) checks.push_back(to_json(check));
  out["conditions"] = std::move(checks);
  return out;
}

json::object to_json(const PipelineRow& row) {
  return {{"school_id", row.school_id},     {"school_name", row.school_name}, {"sector", row.sector},
          {"bestuur_name", row.bestuur_name}, {"phase", to_string(row.phase)}, {"phase_on", row.phase_on},
          {"pupils", row.pupils},           {"conditions_met", row.conditions_met},
          {"visits_awaiting", row.visits_awaiting}};
}

json::object rule_json(const std::vector<FteBand>& rule) {
  json::array bands;
  for (const auto& band : rule) bands.push_back({{"from_pupils", band.from_pupils}, {"fte", band.fte_hundredths / 100.0}});
  return {{"bands", std::move(bands)}};
}

Result<int> small_integer(BodyReader& body, std::string_view name, int min, int max) {
  SB_TRY(value, body.integer(name));
  if (value < min || value > max) {
    return std::unexpected(Error::invalid(std::string(name), "Out of range.").because("out_of_range", min, max));
  }
  return static_cast<int>(value);
}

Result<StepInput> read_step(BodyReader& body, Phase phase) {
  StepInput step;
  step.phase = phase;
  SB_TRY(on, body.string("happened_on"));
  step.happened_on = on;
  SB_TRY(who, body.optional_string("who"));
  step.who = who.value_or("");
  SB_TRY(notes, body.optional_string("notes"));
  step.notes = notes.value_or("");
  return step;
}

template <typename T>
Result<T> parse_named(BodyReader& body, std::string_view name, std::optional<T> (*parse)(std::string_view)) {
  SB_TRY(text, body.string(name));
  auto value = parse(text);
  if (!value) return std::unexpected(Error::invalid(std::string(name), "Unknown value.").because("unknown_value"));
  return *value;
}

Result<http::Response> trajectory_response(Context& c, int status) {
  SB_TRY(view, school_trajectory(c.services, c.who(), path_id(c)));
  return json_response(status, serialize(to_json(view)));
}

}  // namespace

void add_trajectory_routes(Router& router) {
  router.add("GET", "/api/v1/schools/{id}/trajectory", {Access::scoped, Action::view_trajectory, "school"},
             [](Context& c) { return trajectory_response(c, 200); });

  router.add("POST", "/api/v1/schools/{id}/trajectory", {Access::scoped, Action::run_trajectory, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(pupils, small_integer(body, "pupils", 1, 10000));
               SB_TRY(step, read_step(body, Phase::registration));
               SB_CHECK(body.finish());
               SB_CHECK(register_school(c.services, c.who(), path_id(c), pupils, step));
               return trajectory_response(c, 201);
             });

  router.add("PATCH", "/api/v1/schools/{id}/trajectory", {Access::scoped, Action::run_trajectory, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(pupils, small_integer(body, "pupils", 1, 10000));
               SB_CHECK(body.finish());
               SB_CHECK(set_pupils(c.services, c.who(), path_id(c), pupils));
               return trajectory_response(c, 200);
             });

  router.add("POST", "/api/v1/schools/{id}/trajectory/steps", {Access::scoped, Action::run_trajectory, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(phase, parse_named<Phase>(body, "phase", parse_phase));
               SB_TRY(step, read_step(body, phase));
               SB_CHECK(body.finish());
               SB_CHECK(record_step(c.services, c.who(), path_id(c), step));
               return trajectory_response(c, 201);
             });

  router.add("PUT", "/api/v1/schools/{id}/trajectory/conditions", {Access::scoped, Action::run_trajectory, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(condition, parse_named<Condition>(body, "condition", parse_condition));
               SB_TRY(status, parse_named<ConditionStatus>(body, "status", parse_condition_status));
               SB_TRY(note, body.optional_string("note"));
               SB_CHECK(body.finish());
               SB_CHECK(check_condition(c.services, c.who(), path_id(c), condition, status, note.value_or("")));
               return trajectory_response(c, 200);
             });

  router.add("GET", "/api/v1/trajectories", {Access::scoped, Action::manage_trajectories}, [](Context& c) -> Result<http::Response> {
    SB_TRY(rows, staff_pipeline(c.services, c.who()));
    json::array schools;
    for (const auto& row : rows) schools.push_back(to_json(row));
    return json_response(200, serialize(json::object{{"schools", std::move(schools)}}));
  });

  router.add("GET", "/api/v1/coach-fte-rule", {Access::scoped, Action::manage_trajectories},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(rule, coach_fte_rule(c.services, c.who()));
               return json_response(200, serialize(rule_json(rule)));
             });

  router.add("PUT", "/api/v1/coach-fte-rule", {Access::scoped, Action::manage_trajectories},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(rows, body.object_list("bands", 20));
               SB_CHECK(body.finish());
               std::vector<FteBand> rule;
               for (std::size_t i = 0; i < rows.size(); ++i) {
                 SB_TRY(from, rows[i].integer("from_pupils"));
                 SB_TRY(fte, rows[i].optional_number("fte"));
                 if (!fte) return std::unexpected(Error::required("bands." + std::to_string(i) + ".fte"));
                 SB_CHECK(rows[i].finish());
                 // Out-of-range numbers become values the rule refuses by name, never an overflowing cast.
                 const int pupils = static_cast<int>(std::clamp<std::int64_t>(from, -1, kMaxPupils + 1));
                 const double hundredths = std::isfinite(*fte) ? std::clamp(*fte * 100.0, -1.0, 1000.0) : -1.0;
                 rule.push_back({pupils, static_cast<int>(std::lround(hundredths))});
               }
               SB_CHECK(set_coach_fte_rule(c.services, c.who(), std::move(rule)));
               SB_TRY(stored, coach_fte_rule(c.services, c.who()));
               return json_response(200, serialize(rule_json(stored)));
             });
}

}  // namespace sb::api
