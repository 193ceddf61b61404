// The whole HTTP application as one handler: API requests go through the
// router (and its access gate), everything else is the embedded web app;
// every response leaves with the security headers.
// Thread-safety: the returned handler may be called from any thread.
#pragma once

#include "server/api/router.h"
#include "server/http/listener.h"

namespace sb {

http::Handler make_app_handler(api::Router& router, bool behind_tls);
// Reads (GET, HEAD) never wait on a commit or a password hash, so they run on the I/O thread.
bool runs_inline(const http::Request& request);

}  // namespace sb
