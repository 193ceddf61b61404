#include "server/api/error_mapping.h"

namespace sb::api {

int http_status(const Error& error) {
  switch (error.code) {
    // A file of a type we do not take is 415, as HTTP names it; other bad input 400.
    case ErrorCode::invalid_argument: return error.reason == "unsupported_type" ? 415 : 400;
    case ErrorCode::unauthenticated: return 401;
    case ErrorCode::permission_denied: return 403;
    case ErrorCode::not_found: return 404;
    case ErrorCode::already_exists:
    case ErrorCode::conflict: return 409;
    case ErrorCode::failed_precondition: return 422;
    // A body over its limit is 413; other limits (attempts, capacity) 429.
    case ErrorCode::resource_exhausted: return error.reason == "too_large" ? 413 : 429;
    case ErrorCode::unavailable: return 503;
    case ErrorCode::internal: return 500;
  }
  return 500;
}

}  // namespace sb::api
