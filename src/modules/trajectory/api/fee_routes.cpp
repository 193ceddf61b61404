#include "modules/trajectory/api/fee_routes.h"

#include <boost/json.hpp>

#include <algorithm>

#include "modules/trajectory/api/trajectory_json.h"
#include "modules/trajectory/core/quotes.h"
#include "server/api/json_io.h"

namespace sb::api {
namespace {

namespace json = boost::json;

json::object to_json(const Tariff& t) {
  return {{"school_year", t.school_year},           {"sector", t.sector},
          {"per_team", t.per_team},                 {"first_year_cents", t.first_year_cents},
          {"second_year_cents", t.second_year_cents}, {"second_year_is_maximum", t.second_year_is_maximum}};
}

json::object to_json(const Quote& q) {
  json::array lines;
  for (const auto& l : q.lines) {
    lines.push_back({{"trajectory_year", l.trajectory_year}, {"units", l.units}, {"unit_cents", l.unit_cents},
                     {"amount_cents", l.amount_cents}, {"is_maximum", l.is_maximum}});
  }
  json::object out{{"id", q.id},       {"school_id", q.school_id}, {"school_year", q.school_year},
                   {"sector", q.sector}, {"per_team", q.per_team},   {"teams", q.teams},
                   {"years", q.years},   {"total_cents", q.total_cents}};
  out["lines"] = std::move(lines);
  out["created_by"] = q.created_by_name.empty() ? json::value(nullptr) : json::value(q.created_by_name);
  out["created_at"] = iso_time(q.created_at);
  return out;
}

Result<http::Response> tariffs_response(Context& c) {
  SB_TRY(tariffs, list_tariffs(c.services, c.who()));
  json::array out;
  for (const auto& t : tariffs) out.push_back(to_json(t));
  return json_response(200, serialize(json::object{{"tariffs", std::move(out)}}));
}

}  // namespace

void add_fee_routes(Router& router) {
  router.add("GET", "/api/v1/tariffs", {Access::scoped, Action::manage_trajectories},
             [](Context& c) { return tariffs_response(c); });

  router.add("PUT", "/api/v1/tariffs", {Access::scoped, Action::manage_trajectories}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(table, read_tariffs(body));
    SB_CHECK(set_tariffs(c.services, c.who(), table.school_year, std::move(table.tariffs)));
    return tariffs_response(c);
  });

  router.add("GET", "/api/v1/schools/{id}/quotes", {Access::scoped, Action::view_trajectory, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(quotes, school_quotes(c.services, c.who(), path_id(c)));
               json::array out;
               for (const auto& q : quotes) out.push_back(to_json(q));
               return json_response(200, serialize(json::object{{"quotes", std::move(out)}}));
             });

  router.add("POST", "/api/v1/schools/{id}/quotes", {Access::scoped, Action::manage_trajectories, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(request, read_quote_request(body));
               SB_TRY(quote, make_quote(c.services, c.who(), path_id(c), request.school_year, request.teams, request.years));
               return json_response(201, serialize(to_json(quote)));
             });
}

}  // namespace sb::api
