// Cycles with their retrospective, goals with weekly measurements, and the
// school's ambitions.
#include <boost/json.hpp>

#include "modules/board/core/cycle_holidays.h"
#include "modules/board/core/goals.h"
#include "modules/board/core/retrospective.h"
#include "modules/board/api/board_json.h"
#include "modules/board/api/board_routes_support.h"
#include "server/api/json_io.h"
#include "modules/board/api/routes.h"

namespace sb::api {

namespace json = boost::json;

namespace {

Result<GoalInput> read_goal(BodyReader& body) {
  GoalInput input;
  SB_TRY(cycle_id, body.optional_id("cycle_id"));
  SB_TRY(ambition_id, body.nullable_id("ambition_id"));
  SB_TRY(title, body.optional_string("title"));
  SB_TRY(students, body.optional_string("students"));
  SB_TRY(measure, body.optional_string("measure"));
  SB_TRY(unit, body.optional_string("unit"));
  SB_TRY(baseline, body.optional_number("baseline"));
  SB_TRY(target, body.optional_number("target"));
  SB_TRY(direction, body.optional_string("direction"));
  return GoalInput{cycle_id, ambition_id, title, students, measure, unit, baseline, target, direction};
}

Result<CycleInput> read_cycle(BodyReader& body) {
  SB_TRY(name, body.optional_string("name"));
  SB_TRY(starts_on, body.optional_string("starts_on"));
  SB_TRY(ends_on, body.optional_string("ends_on"));
  return CycleInput{name, starts_on, ends_on};
}

Result<RetrospectiveInput> read_retrospective(BodyReader& body) {
  RetrospectiveInput input;
  SB_TRY(goal_reached, body.optional_string("goal_reached"));
  SB_TRY(helped, body.optional_string("helped"));
  SB_TRY(change, body.optional_string("change"));
  input.goal_reached = goal_reached;
  input.helped = helped.value_or("");
  input.change = change.value_or("");
  SB_TRY(goals, body.object_list("goals", 50));
  for (auto& entry : goals) {
    SB_TRY(goal_id, entry.id("goal_id"));
    SB_TRY(reached, entry.string("reached"));
    SB_TRY(continues, entry.optional_bool("continue"));
    SB_TRY(target, entry.optional_number("target"));
    SB_CHECK(entry.finish());
    input.goals.push_back({goal_id, reached, continues.value_or(false), target});
  }
  SB_TRY(next_cycle, body.optional_object("next_cycle"));
  if (next_cycle) {
    SB_TRY(cycle, read_cycle(*next_cycle));
    SB_CHECK(next_cycle->finish());
    input.next_cycle = cycle;
  }
  SB_TRY(next_cycle_id, body.optional_id("next_cycle_id"));
  input.next_cycle_id = next_cycle_id;
  return input;
}

}  // namespace

void add_goals_routes(Router& router) {
  router.add("POST", "/api/v1/teams/{id}/cycles", {Access::scoped, Action::edit_board, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_cycle(body));
               SB_CHECK(body.finish());
               SB_TRY(cycle, create_cycle(c.services, c.who(), path_id(c), input));
               return json_response(201, serialize(to_json(cycle)));
             });

  router.add("GET", "/api/v1/teams/{id}/cycles", {Access::scoped, Action::view_board, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(reviews, list_cycle_reviews(c.services, c.who(), path_id(c)));
               json::array out;
               for (const auto& review : reviews) out.push_back(to_json(review));
               return json_response(200, serialize(json::object{{"cycles", std::move(out)}}));
             });

  // The holidays a cycle from ?starts_on to ?ends_on would span, and the end that moves past them.
  router.add("GET", "/api/v1/teams/{id}/cycle-holidays", {Access::scoped, Action::view_board, "team"},
             [](Context& c) -> Result<http::Response> {
               auto query = [&](const char* name) {
                 auto it = c.request.query.find(name);
                 return it == c.request.query.end() ? std::string() : it->second;
               };
               SB_TRY(span, cycle_holidays(c.services, c.who(), path_id(c), query("starts_on"), query("ends_on")));
               json::array weeks;
               for (const auto& week : span.weeks) weeks.push_back(json::object{{"week", week.monday}, {"name", week.name}});
               return json_response(200, serialize(json::object{{"weeks", std::move(weeks)},
                                                                {"school_weeks", span.school_weeks},
                                                                {"end_past_holidays", span.end_past_holidays}}));
             });

  router.add("PATCH", "/api/v1/cycles/{id}", {Access::scoped, Action::edit_board, "cycle"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_cycle(body));
               SB_TRY(version, body.integer("version"));
               SB_CHECK(body.finish());
               return answer_or_conflict(update_cycle(c.services, c.who(), path_id(c), input, version), 200,
                                         [&] { return find_cycle_for(c.services, c.who(), path_id(c)); });
             });

  router.add("POST", "/api/v1/cycles/{id}/retrospective", {Access::scoped, Action::edit_board, "cycle"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_retrospective(body));
               SB_TRY(version, body.integer("version"));
               SB_CHECK(body.finish());
               return answer_or_conflict(close_cycle(c.services, c.who(), path_id(c), input, version), 200,
                                         [&] { return find_cycle_for(c.services, c.who(), path_id(c)); });
             });

  router.add("POST", "/api/v1/teams/{id}/goals", {Access::scoped, Action::edit_board, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_goal(body));
               SB_CHECK(body.finish());
               SB_TRY(goal, create_goal(c.services, c.who(), path_id(c), input));
               return json_response(201, serialize(to_json(goal)));
             });

  router.add("GET", "/api/v1/goals/{id}", {Access::scoped, Action::view_board, "goal"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(goal, find_goal_for(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(to_json(goal)));
             });

  router.add("PATCH", "/api/v1/goals/{id}", {Access::scoped, Action::edit_board, "goal"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_goal(body));
               SB_TRY(version, body.integer("version"));
               SB_CHECK(body.finish());
               return answer_or_conflict(update_goal(c.services, c.who(), path_id(c), input, version), 200,
                                         [&] { return find_goal_for(c.services, c.who(), path_id(c)); });
             });

  router.add("DELETE", "/api/v1/goals/{id}", {Access::scoped, Action::edit_board, "goal"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(version, query_version(c));
               return answer_or_conflict(delete_goal(c.services, c.who(), path_id(c), version), 204,
                                         [&] { return find_goal_for(c.services, c.who(), path_id(c)); });
             });

  router.add("PUT", "/api/v1/goals/{id}/measurements/{week}", {Access::scoped, Action::edit_board, "goal"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(value, body.optional_number("value"));
               SB_TRY(version, body.optional_integer("version"));
               SB_CHECK(body.finish());
               if (!value) return std::unexpected(Error::required("value"));
               return answer_or_conflict(put_measurement(c.services, c.who(), path_id(c), c.params[1], *value, version), 200,
                                         [&] { return find_measurement_for(c.services, c.who(), path_id(c), c.params[1]); });
             });

  router.add("DELETE", "/api/v1/goals/{id}/measurements/{week}", {Access::scoped, Action::edit_board, "goal"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(version, query_version(c));
               return answer_or_conflict(delete_measurement(c.services, c.who(), path_id(c), c.params[1], version), 204,
                                         [&] { return find_measurement_for(c.services, c.who(), path_id(c), c.params[1]); });
             });

  router.add("GET", "/api/v1/schools/{id}/ambitions", {Access::scoped, Action::view_school, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(ambitions, list_ambitions(c.services, c.who(), path_id(c)));
               json::array out;
               for (const auto& a : ambitions) out.push_back(to_json(a));
               return json_response(200, serialize(json::object{{"ambitions", std::move(out)}}));
             });

  router.add("POST", "/api/v1/schools/{id}/ambitions", {Access::scoped, Action::manage_school, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(school_year, body.string("school_year"));
               SB_TRY(title, body.string("title"));
               SB_TRY(description, body.optional_string("description"));
               SB_CHECK(body.finish());
               SB_TRY(ambition, create_ambition(c.services, c.who(), path_id(c), school_year, title, description.value_or("")));
               return json_response(201, serialize(to_json(ambition)));
             });

  router.add("PATCH", "/api/v1/ambitions/{id}", {Access::scoped, Action::manage_school, "ambition"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(school_year, body.optional_string("school_year"));
               SB_TRY(title, body.optional_string("title"));
               SB_TRY(description, body.optional_string("description"));
               SB_TRY(version, body.integer("version"));
               SB_CHECK(body.finish());
               return answer_or_conflict(
                   update_ambition(c.services, c.who(), path_id(c), {school_year, title, description}, version), 200,
                   [&] { return find_ambition_for(c.services, c.who(), path_id(c)); });
             });

  router.add("DELETE", "/api/v1/ambitions/{id}", {Access::scoped, Action::manage_school, "ambition"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(version, query_version(c));
               return answer_or_conflict(delete_ambition(c.services, c.who(), path_id(c), version), 204,
                                         [&] { return find_ambition_for(c.services, c.who(), path_id(c)); });
             });
}

}  // namespace sb::api
