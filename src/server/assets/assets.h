// The built web app, embedded in the binary at build time (see
// embed_assets.mjs), each file with precompressed gzip and brotli copies.
// Files under /assets/ carry a content hash in their name and are served as
// immutable. Thread-safety: read-only data.
#pragma once

#include <span>
#include <string_view>

namespace sb::assets {

struct Asset {
  std::string_view path;  // e.g. "/index.html", "/assets/index-3f2a.js"
  std::string_view content_type;
  std::string_view identity;
  std::string_view gzip;    // empty when not worth compressing
  std::string_view brotli;  // likewise
  std::string_view etag;
  bool immutable;
};

std::span<const Asset> embedded_assets();

}  // namespace sb::assets
