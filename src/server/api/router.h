// Router: the table of every API route, each with the access rule it must
// pass before its handler runs. dispatch() is the gate — the one place where
// every HTTP request is authenticated, checked for CSRF and origin, and
// authorised through core's policy — so a handler only ever runs for a caller
// who may call it. A route cannot be added without a rule, and the API tests
// walk this table (via the OpenAPI document it is checked against) to prove
// that a user of another school is refused everywhere.
//
// Thread-safety: build once, then dispatch() from any thread.
#pragma once

#include <boost/json/value.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/ports/identity.h"
#include "kernel/services.h"
#include "server/http/http_types.h"

namespace sb::api {

enum class Access {
  public_route,  // anyone, signed in or not
  signed_in,     // any signed-in user; the handler filters what they see
  scoped,        // a signed-in user allowed `action` on the thing named by the path
};

// A scoped route names what the first {id} in its path is ("team", "item",
// ...): a kind whose resolver a module registered with add_scope(). Without
// a kind the rule is checked against the platform.
struct AccessRule {
  Access access = Access::scoped;
  Action action = Action::administer_platform;
  std::string_view scope = {};
};

// Where the thing with this id lives, read in the caller's unit of work; not_found when there is none.
using ScopeResolver = std::function<Result<Scope>(ReadTx&, Id)>;

struct ServerSettings {
  bool secure_cookies = false;  // set when served behind TLS
};

// What a handler receives: the request, its path parameters and, for
// non-public routes, the authenticated caller.
struct Context {
  http::Request& request;
  Services& services;
  const ServerSettings& settings;
  std::vector<std::string> params;
  std::optional<Principal> principal;
  Session session;

  const Principal& who() const { return *principal; }
};

using RouteHandler = std::function<Result<http::Response>(Context&)>;

struct Route {
  std::string method;
  std::string pattern;  // e.g. "/api/v1/schools/{id}/teams"
  AccessRule rule;
  RouteHandler handler;
  bool streamed = false;  // its body arrives as request.body_stream (an upload), see add_streamed
  // The pattern's third segment ("schools" of "/api/v1/schools/{id}") when it is literal, else empty: a path
  // whose third segment differs cannot match, which dispatch tests first (one comparison, not a parse).
  std::string resource = {};
};

class Router {
 public:
  Router(Services& services, Identity& identity, ServerSettings settings)
      : services_(services), identity_(identity), settings_(settings) {}

  void add(std::string method, std::string pattern, AccessRule rule, RouteHandler handler);
  // A route whose body is a file: the listener streams it to a temporary file (up to the upload limit)
  // and the handler reads it from request.body_stream, so it is never whole in memory.
  void add_streamed(std::string method, std::string pattern, AccessRule rule, RouteHandler handler);
  bool streams_body(std::string_view method, std::string_view path) const;
  void add_scope(std::string kind, ScopeResolver resolver);
  const std::vector<Route>& routes() const { return routes_; }
  // The scope kinds that routes name but no module resolves; empty when the table is whole.
  std::vector<std::string> unresolved_scopes() const;
  Services& services() { return services_; }

  // Requests under /api/; the response is always JSON.
  http::Response dispatch(http::Request& request);

 private:
  Result<http::Response> gate_and_run(const Route& route, Context& context);
  Result<void> authorize_route(const Route& route, Context& context);

  Result<Scope> cached_scope(std::string_view kind, Id id);

  Services& services_;
  Identity& identity_;
  ServerSettings settings_;
  std::vector<Route> routes_;
  std::map<std::string, ScopeResolver, std::less<>> resolvers_;

  // Where a school, team or board entity lives hardly ever changes: the gate
  // remembers it per organisation generation (see PrincipalCache), so a read
  // costs no query for it. A deleted entity's stale entry only leads its use
  // case to answer 404.
  struct ScopeEntry {
    Scope scope;
    std::uint64_t generation = 0;
  };
  std::mutex scopes_mutex_;
  std::map<std::pair<std::string, Id>, ScopeEntry, std::less<>> scopes_;
};

// Helpers for handlers.
http::Response json_response(int status, std::string body);
http::Response no_content();
http::Response error_response(const Error& error);
// A refusal that also carries `current`: the entity it is about as it is now, or null when there is none.
http::Response error_response(const Error& error, boost::json::value current);
// The id of a scoped route's path (its first {id}), which the gate has already parsed and resolved.
Id path_id(const Context& c);
std::string session_cookie(const std::string& token, const ServerSettings& settings);
std::string cleared_session_cookie(const ServerSettings& settings);
inline constexpr const char* kSessionCookie = "sb_session";

}  // namespace sb::api
