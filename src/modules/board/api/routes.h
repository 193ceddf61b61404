// The board module's routes, one function per resource; board_api() adds them
// all. Internal to the module.
#pragma once

#include "kernel/ports/event_sink.h"
#include "server/api/router.h"

namespace sb::api {

// The board's live rooms: a team's board, followed by its screens; a school's
// obstacles, followed by the school leadership's obstacles page.
inline Room board_room(Id team_id) { return {"board", team_id}; }
inline Room obstacles_room(Id school_id) { return {"obstacles", school_id}; }

void add_board_routes(Router& router);
void add_goals_routes(Router& router);
void add_sessions_routes(Router& router);
void add_my_work_routes(Router& router);

}  // namespace sb::api
