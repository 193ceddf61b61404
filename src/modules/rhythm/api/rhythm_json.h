// The rhythm module's types as JSON: one shape each, for every route.
#pragma once

#include <boost/json/value.hpp>

#include "modules/rhythm/core/cascade.h"
#include "modules/rhythm/core/views.h"
#include "server/api/json_io.h"

namespace sb::api {

boost::json::object to_json(const Heatmap& heatmap);
boost::json::object to_json(const WeekDetail& detail);
boost::json::object to_json(const Overview& overview);
boost::json::object to_json(const Cascade& cascade);
boost::json::object to_json(const StrategicGoal& goal);
boost::json::object to_json(const Holiday& holiday);

// The bodies the rhythm routes take; each reads the whole body and refuses a field it does not know.
Result<StrategicGoalInput> read_new_strategic_goal(BodyReader& body);
// "version" and the fields to change.
Result<Versioned<StrategicGoalInput>> read_strategic_goal_change(BodyReader& body);
// {"strategic_goal_id": id | null}, required; null unlinks the ambition.
Result<std::optional<Id>> read_ambition_link(BodyReader& body);
Result<HolidayInput> read_holiday(BodyReader& body);

}  // namespace sb::api
