// ApiModule: what one module adds to the JSON API — its routes with their
// access rules, the resolvers that turn an id in a path into the scope the
// policy checks, and its part of the OpenAPI document. The composition root
// (cli/) lists the modules; the server knows none of them.
// Thread-safety: build the router once, then dispatch from any thread.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "server/api/router.h"

namespace sb::api {

struct ApiModule {
  std::string_view name;
  // Adds the module's routes (Router::add) and scope resolvers (Router::add_scope).
  std::function<void(Router&)> add_routes;
  // Its part of the OpenAPI document: {"paths": {...}, "components": {"schemas": {...}}}.
  std::string_view openapi;
};

// The API of these modules with the system routes (health, the OpenAPI
// document). A scope that a route names but no module resolves, or a path or
// schema that two modules document, is a programmer error: it throws.
std::unique_ptr<Router> make_api_router(Services& services, Identity& identity, ServerSettings settings,
                                        const std::vector<ApiModule>& modules);

// The OpenAPI document of these modules: the base (info, errors, system
// routes) with every module's paths and schemas, in module order.
std::string openapi_document(const std::vector<ApiModule>& modules);

}  // namespace sb::api
