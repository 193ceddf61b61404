// The classboard module's HTTP API (docs/API.md, "Class board"): the teacher's
// routes (scoped: run_class_boards on her own boards; a school leader's
// count per team), the classroom screens' routes by the token of a display
// link or a session, the students' idea routes by class code, and the live
// room {"classboard", board_id}.
#pragma once

#include "server/api/module_api.h"

namespace sb::api {

ApiModule classboard_api();

}  // namespace sb::api
