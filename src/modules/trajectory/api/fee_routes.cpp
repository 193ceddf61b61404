#include "modules/trajectory/api/fee_routes.h"

#include <boost/json.hpp>

#include <algorithm>

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

Result<int> bounded(BodyReader& body, std::string_view name) {
  SB_TRY(value, body.integer(name));
  // The use case names the real bounds; this only keeps the number an int.
  return static_cast<int>(std::clamp<std::int64_t>(value, -1, 1000));
}

}  // namespace

void add_fee_routes(Router& router) {
  router.add("GET", "/api/v1/tariffs", {Access::scoped, Action::manage_trajectories},
             [](Context& c) { return tariffs_response(c); });

  router.add("PUT", "/api/v1/tariffs", {Access::scoped, Action::manage_trajectories}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(year, body.string("school_year"));
    SB_TRY(rows, body.object_list("tariffs", 4));
    SB_CHECK(body.finish());
    std::vector<Tariff> tariffs;
    for (auto& row : rows) {
      Tariff t;
      SB_TRY(sector, row.string("sector"));
      t.sector = sector;
      SB_TRY(per_team, row.optional_bool("per_team"));
      t.per_team = per_team.value_or(false);
      SB_TRY(first, row.integer("first_year_cents"));
      t.first_year_cents = first;
      SB_TRY(second, row.integer("second_year_cents"));
      t.second_year_cents = second;
      SB_TRY(maximum, row.optional_bool("second_year_is_maximum"));
      t.second_year_is_maximum = maximum.value_or(false);
      SB_CHECK(row.finish());
      tariffs.push_back(std::move(t));
    }
    SB_CHECK(set_tariffs(c.services, c.who(), year, std::move(tariffs)));
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
               SB_TRY(year, body.string("school_year"));
               SB_TRY(teams, bounded(body, "teams"));
               SB_TRY(years, bounded(body, "years"));
               SB_CHECK(body.finish());
               SB_TRY(quote, make_quote(c.services, c.who(), path_id(c), year, teams, years));
               return json_response(201, serialize(to_json(quote)));
             });
}

}  // namespace sb::api
