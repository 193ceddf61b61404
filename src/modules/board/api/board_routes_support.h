// Small helpers shared by the board's route files: the `?version=N` of a
// DELETE, and the one way a change to a board entity is answered — with the
// entity, or with a refusal that carries the entity as it is now. (The live
// channel's admission moved to server/api/live_admission.h.)
#pragma once

#include <boost/json/value.hpp>

#include <functional>
#include <type_traits>
#include <utility>

#include "modules/board/api/board_json.h"
#include "server/api/json_io.h"
#include "kernel/ports/event_sink.h"
#include "server/api/live_admission.h"
#include "server/api/router.h"

namespace sb::api {

Result<std::int64_t> query_version(const Context& c);

// Whether a refusal is about the state of the entity a change was made on: a
// stale version (409 conflict), a thing that is there already (409
// already_exists) or a state that does not allow the change (422
// failed_precondition). Such a refusal carries the entity as it is now.
bool refers_to_current(const Error& error);

// The answer to a change of a board entity (docs/API.md, "The team board"):
// `status` with the result as JSON (204 without one). A refusal about the
// entity's state carries `current`: what `read_current()` finds (a Result of
// a board entity) as it is now, or null when it is gone or cannot be read, so
// a screen can show what changed. Every other refusal is the plain error.
template <typename T, typename ReadCurrent>
Result<http::Response> answer_or_conflict(Result<T> result, int status, ReadCurrent&& read_current) {
  if (!result) {
    if (!refers_to_current(result.error())) return std::unexpected(std::move(result).error());
    auto now = read_current();
    return error_response(result.error(), now ? boost::json::value(to_json(*now)) : boost::json::value(nullptr));
  }
  if constexpr (std::is_void_v<T>) {
    return no_content();
  } else {
    return json_response(status, serialize(to_json(*result)));
  }
}

}  // namespace sb::api
