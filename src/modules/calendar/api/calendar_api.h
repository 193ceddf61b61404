// The calendar module's part of the JSON API: the caller's feed (GET, POST and
// DELETE /api/v1/me/calendar) and the feed itself for calendar programs
// (GET /api/v1/calendar-feeds/{token}, public: the secret token is the key).
// The composition root hands it the sources other modules register.
#pragma once

#include <vector>

#include "kernel/calendar.h"
#include "server/api/module_api.h"

namespace sb::api {

ApiModule calendar_api(std::vector<CalendarSource> sources);

}  // namespace sb::api
