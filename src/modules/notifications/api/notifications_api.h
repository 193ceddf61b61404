// The notifications module's part of the JSON API: the caller's mail wishes
// (GET and PATCH /api/v1/me/notifications). Registering it also installs the
// board's mail (core/board_mail.h), so the server that serves the API mails
// people about their work.
#pragma once

#include "server/api/module_api.h"

namespace sb::api {

ApiModule notifications_api();

}  // namespace sb::api
