// Memberships: school leaders remove people from a team or a school role.
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/api/routes.h"

namespace sb::api {

void add_memberships_routes(Router& router) {
  router.add("DELETE", "/api/v1/memberships/{id}", {Access::scoped, Action::manage_school, "membership"},
             [](Context& c) -> Result<http::Response> {
               SB_CHECK(remove_membership(c.services, c.who(), path_id(c)));
               return no_content();
             });
}

}  // namespace sb::api
