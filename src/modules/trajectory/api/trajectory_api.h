// The trajectory module's part of the JSON API: a school's trajectory (steps,
// conditions), the staff's pipeline and coach-fte rule. See docs/API.md.
#pragma once

#include "server/api/module_api.h"

namespace sb::api {

ApiModule trajectory_api();

}  // namespace sb::api
