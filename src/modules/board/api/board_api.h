// The board module's part of the JSON API and its live channel: boards,
// items, cycles and retrospectives, goals and measurements, ambitions, board
// sessions and the leadership's obstacles, with the scopes "item", "goal",
// "cycle", "session" and "ambition". Its routes also name the organisation's
// "team" and "school" scopes.
//
// board_api() also sends the board's committed events to the live rooms of
// the router's services (EventSink), where each is rendered once.
#pragma once

#include "server/api/module_api.h"

namespace sb::api {

ApiModule board_api();

}  // namespace sb::api
