// The modules' request-body readers by name ("board.new_item"), for
// fuzz_request_json's 'm' inputs: "m<name>\n<body>". Each entry reads a body
// that parsed and checks what the reader promises (fuzz/body_checks.h), plus
// what is cheap to check of its result (a text read back equals the JSON's, a
// clamped number stays in its range). One file per module in fuzz/bodies/
// adds its readers: the modules' headers are not meant to meet in one
// translation unit.
#pragma once

#include <boost/json/object.hpp>

#include <map>
#include <string_view>

#include "server/api/json_io.h"

namespace sb::fuzz {

// The reader over a body that parsed, and the JSON object it parsed to.
using BodyCheck = void (*)(api::BodyReader& body, const boost::json::object& json);
using BodyChecks = std::map<std::string_view, BodyCheck>;

const BodyChecks& module_bodies();

void add_board_bodies(BodyChecks& checks);
void add_measurements_bodies(BodyChecks& checks);
void add_classboard_bodies(BodyChecks& checks);
void add_voice_bodies(BodyChecks& checks);
void add_mentoring_bodies(BodyChecks& checks);
void add_trajectory_bodies(BodyChecks& checks);
void add_academy_bodies(BodyChecks& checks);
void add_rhythm_bodies(BodyChecks& checks);
void add_notifications_bodies(BodyChecks& checks);
void add_lessons_bodies(BodyChecks& checks);
void add_programmes_bodies(BodyChecks& checks);
void add_organisation_bodies(BodyChecks& checks);

}  // namespace sb::fuzz
