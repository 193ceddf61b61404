// Lesson visits: planning in a team, "mijn lesbezoeken", one visit as the caller may see it, the visitor's
// observation (sent whole and idempotently from the phone), the reflection and its conclusion for the board,
// sharing with the school leader, the leadership's counts and the lessons of a goal.
#include <boost/json.hpp>

#include <algorithm>

#include "modules/lessons/api/lessons_json.h"
#include "modules/lessons/api/routes.h"
#include "modules/lessons/core/rules.h"

namespace sb::api {
namespace {

namespace json = boost::json;

json::array visits_json(const std::vector<LessonVisit>& visits) {
  json::array out;
  for (const auto& v : visits) out.push_back(to_json(v));
  return out;
}

// A refusal about a visit's state (a stale version) carries the visit as the caller may see it now.
http::Response refusal_with_current(Context& c, const Error& error) {
  auto now = get_visit(c.services, c.who(), path_id(c));
  return error_response(error, now ? json::value(to_json(*now)) : json::value(nullptr));
}

}  // namespace

void add_visits_routes(Router& router) {
  router.add("GET", "/api/v1/teams/{id}/lesson-visits", {Access::scoped, Action::view_lessons, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(visits, list_team_visits(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(visits_json(visits)));
             });

  router.add("POST", "/api/v1/teams/{id}/lesson-visits", {Access::scoped, Action::edit_lessons, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_visit(body));
               SB_TRY(visit, plan_visit(c.services, c.who(), path_id(c), input));
               return json_response(201, serialize(to_json(visit)));
             });

  router.add("GET", "/api/v1/me/lesson-visits", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(mine, list_my_visits(c.services, c.who()));
    return json_response(200, serialize(json::object{{"coming", visits_json(mine.coming)}, {"done", visits_json(mine.done)}}));
  });

  router.add("GET", "/api/v1/lesson-visits/{id}", {Access::scoped, Action::view_lesson_counts, "lesson_visit"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(view, get_visit(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(to_json(view)));
             });

  router.add("PUT", "/api/v1/lesson-visits/{id}/observation", {Access::scoped, Action::edit_lessons, "lesson_visit"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_observation(body));
               SB_TRY(saved, save_observation(c.services, c.who(), path_id(c), std::move(input)));
               return json_response(200, serialize(json::object{{"observation", to_json(saved.observation)},
                                                                {"applied", saved.applied}}));
             });

  router.add("PUT", "/api/v1/lesson-visits/{id}/reflection", {Access::scoped, Action::edit_lessons, "lesson_visit"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_reflection(body));
               auto saved = save_reflection(c.services, c.who(), path_id(c), input);
               if (!saved && saved.error().code == ErrorCode::conflict) return refusal_with_current(c, saved.error());
               SB_CHECK(drop_value(saved));
               return json_response(200, serialize(to_json(*saved)));
             });

  router.add("POST", "/api/v1/lesson-visits/{id}/conclusion", {Access::scoped, Action::edit_lessons, "lesson_visit"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(conclusion, read_reflection_conclusion(body));
               auto view = conclude_reflection(c.services, c.who(), path_id(c), conclusion.kind, conclusion.version);
               if (!view && view.error().code == ErrorCode::conflict) return refusal_with_current(c, view.error());
               SB_CHECK(drop_value(view));
               return json_response(200, serialize(to_json(*view)));
             });

  router.add("PUT", "/api/v1/lesson-visits/{id}/sharing", {Access::scoped, Action::edit_lessons, "lesson_visit"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(sharing, read_visit_sharing(body));
               auto visit = share_visit(c.services, c.who(), path_id(c), sharing.shared_with_leadership, sharing.version);
               if (!visit && visit.error().code == ErrorCode::conflict) return refusal_with_current(c, visit.error());
               SB_CHECK(drop_value(visit));
               return json_response(200, serialize(to_json(*visit)));
             });

  router.add("GET", "/api/v1/schools/{id}/lesson-counts", {Access::scoped, Action::view_lesson_counts, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(counts, school_lesson_counts(c.services, c.who(), path_id(c)));
               json::array out;
               for (const auto& entry : counts) out.push_back(to_json(entry));
               return json_response(200, serialize(out));
             });

  router.add("GET", "/api/v1/goals/{id}/lessons", {Access::scoped, Action::view_lessons, "goal"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(found, lessons_of_goal(c.services, c.who(), path_id(c)));
               json::array designs;
               for (const auto& d : found.designs) designs.push_back(to_json(d));
               return json_response(200, serialize(json::object{{"designs", std::move(designs)},
                                                                {"visits", visits_json(found.visits)}}));
             });
}

}  // namespace sb::api
