#include "server/api/error_mapping.h"

namespace sb::api {

int http_status(const Error& error) {
  switch (error.code) {
    case ErrorCode::invalid_argument: return 400;
    case ErrorCode::unauthenticated: return 401;
    case ErrorCode::permission_denied: return 403;
    case ErrorCode::not_found: return 404;
    case ErrorCode::already_exists:
    case ErrorCode::conflict: return 409;
    case ErrorCode::failed_precondition: return 422;
    case ErrorCode::resource_exhausted: return 429;
    case ErrorCode::unavailable: return 503;
    case ErrorCode::internal: return 500;
  }
  return 500;
}

}  // namespace sb::api
