// The whole HTTP application as one handler: API requests go through the
// router (and its access gate), everything else is the embedded web app;
// every response leaves with the security headers.
// Thread-safety: the returned handler may be called from any thread.
#pragma once

#include "server/api/router.h"
#include "server/http/listener.h"

namespace sb {

http::Handler make_app_handler(api::Router& router, bool behind_tls);
// Reads (GET, HEAD) never wait, so they run on the I/O thread; requests that hash a
// password (signing in, setting a password) go to the worker pool; every other
// write runs as a fiber on the I/O thread and pauses while its commit is pending.
http::RunsOn placement(const http::Request& request);

}  // namespace sb
