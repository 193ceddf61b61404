#include "server/api/router.h"

#include <algorithm>
#include <cmath>

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "server/api/error_mapping.h"
#include "server/api/json_io.h"

namespace sb::api {
namespace {

namespace json = boost::json;

// The next segment of `rest` ("/api/v1/schools/12" gives "api", "v1", ...), skipping slashes; empty at the end.
std::string_view next_segment(std::string_view& rest) {
  while (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
  const auto end = std::min(rest.find('/'), rest.size());
  const auto segment = rest.substr(0, end);
  rest.remove_prefix(end);
  return segment;
}

// Matches "{...}" pattern segments as parameters. Every request is tried against the routes in turn, so this
// allocates nothing until a route matches (the public catalogue is the hot path: docs/PERFORMANCE.md).
bool match(std::string_view pattern, std::string_view path, std::vector<std::string>& params) {
  for (auto want_rest = pattern, have_rest = path;;) {
    const auto want = next_segment(want_rest);
    const auto have = next_segment(have_rest);
    if (want.empty() || have.empty()) {
      if (want.empty() != have.empty()) return false;
      break;
    }
    if (!want.starts_with('{') && want != have) return false;
  }
  params.clear();
  for (auto want_rest = pattern, have_rest = path;;) {
    const auto want = next_segment(want_rest);
    const auto have = next_segment(have_rest);
    if (want.empty()) break;
    if (want.starts_with('{')) params.emplace_back(have);
  }
  return true;
}

// The third segment of a path or pattern, or empty when it has fewer.
std::string_view third_segment(std::string_view path) {
  std::string_view segment;
  for (int i = 0; i < 3; ++i) segment = next_segment(path);
  return segment;
}

// Route::resource of a pattern: its third segment unless that is a parameter.
std::string resource_of(std::string_view pattern) {
  const auto segment = third_segment(pattern);
  return segment.starts_with('{') ? std::string() : std::string(segment);
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

// A browser's Origin must name this host; requests without one (curl, tests) pass.
bool same_origin(const http::Request& request) {
  const auto origin = request.header("origin");
  if (origin.empty()) return true;
  const auto host = request.header("host");
  return origin == "http://" + std::string(host) || origin == "https://" + std::string(host);
}

bool is_json(std::string_view content_type) {
  const auto semicolon = content_type.find(';');
  auto type = content_type.substr(0, semicolon);
  while (!type.empty() && type.back() == ' ') type.remove_suffix(1);
  std::string lower(type);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "application/json";
}

}  // namespace

http::Response json_response(int status, std::string body) {
  http::Response response;
  response.status = status;
  response.body = std::move(body);
  response.set_header("Cache-Control", "no-store");
  return response;
}

http::Response no_content() {
  http::Response response;
  response.status = 204;
  response.content_type.clear();
  response.set_header("Cache-Control", "no-store");
  return response;
}

namespace {

// Whole numbers as integers ("max": 500, not 5E2).
json::value json_number(double value) {
  if (std::trunc(value) == value && std::abs(value) < 1e15) return static_cast<std::int64_t>(value);
  return value;
}

// Every error answer: {"error": {...}} (with "current" when given), and Retry-After when throttled.
http::Response error_answer(const Error& error, std::optional<json::value> current) {
  std::string field = error.field;
  std::string retry_after;
  if (field.starts_with("retry_after:")) {
    retry_after = field.substr(12);
    field.clear();
  }
  const int status = http_status(error);
  // Internal details stay in the log, never in the answer.
  const std::string message = status == 500 ? "Something went wrong on our side." : error.message;
  json::object detail{{"code", to_string(error.code)}, {"message", message}, {"field", field}};
  // The finer reason and the limit broken, so the web app can say it in the user's language.
  if (!error.reason.empty() && status != 500) detail["reason"] = error.reason;
  if (error.min && status != 500) detail["min"] = json_number(*error.min);
  if (error.max && status != 500) detail["max"] = json_number(*error.max);
  json::object body{{"error", std::move(detail)}};
  if (current) body["current"] = std::move(*current);
  auto response = json_response(status, serialize(body));
  if (!retry_after.empty()) response.set_header("Retry-After", retry_after);
  return response;
}

}  // namespace

http::Response error_response(const Error& error) { return error_answer(error, std::nullopt); }

http::Response error_response(const Error& error, json::value current) { return error_answer(error, std::move(current)); }

Id path_id(const Context& c) { return parse_id(c.params.front()).value_or(0); }

std::string session_cookie(const std::string& token, const ServerSettings& settings) {
  return std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000" +
         (settings.secure_cookies ? "; Secure" : "");
}

std::string cleared_session_cookie(const ServerSettings& settings) {
  return std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0" +
         (settings.secure_cookies ? "; Secure" : "");
}

void Router::add(std::string method, std::string pattern, AccessRule rule, RouteHandler handler) {
  auto resource = resource_of(pattern);
  routes_.push_back({std::move(method), std::move(pattern), rule, std::move(handler), false, std::move(resource)});
}

void Router::add_streamed(std::string method, std::string pattern, AccessRule rule, RouteHandler handler) {
  auto resource = resource_of(pattern);
  routes_.push_back({std::move(method), std::move(pattern), rule, std::move(handler), true, std::move(resource)});
}

bool Router::streams_body(std::string_view method, std::string_view path) const {
  std::vector<std::string> params;
  for (const auto& route : routes_) {
    if (route.streamed && route.method == method && match(route.pattern, path, params)) return true;
  }
  return false;
}

void Router::add_scope(std::string kind, ScopeResolver resolver) { resolvers_[std::move(kind)] = std::move(resolver); }

std::vector<std::string> Router::unresolved_scopes() const {
  std::vector<std::string> out;
  for (const auto& route : routes_) {
    const auto& kind = route.rule.scope;
    if (!kind.empty() && !resolvers_.contains(kind)) out.emplace_back(kind);
  }
  return out;
}

Result<void> Router::authorize_route(const Route& route, Context& context) {
  const auto& request = context.request;
  // A live channel is a read, but a page of another site must not open one with the user's cookie.
  if ((request.is_state_changing() || request.is_websocket_upgrade()) && !same_origin(request)) {
    return std::unexpected(Error::denied("This request came from another site."));
  }
  if (route.rule.access == Access::public_route) return ok();

  SB_TRY(principal, identity_.authenticate(request.cookie(kSessionCookie), &context.session));
  context.principal = std::move(principal);

  if (request.is_state_changing() &&
      !constant_time_equal(request.header("x-csrf-token"), context.session.csrf_token)) {
    return std::unexpected(Error::denied("The security token (CSRF) is missing or wrong. Reload the page."));
  }
  if (route.rule.access == Access::signed_in) return ok();

  std::optional<Id> id;
  if (!context.params.empty()) {
    id = parse_id(context.params.front());
    if (!id) return std::unexpected(Error::not_found("Not found."));
  }
  SB_TRY(scope, route.rule.scope.empty() ? Result<Scope>(Scope::platform()) : cached_scope(route.rule.scope, *id));
  auto allowed = authorize(*context.principal, route.rule.action, scope);
  if (!allowed) {
    identity_.record_refusal(*context.principal, request.method + " " + http::redacted_path(request.path),
                             route.rule.action);
  }
  return allowed;
}

Result<Scope> Router::cached_scope(std::string_view kind, Id id) {
  const auto generation = services_.principals.generation();
  std::pair<std::string, Id> key{std::string(kind), id};
  {
    std::lock_guard lock(scopes_mutex_);
    auto it = scopes_.find(key);
    if (it != scopes_.end() && it->second.generation == generation) return it->second.scope;
  }
  auto resolver = resolvers_.find(kind);
  if (resolver == resolvers_.end()) return std::unexpected(Error::internal("No resolver for scope " + key.first));
  auto scope = read_value<Scope>(services_.store, [&](ReadTx& tx) { return resolver->second(tx, id); });
  if (scope) {
    std::lock_guard lock(scopes_mutex_);
    if (scopes_.size() > 100'000) scopes_.clear();
    scopes_[std::move(key)] = {*scope, generation};
  }
  return scope;
}

Result<http::Response> Router::gate_and_run(const Route& route, Context& context) {
  SB_CHECK(authorize_route(route, context));
  return route.handler(context);
}

http::Response Router::dispatch(http::Request& request) {
  if (request.is_state_changing() && !request.body.empty() && !is_json(request.header("content-type"))) {
    auto response = error_response(Error::invalid("", "Send the body as application/json."));
    response.status = 415;
    response.body = R"({"error":{"code":"unsupported_media_type","message":"Send the body as application/json.","field":""}})";
    return response;
  }
  if (!request.repeated_query.empty()) {
    return error_response(Error::invalid(request.repeated_query, "Send this query parameter once."));
  }
  bool path_known = false;
  const auto resource = third_segment(request.path);
  for (const auto& route : routes_) {
    if (!route.resource.empty() && route.resource != resource) continue;
    std::vector<std::string> params;
    if (!match(route.pattern, request.path, params)) continue;
    path_known = true;
    if (route.method != request.method) continue;
    Context context{request, services_, settings_, std::move(params), std::nullopt, {}};
    auto result = gate_and_run(route, context);
    if (!result) {
      if (result.error().code == ErrorCode::internal || result.error().code == ErrorCode::unavailable) {
        spdlog::error("{} {} failed: {}", request.method, http::redacted_path(request.path), result.error().message);
      }
      return error_response(result.error());
    }
    return std::move(*result);
  }
  if (path_known) {
    auto response = error_response(Error::invalid("", "This method is not allowed here."));
    response.status = 405;
    response.body = R"({"error":{"code":"method_not_allowed","message":"This method is not allowed here.","field":""}})";
    return response;
  }
  return error_response(Error::not_found("No such API route."));
}

}  // namespace sb::api
