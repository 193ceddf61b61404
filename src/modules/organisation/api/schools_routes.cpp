// Schools: platform admins create them; members and the bestuurder see them;
// school leaders manage their teams.
#include <boost/json.hpp>

#include "modules/organisation/core/organisation.h"
#include "server/api/json_io.h"
#include "modules/organisation/api/organisation_json.h"
#include "modules/organisation/api/routes.h"

namespace sb::api {

namespace json = boost::json;

namespace {

json::object school_detail_json(const SchoolDetail& detail) {
  auto item = to_json(detail.school, detail.bestuur_name);
  json::array teams;
  for (const auto& team : detail.teams) teams.push_back(to_json(team));
  json::array staff;
  for (const auto& member : detail.staff) staff.push_back(member_json(member));
  item["teams"] = std::move(teams);
  item["staff"] = std::move(staff);
  return item;
}

}  // namespace

void add_schools_routes(Router& router) {
  router.add("GET", "/api/v1/schools", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(schools, list_schools(c.services, c.who()));
    json::array out;
    for (const auto& school : schools) out.push_back(to_json(school, bestuur_name_of(c.services, school.bestuur_id)));
    return json_response(200, serialize(json::object{{"schools", std::move(out)}}));
  });

  router.add("POST", "/api/v1/schools", {Access::scoped, Action::administer_platform, ""},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_school(body));
               SB_TRY(school, create_school(c.services, c.who(), input));
               return json_response(201, serialize(to_json(school, bestuur_name_of(c.services, school.bestuur_id))));
             });

  router.add("GET", "/api/v1/schools/{id}", {Access::scoped, Action::view_school, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(detail, get_school(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(school_detail_json(detail)));
             });

  router.add("PATCH", "/api/v1/schools/{id}", {Access::scoped, Action::manage_school, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(change, read_school_change(body));
               SB_TRY(school, update_school(c.services, c.who(), path_id(c), change));
               return json_response(200, serialize(to_json(school, bestuur_name_of(c.services, school.bestuur_id))));
             });

  router.add("POST", "/api/v1/schools/{id}/teams", {Access::scoped, Action::manage_school, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(name, read_name(body));
               SB_TRY(team, create_team(c.services, c.who(), path_id(c), name));
               return json_response(201, serialize(to_json(team)));
             });

  router.add("POST", "/api/v1/schools/{id}/memberships", {Access::scoped, Action::manage_school, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(membership, read_membership(body));
               SB_TRY(member, grant_role(c.services, c.who(), path_id(c), membership.user_id, membership.role,
                                         membership.team_id));
               return json_response(201, serialize(member_json(member)));
             });
}

}  // namespace sb::api
