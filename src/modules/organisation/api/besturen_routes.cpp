// Besturen (school boards): platform admins create them; bestuurders see theirs.
#include <boost/json.hpp>

#include "modules/organisation/core/organisation.h"
#include "server/api/json_io.h"
#include "modules/organisation/api/organisation_json.h"
#include "modules/organisation/api/routes.h"

namespace sb::api {

namespace json = boost::json;

void add_besturen_routes(Router& router) {
  router.add("GET", "/api/v1/besturen", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(besturen, list_besturen(c.services, c.who()));
    json::array out;
    for (const auto& summary : besturen) {
      auto item = to_json(summary.bestuur);
      item["school_count"] = summary.school_count;
      out.push_back(std::move(item));
    }
    return json_response(200, serialize(json::object{{"besturen", std::move(out)}}));
  });

  router.add("POST", "/api/v1/besturen", {Access::scoped, Action::administer_platform, ""},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(name, read_name(body));
               SB_TRY(bestuur, create_bestuur(c.services, c.who(), name));
               auto item = to_json(bestuur);
               item["school_count"] = 0;
               return json_response(201, serialize(item));
             });

  router.add("GET", "/api/v1/besturen/{id}", {Access::scoped, Action::view_bestuur, "bestuur"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(found, get_bestuur(c.services, c.who(), path_id(c)));
               json::array schools;
               for (const auto& school : found.second) schools.push_back(to_json(school, found.first.name));
               auto item = to_json(found.first);
               item["schools"] = std::move(schools);
               return json_response(200, serialize(item));
             });
}

}  // namespace sb::api
