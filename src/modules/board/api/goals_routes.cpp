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

void add_goals_routes(Router& router) {
  router.add("POST", "/api/v1/teams/{id}/cycles", {Access::scoped, Action::edit_board, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_cycle(body));
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
               SB_TRY(change, read_cycle_change(body));
               return answer_or_conflict(update_cycle(c.services, c.who(), path_id(c), change.value, change.version), 200,
                                         [&] { return find_cycle_for(c.services, c.who(), path_id(c)); });
             });

  router.add("POST", "/api/v1/cycles/{id}/retrospective", {Access::scoped, Action::edit_board, "cycle"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(closing, read_retrospective(body));
               return answer_or_conflict(close_cycle(c.services, c.who(), path_id(c), closing.value, closing.version), 200,
                                         [&] { return find_cycle_for(c.services, c.who(), path_id(c)); });
             });

  router.add("POST", "/api/v1/teams/{id}/goals", {Access::scoped, Action::edit_board, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_goal(body));
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
               SB_TRY(change, read_goal_change(body));
               return answer_or_conflict(update_goal(c.services, c.who(), path_id(c), change.value, change.version), 200,
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
               SB_TRY(entry, read_measurement_entry(body));
               return answer_or_conflict(put_measurement(c.services, c.who(), path_id(c), c.params[1], entry.value, entry.version), 200,
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
               SB_TRY(input, read_new_ambition(body));
               SB_TRY(ambition, create_ambition(c.services, c.who(), path_id(c), input.school_year, input.title, input.description));
               return json_response(201, serialize(to_json(ambition)));
             });

  router.add("PATCH", "/api/v1/ambitions/{id}", {Access::scoped, Action::manage_school, "ambition"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(change, read_ambition_change(body));
               return answer_or_conflict(update_ambition(c.services, c.who(), path_id(c), change.value, change.version), 200,
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
