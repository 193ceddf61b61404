#include "modules/rhythm/api/rhythm_api.h"

#include <boost/json.hpp>

#include "modules/rhythm/api/rhythm_json.h"
#include "modules/rhythm/api/rhythm_tables.h"
#include "modules/rhythm/core/cascade.h"
#include "modules/rhythm/core/rhythm_state.h"
#include "modules/rhythm/core/views.h"
#include "server/api/json_io.h"

namespace sb::api {

std::string_view rhythm_openapi();  // generated from openapi.json

namespace {

namespace json = boost::json;

std::optional<std::string> query_text(const Context& c, const std::string& name) {
  auto it = c.request.query.find(name);
  if (it == c.request.query.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> school_year(const Context& c) { return query_text(c, "school_year"); }

Result<std::int64_t> query_version(const Context& c) {
  auto text = query_text(c, "version");
  if (!text) return std::unexpected(Error::invalid("version", "Name the version: ?version=N."));
  auto version = parse_id(*text);
  if (!version) return std::unexpected(Error::invalid("version", "The version is a positive whole number."));
  return *version;
}

template <typename T>
http::Response ok_json(const T& value) {
  return json_response(200, serialize(to_json(value)));
}

// The view as JSON, or with ?format=csv|xlsx as a download of its table (server/api/table_export.h),
// in the caller's language.
template <typename T>
Result<http::Response> view_answer(const Context& c, const T& view, Table (*make_table)(const T&, Locale),
                                   std::string_view stem) {
  auto format = query_text(c, "format");
  if (!format) return ok_json(view);
  SB_TRY(kind, parse_table_format(*format));
  const auto locale = c.who().user.locale;
  return table_response(make_table(view, locale), kind, std::string(stem) + "-" + view.school_year, locale);
}

void add_view_routes(Router& router) {
  router.add("GET", "/api/v1/besturen/{id}/rhythm", {Access::scoped, Action::view_rhythm, "bestuur"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(map, bestuur_heatmap(c.services, c.who(), path_id(c), school_year(c)));
               return view_answer(c, map, heatmap_table, "weekritme");
             });
  router.add("GET", "/api/v1/schools/{id}/rhythm", {Access::scoped, Action::view_rhythm, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(map, school_heatmap(c.services, c.who(), path_id(c), school_year(c)));
               return view_answer(c, map, heatmap_table, "weekritme");
             });
  router.add("GET", "/api/v1/teams/{id}/rhythm", {Access::scoped, Action::view_board, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(map, team_heatmap(c.services, c.who(), path_id(c), school_year(c)));
               return view_answer(c, map, heatmap_table, "weekritme");
             });
  router.add("GET", "/api/v1/teams/{id}/rhythm/weeks/{week}", {Access::scoped, Action::view_board, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(detail, team_week(c.services, c.who(), path_id(c), c.params.at(1)));
               return ok_json(detail);
             });
  router.add("GET", "/api/v1/besturen/{id}/rhythm-overview", {Access::scoped, Action::view_rhythm, "bestuur"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(overview, bestuur_overview(c.services, c.who(), path_id(c), school_year(c)));
               return view_answer(c, overview, overview_table, "overzicht");
             });
  router.add("GET", "/api/v1/schools/{id}/rhythm-overview", {Access::scoped, Action::view_rhythm, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(overview, school_overview(c.services, c.who(), path_id(c), school_year(c)));
               return view_answer(c, overview, overview_table, "overzicht");
             });
}

void add_cascade_routes(Router& router) {
  router.add("GET", "/api/v1/besturen/{id}/cascade", {Access::scoped, Action::view_rhythm, "bestuur"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(cascade, bestuur_cascade(c.services, c.who(), path_id(c), school_year(c)));
               return view_answer(c, cascade, cascade_table, "cascade");
             });
  router.add("GET", "/api/v1/schools/{id}/cascade", {Access::scoped, Action::view_rhythm, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(cascade, school_cascade(c.services, c.who(), path_id(c), school_year(c)));
               return view_answer(c, cascade, cascade_table, "cascade");
             });
  router.add("GET", "/api/v1/besturen/{id}/strategic-goals", {Access::scoped, Action::view_rhythm, "bestuur"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(goals, list_strategic_goals(c.services, c.who(), path_id(c)));
               json::array out;
               for (const auto& g : goals) out.push_back(to_json(g));
               return json_response(200, serialize(out));
             });
  router.add("POST", "/api/v1/besturen/{id}/strategic-goals", {Access::scoped, Action::manage_strategic_goals, "bestuur"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_strategic_goal(body));
               SB_TRY(goal, create_strategic_goal(c.services, c.who(), path_id(c), input));
               return json_response(201, serialize(to_json(goal)));
             });
  router.add("PATCH", "/api/v1/strategic-goals/{id}", {Access::scoped, Action::manage_strategic_goals, "strategic_goal"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(change, read_strategic_goal_change(body));
               SB_TRY(goal, update_strategic_goal(c.services, c.who(), path_id(c), change.value, change.version));
               return ok_json(goal);
             });
  router.add("DELETE", "/api/v1/strategic-goals/{id}", {Access::scoped, Action::manage_strategic_goals, "strategic_goal"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(version, query_version(c));
               SB_CHECK(delete_strategic_goal(c.services, c.who(), path_id(c), version));
               return no_content();
             });
  router.add("PUT", "/api/v1/ambitions/{id}/strategic-goal", {Access::scoped, Action::manage_school, "ambition"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(goal_id, read_ambition_link(body));
               SB_TRY(linked, link_ambition(c.services, c.who(), path_id(c), goal_id));
               return json_response(200, serialize(json::object{{"ambition_id", path_id(c)},
                                                                {"strategic_goal_id", optional_id_json(linked)}}));
             });
}

void add_holiday_routes(Router& router) {
  router.add("GET", "/api/v1/school-holidays", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(holidays, list_holidays(c.services));
    json::array out;
    for (const auto& h : holidays) out.push_back(to_json(h));
    return json_response(200, serialize(out));
  });
  router.add("POST", "/api/v1/school-holidays", {Access::scoped, Action::manage_holidays, ""},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_holiday(body));
               SB_TRY(holiday, add_holiday(c.services, c.who(), input));
               return json_response(201, serialize(to_json(holiday)));
             });
  router.add("DELETE", "/api/v1/school-holidays/{id}", {Access::scoped, Action::manage_holidays, "holiday"},
             [](Context& c) -> Result<http::Response> {
               SB_CHECK(remove_holiday(c.services, c.who(), path_id(c)));
               return no_content();
             });
}

}  // namespace

ApiModule rhythm_api(std::vector<RhythmSignalSource> sources) {
  return {"rhythm",
          [sources = std::move(sources)](Router& router) {
            rhythm_state(router.services()).sources = sources;
            school_calendar(router.services()).holiday_weeks = holiday_weeks_of_school;  // the board's cycles
            router.add_scope("strategic_goal", scope_of_strategic_goal);
            // Staff's holidays belong to the platform, like people (organisation's "person").
            router.add_scope("holiday", [](ReadTx&, Id) -> Result<Scope> { return Scope::platform(); });
            add_view_routes(router);
            add_cascade_routes(router);
            add_holiday_routes(router);
          },
          rhythm_openapi()};
}

}  // namespace sb::api
