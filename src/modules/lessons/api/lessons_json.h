// The lessons module's types as JSON (docs/API.md, "Lesson designs and visits"),
// and the readers of the bodies its routes take.
// Thread-safety: pure functions.
#pragma once

#include <boost/json/value.hpp>

#include "modules/lessons/core/designs.h"
#include "modules/lessons/core/visits.h"
#include "server/api/json_io.h"

namespace sb::api {

boost::json::object to_json(const LessonDesign& design);
boost::json::object to_json(const DesignVersion& version);
boost::json::object to_json(const VersionComparison& comparison);
boost::json::object to_json(const DesignComment& comment);
boost::json::object to_json(const LessonVisit& visit);
boost::json::object to_json(const VisitView& view);
boost::json::object to_json(const Observation& observation);
boost::json::object to_json(const Reflection& reflection);
boost::json::object to_json(const LessonCounts& counts);

// The parts of a design a body names (create: every part; save: those present).
Result<DesignPatch> read_design_patch(BodyReader& body);

}  // namespace sb::api
