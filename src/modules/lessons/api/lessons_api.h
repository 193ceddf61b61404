// The lessons module's API: its routes with their access rules, the scopes
// "lesson_design" and "lesson_visit" for the gate, and its OpenAPI fragment.
#pragma once

#include "server/api/module_api.h"

namespace sb::api {

ApiModule lessons_api();

}  // namespace sb::api
