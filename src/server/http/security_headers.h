// The security headers every response carries, set in one place: a strict
// Content-Security-Policy (scripts, styles and connections only from this
// origin), nosniff, no referrer to other sites, no framing.
#pragma once

#include "server/http/http_types.h"

namespace sb::http {

void add_security_headers(Response& response, bool behind_tls);

}  // namespace sb::http
