// The mentoring module's part of the JSON API: the public mentor application
// form (check, apply, and the personal link's look-up, change and withdrawal,
// the token always in the body so it is not in the server's log), the
// mentee's application from their account, the pair's page and meetings, and
// programme staff's pool, runs, decisions, publishing, guides and on-track.
#pragma once

#include "server/api/module_api.h"

namespace sb::api {

ApiModule mentoring_api();

}  // namespace sb::api
