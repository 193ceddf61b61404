#include "modules/board/api/board_routes_support.h"

#include <boost/json.hpp>

#include "server/api/json_io.h"

namespace sb::api {

namespace json = boost::json;

Id path_id(const Context& c) { return parse_id(c.params.front()).value_or(0); }

Result<std::int64_t> query_version(const Context& c) {
  auto it = c.request.query.find("version");
  if (it == c.request.query.end()) return std::unexpected(Error::invalid("version", "Name the version: ?version=N."));
  auto version = parse_id(it->second);
  if (!version) return std::unexpected(Error::invalid("version", "The version is a positive whole number."));
  return *version;
}

http::Response conflict_response(const Error& error, json::value current) {
  return json_response(409, serialize(json::object{
                                {"error", json::object{{"code", to_string(error.code)}, {"message", error.message},
                                                       {"field", error.field}}},
                                {"current", std::move(current)}}));
}

}  // namespace sb::api
