// The organisation module's routes, one function per resource; organisation_api()
// adds them all. Internal to the module.
#pragma once

#include "server/api/router.h"

namespace sb::api {

void add_auth_routes(Router& router);
void add_me_routes(Router& router);
void add_besturen_routes(Router& router);
void add_schools_routes(Router& router);
void add_teams_routes(Router& router);
void add_invitations_routes(Router& router);
void add_memberships_routes(Router& router);
void add_people_routes(Router& router);

}  // namespace sb::api
