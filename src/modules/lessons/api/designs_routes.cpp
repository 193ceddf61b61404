// Lesson designs: the team's library, one design, its saves (merged, or 409 with the design as it is now), its
// versions and what changed between two, and its comments per part.
#include <boost/json.hpp>

#include "modules/lessons/api/lessons_json.h"
#include "modules/lessons/api/routes.h"

namespace sb::api {

namespace json = boost::json;

Result<std::int64_t> query_number(const Context& c, std::string_view name) {
  auto it = c.request.query.find(std::string(name));
  if (it == c.request.query.end()) {
    return std::unexpected(Error::invalid(std::string(name), "Name it in the query: ?" + std::string(name) + "=N."));
  }
  auto value = parse_id(it->second);
  if (!value) return std::unexpected(Error::invalid(std::string(name), "This is a positive whole number."));
  return *value;
}

namespace {

Result<DesignFilter> read_filter(const Context& c) {
  DesignFilter filter;
  if (c.request.query.contains("goal_id")) {
    SB_TRY(goal_id, query_number(c, "goal_id"));
    filter.goal_id = goal_id;
  }
  if (c.request.query.contains("author_id")) {
    SB_TRY(author_id, query_number(c, "author_id"));
    filter.author_id = author_id;
  }
  if (auto it = c.request.query.find("status"); it != c.request.query.end()) {
    filter.status = parse_design_status(it->second);
    if (!filter.status) return std::unexpected(Error::invalid("status", "Status is concept, klaar, gegeven or geevalueerd."));
  }
  return filter;
}

template <typename List>
http::Response list_response(const List& list) {
  json::array out;
  for (const auto& entry : list) out.push_back(to_json(entry));
  return json_response(200, serialize(out));
}

}  // namespace

void add_designs_routes(Router& router) {
  router.add("GET", "/api/v1/teams/{id}/lesson-designs", {Access::scoped, Action::view_lessons, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(filter, read_filter(c));
               SB_TRY(designs, list_designs(c.services, c.who(), path_id(c), filter));
               return list_response(designs);
             });

  router.add("POST", "/api/v1/teams/{id}/lesson-designs", {Access::scoped, Action::edit_lessons, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_design(body));
               SB_TRY(design, create_design(c.services, c.who(), path_id(c), input));
               return json_response(201, serialize(to_json(design)));
             });

  router.add("GET", "/api/v1/lesson-designs/{id}", {Access::scoped, Action::view_lessons, "lesson_design"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(design, get_design(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(to_json(design)));
             });

  router.add("PATCH", "/api/v1/lesson-designs/{id}", {Access::scoped, Action::edit_lessons, "lesson_design"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(save, read_design_save(body));
               auto saved = save_design(c.services, c.who(), path_id(c), save);
               if (!saved && saved.error().code == ErrorCode::conflict) {
                 // The refusal carries the design as it is now, so the editor can show what the co-author wrote.
                 auto now = get_design(c.services, c.who(), path_id(c));
                 return error_response(saved.error(), now ? json::value(to_json(*now)) : json::value(nullptr));
               }
               SB_CHECK(drop_value(saved));
               return json_response(200, serialize(to_json(*saved)));
             });

  router.add("GET", "/api/v1/lesson-designs/{id}/versions", {Access::scoped, Action::view_lessons, "lesson_design"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(versions, list_design_versions(c.services, c.who(), path_id(c)));
               return list_response(versions);
             });

  router.add("GET", "/api/v1/lesson-designs/{id}/changes", {Access::scoped, Action::view_lessons, "lesson_design"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(from, query_number(c, "from"));
               SB_TRY(to, query_number(c, "to"));
               SB_TRY(comparison, compare_design_versions(c.services, c.who(), path_id(c), from, to));
               return json_response(200, serialize(to_json(comparison)));
             });

  router.add("GET", "/api/v1/lesson-designs/{id}/comments", {Access::scoped, Action::view_lessons, "lesson_design"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(comments, list_design_comments(c.services, c.who(), path_id(c)));
               return list_response(comments);
             });

  router.add("POST", "/api/v1/lesson-designs/{id}/comments", {Access::scoped, Action::edit_lessons, "lesson_design"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(comment_text, read_design_comment(body));
               SB_TRY(comment, add_design_comment(c.services, c.who(), path_id(c), comment_text.part, comment_text.body));
               return json_response(201, serialize(to_json(comment)));
             });
}

}  // namespace sb::api
