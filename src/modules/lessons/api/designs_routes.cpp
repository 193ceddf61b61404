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
               NewDesign input;
               SB_TRY(goal_id, body.id("goal_id"));
               input.goal_id = goal_id;
               SB_TRY(co_authors, body.optional_id_list("co_author_ids"));
               input.co_author_ids = co_authors.value_or(std::vector<Id>{});
               SB_TRY(patch, read_design_patch(body));
               SB_CHECK(body.finish());
               if (!patch.title) return std::unexpected(Error::required("title"));
               input.content.title = *patch.title;
               input.content.lesson_goal = patch.lesson_goal.value_or("");
               input.content.criteria = patch.criteria.value_or(std::vector<std::string>{});
               input.content.phases = patch.phases.value_or(std::vector<LessonPhase>{});
               input.content.group_name = patch.group_name.value_or("");
               input.content.subject = patch.subject.value_or("");
               input.content.planned_on = patch.planned_on.value_or(std::nullopt);
               input.content.links = patch.links.value_or(std::vector<MaterialLink>{});
               input.content.status = patch.status.value_or(DesignStatus::draft);
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
               DesignSave save;
               SB_TRY(version, body.integer("version"));
               save.version = version;
               SB_TRY(goal_id, body.optional_id("goal_id"));
               save.goal_id = goal_id;
               SB_TRY(co_authors, body.optional_id_list("co_author_ids"));
               save.co_author_ids = co_authors;
               SB_TRY(patch, read_design_patch(body));
               save.patch = std::move(patch);
               SB_CHECK(body.finish());
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
               SB_TRY(part, body.string("part"));
               SB_TRY(text, body.string("body"));
               SB_CHECK(body.finish());
               SB_TRY(comment, add_design_comment(c.services, c.who(), path_id(c), part, text));
               return json_response(201, serialize(to_json(comment)));
             });
}

}  // namespace sb::api
