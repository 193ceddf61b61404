// The programmes module's part of the JSON API: the public catalogue, a
// programme's page and the comparison (no sign-in); enrolling, cancelling, the
// caller's own programmes and certificates (signed in; the use cases decide
// whose); and the staff's routes under /api/v1/staff/ (manage_programmes).
#pragma once

#include "server/api/module_api.h"

namespace sb::api {

ApiModule programmes_api();

}  // namespace sb::api
