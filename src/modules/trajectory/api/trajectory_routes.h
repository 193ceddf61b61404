// Routes of a school's trajectory, the pipeline and the coach-fte rule.
#pragma once

#include "server/api/router.h"

namespace sb::api {

void add_trajectory_routes(Router& router);

}  // namespace sb::api
