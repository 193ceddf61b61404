#include "modules/programmes/api/invitation_routes.h"

#include <boost/json.hpp>

#include "modules/organisation/core/model.h"
#include "modules/programmes/api/programme_json.h"
#include "modules/programmes/core/invitations.h"

namespace sb::api {
namespace {

namespace json = boost::json;

http::Response json_of(int status, const json::value& value) { return json_response(status, api::serialize(value)); }

}  // namespace

void add_invitation_routes(Router& router) {
  // Who may invite into which school or bestuur is decided by the use case (Action::invite_to_programme): the
  // place is named in the body, not the path.
  router.add("POST", "/api/v1/programme-rounds/{id}/invitations", {Access::signed_in},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(request, read_invite_request(body, parse_id(c.params.front()).value_or(0)));
               SB_TRY(enrolment, invite_to_round(c.services, c.who(), request));
               return json_of(201, enrolment_json(enrolment));
             });

  router.add("POST", "/api/v1/programme-enrolments/{id}/invitation", {Access::signed_in},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(enrolment, resend_round_invitation(c.services, c.who(), parse_id(c.params.front()).value_or(0)));
               return json_of(200, enrolment_json(enrolment));
             });

  router.add("GET", "/api/v1/me/programme-colleagues", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(views, colleagues_enrolled(c.services, c.who()));
    json::array out;
    const auto now = c.services.clock.now();
    for (const auto& v : views) {
      auto entry = enrolment_view_json(v, now);
      entry.erase("round");  // the screen names the programme and round; the sessions are the colleague's to see
      entry["round_name"] = v.round.name;
      out.push_back(std::move(entry));
    }
    return json_of(200, out);
  });

  // The token in the path is the secret: whoever holds the link may read and accept it.
  router.add("GET", "/api/v1/programme-invitation-links/{token}", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(invitation, describe_round_invitation(c.services, c.params[0]));
               const auto now = c.services.clock.now();
               return json_of(200, json::object{{"programme", programme_json(invitation.programme)},
                                                {"round", round_json(invitation.round, now)},
                                                {"email", invitation.enrolment.invited_email},
                                                {"status", to_string(invitation.enrolment.status)},
                                                {"held_until", iso_time(invitation.enrolment.held_until.value_or(now))},
                                                {"invited_by_name", invitation.invited_by_name},
                                                {"place", invitation.place}});
             });

  router.add("POST", "/api/v1/programme-invitation-links/{token}/accept", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(acceptance, read_account_setup(body));
               SB_TRY(signed_in, accept_round_invitation(c.services, c.params[0],
                                                         {acceptance.name, acceptance.password, c.request.client_address,
                                                          c.request.cookie(kSessionCookie)}));
               auto response = json_response(200, serialize(me_json(signed_in.principal, signed_in.session.csrf_token)));
               response.set_header("Set-Cookie", session_cookie(signed_in.token, c.settings));
               return response;
             });
}

}  // namespace sb::api
