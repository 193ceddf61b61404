// The board module's routes, one function per resource; board_api() adds them
// all. Internal to the module.
#pragma once

#include "server/api/router.h"

namespace sb::api {

void add_board_routes(Router& router);
void add_goals_routes(Router& router);
void add_sessions_routes(Router& router);
void add_my_work_routes(Router& router);

}  // namespace sb::api
