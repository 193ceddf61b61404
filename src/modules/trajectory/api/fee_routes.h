// Routes of the tariffs and a school's quotes.
#pragma once

#include "server/api/router.h"

namespace sb::api {

void add_fee_routes(Router& router);

}  // namespace sb::api
