#include "server/api/routes.h"

namespace sb::api {

std::unique_ptr<Router> make_api_router(Services& services, ServerSettings settings) {
  auto router = std::make_unique<Router>(services, settings);
  add_system_routes(*router);
  add_auth_routes(*router);
  add_me_routes(*router);
  add_besturen_routes(*router);
  add_schools_routes(*router);
  add_teams_routes(*router);
  add_invitations_routes(*router);
  add_memberships_routes(*router);
  add_board_routes(*router);
  add_goals_routes(*router);
  add_sessions_routes(*router);
  return router;
}

}  // namespace sb::api
