// The meetings' part of the trajectory module's JSON API: the public list and
// sign-up, the staff's publishing and attendance, and "nodig ons uit".
// See docs/API.md ("Meetings").
#pragma once

#include "server/api/router.h"

namespace sb::api {

void add_meeting_routes(Router& router);

}  // namespace sb::api
