// The signed-in user: who am I, with which roles; my name and language.
#include "modules/organisation/core/auth.h"
#include "server/api/json_io.h"
#include "modules/organisation/api/organisation_json.h"
#include "modules/organisation/api/routes.h"

namespace sb::api {

void add_me_routes(Router& router) {
  router.add("GET", "/api/v1/me", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    return json_response(200, serialize(me_json(c.who(), c.session.csrf_token)));
  });

  router.add("PATCH", "/api/v1/me", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(change, read_profile_change(body));
    SB_TRY(updated, update_profile(c.services, c.who(), change));
    return json_response(200, serialize(me_json(updated, c.session.csrf_token)));
  });
}

}  // namespace sb::api
