// The lessons module's routes, one function per resource; lessons_api() adds them all. Internal to the module.
#pragma once

#include "server/api/router.h"

namespace sb::api {

void add_designs_routes(Router& router);
void add_visits_routes(Router& router);
void add_materials_routes(Router& router);

// A positive whole number from the query (?name=N), or invalid_argument naming it.
Result<std::int64_t> query_number(const Context& c, std::string_view name);

}  // namespace sb::api
