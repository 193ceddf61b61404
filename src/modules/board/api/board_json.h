// JSON shapes of the board (docs/API.md, "The team board"): one function per
// type, used by the REST answers and by the live channel's events alike, so a
// screen applies an event exactly as it would apply a fresh answer.
#pragma once

#include <boost/json/object.hpp>

#include "modules/board/core/board.h"
#include "modules/board/core/board_sessions.h"
#include "modules/board/core/goals.h"
#include "modules/board/core/model.h"
#include "modules/board/core/retrospective.h"
#include "server/api/json_io.h"

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

// The bodies the board's routes take. Each reader reads the whole body: a field
// it does not know is refused (BodyReader::finish), as are wrong types.
struct ItemMove {
  std::string status;
  std::optional<double> position;
  std::int64_t version = 0;
};
struct LeadershipReply {
  std::string reply;
  bool resolve = false;
  std::int64_t version = 0;
};
struct LeadershipAction {
  std::string text;
  std::optional<std::string> due_on;
  std::int64_t version = 0;
};
struct MeasurementEntry {
  double value = 0;
  std::optional<std::int64_t> version;
};
struct NewAmbition {
  std::string school_year;
  std::string title;
  std::string description;
};
struct SessionClose {
  std::int64_t version = 0;
  bool confirm_alone = false;
};

Result<NewItem> read_new_item(BodyReader& body);
Result<ItemChange> read_item_change(BodyReader& body);
Result<ItemMove> read_item_move(BodyReader& body);
Result<LeadershipReply> read_leadership_reply(BodyReader& body);
Result<LeadershipAction> read_leadership_action(BodyReader& body);
Result<CycleInput> read_new_cycle(BodyReader& body);
Result<Versioned<CycleInput>> read_cycle_change(BodyReader& body);
// A cycle's closing: the retrospective (at most 50 goal lines) and the next cycle.
Result<Versioned<RetrospectiveInput>> read_retrospective(BodyReader& body);
Result<GoalInput> read_new_goal(BodyReader& body);
Result<Versioned<GoalInput>> read_goal_change(BodyReader& body);
// A week's measurement: "value" is required, "version" when it replaces one.
Result<MeasurementEntry> read_measurement_entry(BodyReader& body);
Result<NewAmbition> read_new_ambition(BodyReader& body);
Result<Versioned<AmbitionInput>> read_ambition_change(BodyReader& body);
// Starting a board session: the minutes it may take, if given.
Result<std::optional<std::int64_t>> read_session_start(BodyReader& body);
Result<SessionChange> read_session_change(BodyReader& body);
Result<SessionClose> read_session_close(BodyReader& body);

}  // namespace sb::api
