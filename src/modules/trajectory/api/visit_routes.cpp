#include "modules/trajectory/api/visit_routes.h"

#include <boost/json.hpp>

#include <algorithm>

#include "kernel/dates.h"
#include "modules/trajectory/core/meeting_rules.h"
#include "modules/trajectory/core/visits.h"
#include "modules/trajectory/api/trajectory_json.h"
#include "server/api/json_io.h"

namespace sb::api {
namespace {

namespace json = boost::json;

json::object to_json(const Visit& v) {
  json::object out{{"id", v.id},
                   {"school_id", v.school_id},
                   {"coach_name", v.coach_name},
                   {"starts_at", iso_time(v.starts_at)},
                   {"ends_at", iso_time(v.ends_at)},
                   {"date", amsterdam_date(v.starts_at)},
                   {"start_time", amsterdam_clock_text(v.starts_at)},
                   {"end_time", amsterdam_clock_text(v.ends_at)},
                   {"status", to_string(v.status)}};
  if (v.reported_at) {
    out["report"] = json::object{{"seen", v.seen}, {"advice", v.advice}, {"reported_at", iso_time(*v.reported_at)}};
  } else {
    out["report"] = nullptr;
  }
  return out;
}

Result<http::Response> visit_response(Result<Visit> visit, int status = 200) {
  if (!visit) return std::unexpected(visit.error());
  return json_response(status, serialize(to_json(*visit)));
}

}  // namespace

void add_visit_routes(Router& router) {
  router.add_scope("visit", scope_of_coach_visit);

  router.add("GET", "/api/v1/schools/{id}/visits", {Access::scoped, Action::view_trajectory, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(found, school_visits(c.services, c.who(), path_id(c)));
               json::array list;
               for (const auto& v : found.visits) list.push_back(to_json(v));
               const auto& b = found.budget;
               json::object budget{{"budget", b.budget}, {"held", b.held},         {"planned", b.planned},
                                   {"awaiting", b.awaiting}, {"left", b.left}};
               return json_response(200, serialize(json::object{{"budget", std::move(budget)}, {"visits", std::move(list)}}));
             });

  router.add("POST", "/api/v1/schools/{id}/visits", {Access::scoped, Action::plan_visits, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_visit_plan(body));
               return visit_response(plan_visit(c.services, c.who(), path_id(c), input), 201);
             });

  router.add("PUT", "/api/v1/visits/{id}/report", {Access::scoped, Action::plan_visits, "visit"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(report, read_visit_report(body));
               return visit_response(report_visit(c.services, c.who(), path_id(c), report.seen, report.advice));
             });

  router.add("POST", "/api/v1/visits/{id}/cancel", {Access::scoped, Action::plan_visits, "visit"},
             [](Context& c) { return visit_response(cancel_visit(c.services, c.who(), path_id(c))); });

  router.add("POST", "/api/v1/visits/{id}/approve", {Access::scoped, Action::manage_trajectories, "visit"},
             [](Context& c) { return visit_response(approve_visit(c.services, c.who(), path_id(c))); });
}

}  // namespace sb::api
