#include "server/api/module_api.h"

#include <boost/json.hpp>

#include <stdexcept>

#include "server/api/json_io.h"

namespace sb::api {

std::string_view openapi_base_document();  // generated from openapi_base.json

namespace {

namespace json = boost::json;

// Copies each member of `from` into `into`; a name already there is a programmer error.
void merge_unique(json::object& into, const json::object& from, std::string_view what, std::string_view module) {
  for (const auto& [name, value] : from) {
    if (into.contains(name)) {
      throw std::logic_error("module " + std::string(module) + " documents " + std::string(what) + " " +
                             std::string(name) + " again");
    }
    into[name] = value;
  }
}

void add_system_routes(Router& router, std::string document) {
  router.add("GET", "/api/v1/health", {Access::public_route}, [](Context&) -> Result<http::Response> {
    return json_response(200, R"({"status":"ok","version":")" SAMENBETER_VERSION R"("})");
  });
  router.add("GET", "/api/v1/openapi.json", {Access::public_route},
             [document = std::move(document)](Context&) -> Result<http::Response> {
               return json_response(200, document);
             });
}

}  // namespace

std::string openapi_document(const std::vector<ApiModule>& modules) {
  auto document = json::parse(openapi_base_document()).as_object();
  auto& paths = document["paths"].as_object();
  auto& schemas = document["components"].as_object()["schemas"].as_object();
  for (const auto& module : modules) {
    const auto fragment = json::parse(module.openapi).as_object();
    merge_unique(paths, fragment.at("paths").as_object(), "path", module.name);
    if (const auto* components = fragment.if_contains("components")) {
      merge_unique(schemas, components->as_object().at("schemas").as_object(), "schema", module.name);
    }
  }
  return serialize(document);
}

std::unique_ptr<Router> make_api_router(Services& services, Identity& identity, ServerSettings settings,
                                        const std::vector<ApiModule>& modules) {
  auto router = std::make_unique<Router>(services, identity, settings);
  add_system_routes(*router, openapi_document(modules));
  for (const auto& module : modules) module.add_routes(*router);
  if (auto missing = router->unresolved_scopes(); !missing.empty()) {
    throw std::logic_error("no module resolves the scope \"" + missing.front() + "\"");
  }
  return router;
}

}  // namespace sb::api
