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

// The bodies the lessons routes take; each reads the whole body and refuses a field it does not know.
struct DesignCommentText {
  std::string part;
  std::string body;
};
struct ReflectionConclusion {
  ConclusionKind kind{};
  std::int64_t version = 0;
};
struct VisitSharing {
  bool shared_with_leadership = false;
  std::int64_t version = 0;
};
// A new design: goal, co-authors, and every part of it ("title" required).
Result<NewDesign> read_new_design(BodyReader& body);
Result<DesignSave> read_design_save(BodyReader& body);
Result<DesignCommentText> read_design_comment(BodyReader& body);
// A visit to plan; "minutes" (50 when left out) is clamped to 0..kMaxVisitMinutes + 1 so core names the limit.
Result<NewVisit> read_new_visit(BodyReader& body);
// The visitor's observation, sent whole: at most kMaxCriteria criteria, ratings clamped to 0..5.
Result<Observation> read_observation(BodyReader& body);
Result<ReflectionInput> read_reflection(BodyReader& body);
Result<ReflectionConclusion> read_reflection_conclusion(BodyReader& body);
Result<VisitSharing> read_visit_sharing(BodyReader& body);

}  // namespace sb::api
