// Small helpers shared by the board's route files: the path id (already
// checked by the gate), the `?version=N` of a DELETE, and the 409 answer
// that carries the current entity so a screen can show what changed.
#pragma once

#include <boost/json/value.hpp>

#include "server/api/router.h"

namespace sb::api {

Id path_id(const Context& c);
Result<std::int64_t> query_version(const Context& c);
http::Response conflict_response(const Error& error, boost::json::value current);

}  // namespace sb::api
