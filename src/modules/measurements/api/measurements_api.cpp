#include "modules/measurements/api/measurements_api.h"

#include <boost/json.hpp>

#include "modules/measurements/api/measurements_json.h"
#include "modules/measurements/core/measurements.h"
#include "server/api/json_io.h"

namespace sb::api {

std::string_view measurements_openapi();  // generated from openapi.json

namespace {

namespace json = boost::json;

json::object questionnaire_json(const Questionnaire& q) {
  json::array statements;
  for (const auto& s : q.statements) statements.push_back(json::object{{"dimension", s.dimension}, {"text", s.text}});
  json::array dimensions;
  for (const auto& d : dimensions_of(q)) dimensions.push_back(json::value(d));
  return {{"id", q.id}, {"title", q.title}, {"description", q.description}, {"dimensions", std::move(dimensions)},
          {"statements", std::move(statements)}, {"created_at", iso_time(q.created_at)}};
}

json::object round_json(const MeasurementRound& r) {
  json::array teams;
  for (const auto& t : r.teams) {
    teams.push_back(json::object{{"team_id", t.team_id}, {"team_name", t.team_name}, {"invited", t.invited}, {"answered", t.answered}});
  }
  return {{"id", r.id},
          {"school_id", r.school_id},
          {"questionnaire_id", r.questionnaire_id},
          {"kind", to_string(r.kind)},
          {"title", r.title},
          {"opened_at", iso_time(r.opened_at)},
          {"closed_at", r.closed_at ? json::value(iso_time(*r.closed_at)) : json::value(nullptr)},
          {"open", !r.closed_at.has_value()},
          {"released", r.released},
          {"teams", std::move(teams)}};
}

json::object result_json(const GroupResult& g) {
  json::array dimensions;
  for (const auto& d : g.dimensions) {
    json::array counts;
    for (int c : d.counts) counts.push_back(c);
    dimensions.push_back(json::object{{"dimension", d.dimension}, {"mean", d.mean}, {"answers", d.answers}, {"counts", std::move(counts)}});
  }
  return {{"answered", g.answered}, {"visible", g.visible}, {"min_group", kMeasurementMinGroup},
          {"dimensions", std::move(dimensions)}};
}

json::object trend_row_json(const MeasurementTrendRow& row) {
  return {{"id", row.id}, {"name", row.name}, {"baseline", result_json(row.baseline)}, {"follow_up", result_json(row.follow_up)}};
}

json::value optional_id(const std::optional<Id>& id) { return id ? json::value(*id) : json::value(nullptr); }

// Every API answer carries Cache-Control: no-store already (server/api): results and links are never cached.
http::Response private_json(int status, const json::object& body) { return json_response(status, serialize(body)); }

void add_questionnaire_routes(Router& router) {
  router.add("GET", "/api/v1/questionnaires", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(list, list_questionnaires(c.services, c.who()));
    json::array out;
    for (const auto& q : list) out.push_back(questionnaire_json(q));
    return json_response(200, serialize(json::object{{"questionnaires", std::move(out)}}));
  });

  router.add("POST", "/api/v1/questionnaires", {Access::scoped, Action::manage_questionnaires},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_questionnaire(body));
               SB_TRY(created, create_questionnaire(c.services, c.who(), input));
               return json_response(201, serialize(questionnaire_json(created)));
             });

  router.add("GET", "/api/v1/measurement-schools", {Access::scoped, Action::manage_questionnaires},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(schools, measurement_schools(c.services, c.who()));
               json::array out;
               for (const auto& s : schools) out.push_back(json::object{{"id", s.id}, {"name", s.name}, {"rounds", s.rounds}});
               return json_response(200, serialize(json::object{{"schools", std::move(out)}}));
             });
}

void add_round_routes(Router& router) {
  router.add("GET", "/api/v1/schools/{id}/measurement-rounds",
             {Access::scoped, Action::view_released_measurements, "school"}, [](Context& c) -> Result<http::Response> {
               SB_TRY(view, school_measurements(c.services, c.who(), path_id(c)));
               json::array rounds;
               for (const auto& r : view.rounds) rounds.push_back(round_json(r));
               json::array teams;
               for (const auto& t : view.teams) teams.push_back(trend_row_json(t));
               json::array school_teams;
               for (const auto& t : view.school_teams) school_teams.push_back(json::object{{"id", t.id}, {"name", t.name}});
               return private_json(200, {{"school_name", view.school_name},
                                         {"may_run", view.may_run},
                                         {"school_teams", std::move(school_teams)},
                                         {"rounds", std::move(rounds)},
                                         {"trend", json::object{{"baseline_round_id", optional_id(view.baseline_round_id)},
                                                                {"follow_up_round_id", optional_id(view.follow_up_round_id)},
                                                                {"school", trend_row_json(view.school)},
                                                                {"teams", std::move(teams)}}}});
             });

  router.add("POST", "/api/v1/schools/{id}/measurement-rounds", {Access::scoped, Action::run_measurements, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_measurement_round(body));
               SB_TRY(round, open_measurement_round(c.services, c.who(), path_id(c), input));
               return json_response(201, serialize(round_json(round)));
             });

  router.add("GET", "/api/v1/measurement-rounds/{id}",
             {Access::scoped, Action::view_released_measurements, "measurement_round"}, [](Context& c) -> Result<http::Response> {
               SB_TRY(view, view_measurement_round(c.services, c.who(), path_id(c)));
               auto out = round_json(view.round);
               json::array teams;
               for (const auto& t : view.teams) {
                 teams.push_back(json::object{{"team_id", t.team_id}, {"team_name", t.team_name}, {"invited", t.invited},
                                              {"result", result_json(t.result)}});
               }
               out["questionnaire"] = questionnaire_json(view.questionnaire);
               out["results"] = json::object{{"school", result_json(view.school)}, {"teams", std::move(teams)}};
               out["open_links"] = view.open_links;
               out["may_run"] = view.may_run;
               return private_json(200, out);
             });

  router.add("POST", "/api/v1/measurement-rounds/{id}/close",
             {Access::scoped, Action::run_measurements, "measurement_round"}, [](Context& c) -> Result<http::Response> {
               SB_TRY(round, close_measurement_round(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(round_json(round)));
             });

  router.add("PUT", "/api/v1/measurement-rounds/{id}/release",
             {Access::scoped, Action::run_measurements, "measurement_round"}, [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(released, read_release(body));
               SB_TRY(round, release_measurement_round(c.services, c.who(), path_id(c), released));
               return json_response(200, serialize(round_json(round)));
             });

  router.add("GET", "/api/v1/besturen/{id}/measurement-trend", {Access::scoped, Action::view_measurements, "bestuur"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(view, bestuur_measurements(c.services, c.who(), path_id(c)));
               json::array schools;
               for (const auto& row : view.schools) schools.push_back(trend_row_json(row));
               return private_json(200, {{"bestuur_name", view.bestuur_name}, {"bestuur", trend_row_json(view.bestuur)},
                                         {"schools", std::move(schools)}});
             });
}

void add_answer_routes(Router& router) {
  router.add("POST", "/api/v1/measurement-links/lookup", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(token, read_link_token(body));
    SB_TRY(view, open_measurement_link(c.services, token));
    return private_json(200, {{"school_name", view.school_name},
                              {"round_title", view.round_title},
                              {"kind", to_string(view.kind)},
                              {"questionnaire", questionnaire_json(view.questionnaire)}});
  });

  router.add("POST", "/api/v1/measurement-links/answers", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(link, read_link_answers(body));
    SB_CHECK(answer_measurement(c.services, link.token, link.answers));
    return no_content();
  });
}

}  // namespace

ApiModule measurements_api() {
  return {"measurements",
          [](Router& router) {
            router.add_scope("measurement_round", scope_of_measurement_round);
            add_questionnaire_routes(router);
            add_round_routes(router);
            add_answer_routes(router);
          },
          measurements_openapi()};
}

}  // namespace sb::api
