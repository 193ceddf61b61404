// The voice module's part of the JSON API: a teacher's feedback rounds (open,
// close, delete, share, hide words, results, QR code), the school leader's
// counts per team, and the two public student routes, which take the code in
// the body (never in the path, so it is not in the server's log).
#pragma once

#include "server/api/module_api.h"

namespace sb::api {

ApiModule voice_api();

}  // namespace sb::api
