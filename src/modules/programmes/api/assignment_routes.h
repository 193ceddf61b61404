// The programmes module's routes for assignments (issue 14, point 5): staff define a round's assignments, see
// who handed in what and accept or return it; a participant hands in (PUT, again until accepted) and reads
// their own hand-in. A participant's assignments with their state travel in /me/programmes.
#pragma once

#include "server/api/router.h"

namespace sb::api {

void add_assignment_routes(Router& router);

}  // namespace sb::api
