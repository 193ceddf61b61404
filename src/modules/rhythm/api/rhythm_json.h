// The rhythm module's types as JSON: one shape each, for every route.
#pragma once

#include <boost/json/value.hpp>

#include "modules/rhythm/core/cascade.h"
#include "modules/rhythm/core/views.h"

namespace sb::api {

boost::json::object to_json(const Heatmap& heatmap);
boost::json::object to_json(const WeekDetail& detail);
boost::json::object to_json(const Overview& overview);
boost::json::object to_json(const Cascade& cascade);
boost::json::object to_json(const StrategicGoal& goal);
boost::json::object to_json(const Holiday& holiday);

}  // namespace sb::api
