#include "modules/board/api/board_routes_support.h"

namespace sb::api {

Result<std::int64_t> query_version(const Context& c) {
  auto it = c.request.query.find("version");
  if (it == c.request.query.end()) return std::unexpected(Error::invalid("version", "Name the version: ?version=N."));
  auto version = parse_id(it->second);
  if (!version) return std::unexpected(Error::invalid("version", "The version is a positive whole number."));
  return *version;
}

bool refers_to_current(const Error& error) {
  switch (error.code) {
    case ErrorCode::conflict:
    case ErrorCode::already_exists:
    case ErrorCode::failed_precondition: return true;
    default: return false;
  }
}

}  // namespace sb::api
