// Invitations: school leaders invite people into a school role or a team; the
// invited person reads and accepts the invitation through its secret link.
#include <boost/json.hpp>

#include "modules/organisation/core/invitations.h"
#include "server/api/json_io.h"
#include "modules/organisation/api/organisation_json.h"
#include "modules/organisation/api/routes.h"

namespace sb::api {

namespace json = boost::json;

void add_invitations_routes(Router& router) {
  router.add("GET", "/api/v1/schools/{id}/invitations", {Access::scoped, Action::manage_school, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(invitations, list_open_invitations(c.services, c.who(), path_id(c)));
               json::array out;
               for (const auto& invitation : invitations) out.push_back(to_json(invitation));
               return json_response(200, serialize(json::object{{"invitations", std::move(out)}}));
             });

  router.add("POST", "/api/v1/schools/{id}/invitations", {Access::scoped, Action::manage_school, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_invitation(body));
               auto created = create_invitation(c.services, c.who(), path_id(c), input);
               if (!created) {
                 // A second invitation is refused with the open one, so the screen can offer to send it again.
                 auto open = open_invitation_like(c.services, c.who(), path_id(c), input);
                 if (created.error().code != ErrorCode::already_exists || !open) return std::unexpected(created.error());
                 return error_response(created.error(), to_json(*open));
               }
               return json_response(201, serialize(to_json(*created)));
             });

  router.add("DELETE", "/api/v1/invitations/{id}", {Access::scoped, Action::manage_school, "invitation"},
             [](Context& c) -> Result<http::Response> {
               SB_CHECK(revoke_invitation(c.services, c.who(), path_id(c)));
               return no_content();
             });

  router.add("POST", "/api/v1/invitations/{id}/resend", {Access::scoped, Action::manage_school, "invitation"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_CHECK(body.finish());
               SB_TRY(renewed, resend_invitation(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(to_json(renewed)));
             });

  // The token in the path is the secret: whoever holds the link may read and accept it.
  router.add("GET", "/api/v1/invitation-links/{token}", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(view, describe_invitation(c.services, c.params[0]));
               return json_response(200, serialize(to_json(view)));
             });

  router.add("POST", "/api/v1/invitation-links/{token}/accept", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(setup, read_account_setup(body));
               SB_TRY(signed_in, accept_invitation(c.services, c.params[0],
                                                   {setup.name, setup.password, c.request.client_address,
                                                    c.request.cookie(kSessionCookie)}));
               auto response = json_response(200, serialize(me_json(signed_in.principal, signed_in.session.csrf_token)));
               response.set_header("Set-Cookie", session_cookie(signed_in.token, c.settings));
               return response;
             });
}

}  // namespace sb::api
