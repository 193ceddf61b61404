#include "server/app.h"

#include "server/assets/static_files.h"
#include "server/http/security_headers.h"

namespace sb {

http::Handler make_app_handler(api::Router& router, bool behind_tls) {
  return [&router, behind_tls](http::Request& request) {
    http::Response response =
        request.path.starts_with("/api/") ? router.dispatch(request) : assets::serve_static(request);
    http::add_security_headers(response, behind_tls);
    return response;
  };
}

bool runs_inline(const http::Request& request) { return request.method == "GET" || request.method == "HEAD"; }

}  // namespace sb
