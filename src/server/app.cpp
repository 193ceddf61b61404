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

http::RunsOn placement(const http::Request& request) {
  if (request.method == "GET" || request.method == "HEAD") return http::RunsOn::io_thread;
  // An upload is copied to the file store and fsync'd: blocking file work, kept off the I/O threads.
  if (request.body_stream) return http::RunsOn::worker;
  // Every route that hashes or checks a password lives under these two.
  if (request.path.starts_with("/api/v1/auth/") || request.path.starts_with("/api/v1/invitation-links/")) {
    return http::RunsOn::worker;
  }
  return http::RunsOn::fiber;
}

}  // namespace sb
