// A request target as the client sent it ("/api/v1/teams/3?week=2026-03-02")
// read into the request's path and query: the path percent-decoded, every
// query parameter decoded, and the name of a parameter sent more than once in
// repeated_query (the router refuses such a request). A target that is not in
// origin form, or whose path or query does not decode to UTF-8, gets a path
// that matches no route and no asset: a clean 404.
// Kept apart from the listener so that this parser of outside input is unit
// tested and fuzzed (fuzz/request_target_fuzz.cpp) without a socket.
// Thread-safety: a pure function of its request.
#pragma once

#include "server/http/http_types.h"

namespace sb::http {

inline constexpr const char* kInvalidTargetPath = "\x01invalid";

// Sets request.path, request.query and request.repeated_query from request.target.
void read_target(Request& request);

}  // namespace sb::http
