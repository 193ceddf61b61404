// Routes of expert-coach visits: a school's visits and budget, planning,
// reports, cancelling and staff's approval past the budget.
#pragma once

#include "server/api/router.h"

namespace sb::api {

void add_visit_routes(Router& router);

}  // namespace sb::api
