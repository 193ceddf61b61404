// Sign in, sign out and password resets.
#include "modules/organisation/core/auth.h"
#include "server/api/json_io.h"
#include "modules/organisation/api/organisation_json.h"
#include "modules/organisation/api/routes.h"

namespace sb::api {

void add_auth_routes(Router& router) {
  router.add("POST", "/api/v1/auth/login", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(credentials, read_credentials(body));
    SB_TRY(signed_in, login(c.services, {credentials.email, credentials.password, c.request.client_address,
                                         c.request.cookie(kSessionCookie)}));
    auto response = json_response(200, serialize(me_json(signed_in.principal, signed_in.session.csrf_token)));
    response.set_header("Set-Cookie", session_cookie(signed_in.token, c.settings));
    return response;
  });

  // Signed in, so the gate checks the CSRF token: another site cannot sign a user out.
  router.add("POST", "/api/v1/auth/logout", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_CHECK(logout(c.services, c.request.cookie(kSessionCookie)));
    auto response = no_content();
    response.set_header("Set-Cookie", cleared_session_cookie(c.settings));
    return response;
  });

  router.add("POST", "/api/v1/auth/password-reset", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(email, read_reset_request(body));
    SB_CHECK(request_password_reset(c.services, email, c.request.client_address));
    return json_response(202, "{}");
  });

  router.add("POST", "/api/v1/auth/password-reset/confirm", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(reset, read_password_reset(body));
               SB_CHECK(confirm_password_reset(c.services, reset.token, reset.password));
               return no_content();
             });
}

}  // namespace sb::api
