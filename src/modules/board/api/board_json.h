// JSON shapes of the board (docs/API.md, "The team board"): one function per
// type, used by the REST answers and by the live channel's events alike, so a
// screen applies an event exactly as it would apply a fresh answer.
#pragma once

#include <boost/json/object.hpp>

#include "modules/board/core/model.h"
#include "modules/board/core/board.h"

namespace sb::api {

boost::json::object to_json(const Cycle& cycle);
// A cycle as on the board, with its retrospective's goal lines (docs/API.md, "Cycle history").
boost::json::object to_json(const CycleReview& review);
boost::json::object to_json(const Goal& goal);
boost::json::object to_json(const Measurement& measurement);
boost::json::object to_json(const BoardItem& item);
// An item with team_name, school_id and school_name: an entry of the leadership's obstacles list.
boost::json::object to_json(const LeadershipObstacle& obstacle);
boost::json::object to_json(const BoardSession& session);
boost::json::object to_json(const SessionRecord& record);
boost::json::object to_json(const Ambition& ambition);
boost::json::object to_json(const BoardView& board);
// {"kind": ..., <entity or id>} for the live channel.
boost::json::object event_json(const BoardChange& change);
// {"kind": "obstacle", "obstacle": ...} or {"kind": "obstacle_deleted", "id": ...} for a school's obstacles room.
boost::json::object event_json(const LeadershipChange& change);

}  // namespace sb::api
