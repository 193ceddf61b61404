// People and appointments: the platform admin finds a person with every role
// they hold, appoints bestuurders, programme staff and expert coaches by
// e-mail address, and gives or ends platform admin rights. Ending a role is
// DELETE /memberships/{id}.
#include <boost/json.hpp>

#include "modules/organisation/api/organisation_json.h"
#include "modules/organisation/api/routes.h"
#include "modules/organisation/core/appointments.h"
#include "server/api/json_io.h"

namespace sb::api {

namespace json = boost::json;

namespace {

constexpr int kDefaultPeoplePerPage = 20;

Result<int> query_limit(const Context& c) {
  auto it = c.request.query.find("limit");
  if (it == c.request.query.end()) return kDefaultPeoplePerPage;
  auto limit = parse_id(it->second);
  if (!limit || *limit > kMaxPeoplePerPage) {
    return std::unexpected(Error::invalid("limit", "Ask for 1 to 50 people at a time."));
  }
  return static_cast<int>(*limit);
}

Result<http::Response> admin_rights(Context& c, bool is_admin) {
  SB_TRY(person, set_platform_admin(c.services, c.who(), path_id(c), is_admin));
  return json_response(200, serialize(to_json(person)));
}

}  // namespace

void add_people_routes(Router& router) {
  router.add("GET", "/api/v1/people", {Access::scoped, Action::administer_platform, ""},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(limit, query_limit(c));
               auto q = c.request.query.find("q");
               SB_TRY(page, search_people(c.services, c.who(), q == c.request.query.end() ? "" : q->second, limit));
               json::array people;
               for (const auto& person : page.people) people.push_back(to_json(person));
               return json_response(200, serialize(json::object{{"people", std::move(people)}, {"more", page.more}}));
             });

  router.add("PUT", "/api/v1/people/{id}/admin", {Access::scoped, Action::administer_platform, "person"},
             [](Context& c) -> Result<http::Response> { return admin_rights(c, true); });
  router.add("DELETE", "/api/v1/people/{id}/admin", {Access::scoped, Action::administer_platform, "person"},
             [](Context& c) -> Result<http::Response> { return admin_rights(c, false); });

  router.add("GET", "/api/v1/appointments", {Access::scoped, Action::administer_platform, ""},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(invitations, list_open_appointments(c.services, c.who()));
               json::array out;
               for (const auto& invitation : invitations) out.push_back(to_json(invitation));
               return json_response(200, serialize(json::object{{"invitations", std::move(out)}}));
             });

  router.add("POST", "/api/v1/appointments", {Access::scoped, Action::administer_platform, ""},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_appointment(body));
               auto done = appoint(c.services, c.who(), input);
               if (!done) {
                 // A second invitation is refused with the open one, so the screen can offer to send it again.
                 auto open = open_appointment_like(c.services, c.who(), input);
                 if (done.error().code != ErrorCode::already_exists || !open) return std::unexpected(done.error());
                 return error_response(done.error(), to_json(*open));
               }
               if (done->person) return json_response(201, serialize(json::object{{"person", to_json(*done->person)}}));
               return json_response(201, serialize(to_json(*done->invitation)));
             });
}

}  // namespace sb::api
