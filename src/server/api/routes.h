// One function per API resource that adds its routes, with their access
// rules, to the router. make_api_router() adds them all; the OpenAPI
// document (openapi.json) must describe exactly this set.
#pragma once

#include <memory>

#include "server/api/router.h"

namespace sb::api {

void add_system_routes(Router& router);
void add_auth_routes(Router& router);
void add_me_routes(Router& router);
void add_besturen_routes(Router& router);
void add_schools_routes(Router& router);
void add_teams_routes(Router& router);
void add_invitations_routes(Router& router);
void add_memberships_routes(Router& router);
void add_board_routes(Router& router);
void add_goals_routes(Router& router);
void add_sessions_routes(Router& router);

std::unique_ptr<Router> make_api_router(Services& services, ServerSettings settings);

// The OpenAPI document served at /api/v1/openapi.json.
std::string_view openapi_document();

}  // namespace sb::api
