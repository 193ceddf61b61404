#include "modules/organisation/api/organisation_api.h"

#include "modules/organisation/api/routes.h"
#include "modules/organisation/core/organisation.h"

namespace sb::api {

std::string_view organisation_openapi();  // generated from openapi.json

ApiModule organisation_api() {
  return {"organisation",
          [](Router& router) {
            router.add_scope("bestuur", scope_of_bestuur);
            router.add_scope("school", scope_of_school);
            router.add_scope("team", scope_of_team);
            router.add_scope("invitation", scope_of_invitation);
            router.add_scope("membership", scope_of_membership);
            // A person lives on the platform: only its admin manages people by id, and the
            // answer is the same whether or not the id is someone's.
            router.add_scope("person", [](ReadTx&, Id) -> Result<Scope> { return Scope::platform(); });
            add_auth_routes(router);
            add_me_routes(router);
            add_besturen_routes(router);
            add_schools_routes(router);
            add_teams_routes(router);
            add_invitations_routes(router);
            add_memberships_routes(router);
            add_people_routes(router);
          },
          organisation_openapi()};
}

}  // namespace sb::api
