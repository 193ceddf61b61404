// Teams: members and school staff see them; school leaders rename and remove them.
#include <boost/json.hpp>

#include "modules/organisation/core/organisation.h"
#include "server/api/json_io.h"
#include "modules/organisation/api/organisation_json.h"
#include "modules/organisation/api/routes.h"

namespace sb::api {

namespace json = boost::json;

void add_teams_routes(Router& router) {
  router.add("GET", "/api/v1/teams/{id}", {Access::scoped, Action::view_team, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(detail, get_team(c.services, c.who(), path_id(c)));
               auto item = to_json(detail.team);
               item["school_name"] = detail.school_name;
               json::array members;
               for (const auto& member : detail.members) members.push_back(member_json(member));
               item["members"] = std::move(members);
               return json_response(200, serialize(item));
             });

  router.add("PATCH", "/api/v1/teams/{id}", {Access::scoped, Action::manage_team, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(name, read_name(body));
               SB_TRY(team, rename_team(c.services, c.who(), path_id(c), name));
               return json_response(200, serialize(to_json(team)));
             });

  router.add("DELETE", "/api/v1/teams/{id}", {Access::scoped, Action::manage_team, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_CHECK(delete_team(c.services, c.who(), path_id(c)));
               return no_content();
             });
}

}  // namespace sb::api
