// The academy module's part of the JSON API: the catalogue, an item with its
// step plan, one's own marks, the staff's editing, and a school's team
// progress. See docs/API.md ("Academy").
#pragma once

#include "server/api/module_api.h"

namespace sb::api {

ApiModule academy_api();

}  // namespace sb::api
