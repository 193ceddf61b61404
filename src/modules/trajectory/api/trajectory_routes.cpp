#include "modules/trajectory/api/trajectory_routes.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>

#include "modules/trajectory/api/trajectory_json.h"
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
               SB_TRY(registration, read_registration(body));
               SB_CHECK(register_school(c.services, c.who(), path_id(c), registration.pupils, registration.step));
               return trajectory_response(c, 201);
             });

  router.add("PATCH", "/api/v1/schools/{id}/trajectory", {Access::scoped, Action::run_trajectory, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(pupils, read_pupils(body));
               SB_CHECK(set_pupils(c.services, c.who(), path_id(c), pupils));
               return trajectory_response(c, 200);
             });

  router.add("POST", "/api/v1/schools/{id}/trajectory/steps", {Access::scoped, Action::run_trajectory, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(step, read_step_record(body));
               SB_CHECK(record_step(c.services, c.who(), path_id(c), step));
               return trajectory_response(c, 201);
             });

  router.add("PUT", "/api/v1/schools/{id}/trajectory/conditions", {Access::scoped, Action::run_trajectory, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(check, read_condition_check(body));
               SB_CHECK(check_condition(c.services, c.who(), path_id(c), check.condition, check.status, check.note));
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
               SB_TRY(rule, read_fte_rule(body));
               SB_CHECK(set_coach_fte_rule(c.services, c.who(), std::move(rule)));
               SB_TRY(stored, coach_fte_rule(c.services, c.who()));
               return json_response(200, serialize(rule_json(stored)));
             });
}

}  // namespace sb::api
