#include "server/assets/static_files.h"

#include <unordered_map>

#include "server/assets/assets.h"

namespace sb::assets {
namespace {

const Asset* find(std::string_view path) {
  static const auto index = [] {
    std::unordered_map<std::string_view, const Asset*> map;
    for (const auto& asset : embedded_assets()) map.emplace(asset.path, &asset);
    return map;
  }();
  auto it = index.find(path);
  return it == index.end() ? nullptr : it->second;
}

bool accepts(std::string_view accept_encoding, std::string_view coding) {
  return accept_encoding.find(coding) != std::string_view::npos;
}

http::Response not_found() {
  http::Response response;
  response.status = 404;
  response.body = R"({"error":{"code":"not_found","message":"Not found.","field":""}})";
  return response;
}

}  // namespace

http::Response serve_static(const http::Request& request) {
  if (request.method != "GET" && request.method != "HEAD") {
    http::Response response = not_found();
    response.status = 405;
    response.body =
        R"({"error":{"code":"method_not_allowed","message":"This method is not allowed here.","field":""}})";
    return response;
  }
  std::string_view path = request.path;
  // Only a path in origin form can be the web app's (a target that did not decode has none: http/request_target.h).
  if (!path.starts_with('/')) return not_found();
  const Asset* asset = find(path == "/" ? "/index.html" : path);
  bool app_route = false;
  if (!asset) {
    const auto last = path.substr(path.rfind('/') + 1);
    // A path without an extension is one of the web app's own routes.
    if (last.find('.') != std::string_view::npos || path.starts_with("/assets/")) return not_found();
    asset = find("/index.html");
    app_route = true;
    if (!asset) return not_found();
  }
  http::Response response;
  response.content_type = std::string(asset->content_type);
  response.set_header("ETag", std::string(asset->etag));
  response.set_header("Vary", "Accept-Encoding");
  response.set_header("Cache-Control", asset->immutable ? "public, max-age=31536000, immutable" : "no-cache");
  (void)app_route;
  if (request.header("if-none-match") == asset->etag) {
    response.status = 304;
    response.content_type.clear();
    return response;
  }
  const auto accept = request.header("accept-encoding");
  std::string_view body = asset->identity;
  if (!asset->brotli.empty() && accepts(accept, "br")) {
    body = asset->brotli;
    response.set_header("Content-Encoding", "br");
  } else if (!asset->gzip.empty() && accepts(accept, "gzip")) {
    body = asset->gzip;
    response.set_header("Content-Encoding", "gzip");
  }
  response.shared_body.bytes = body;  // embedded: static storage, nothing to own
  return response;
}

}  // namespace sb::assets
