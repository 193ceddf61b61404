// Serving the embedded web app: exact files with the best encoding the
// browser accepts (brotli, gzip, identity), ETag revalidation, immutable
// caching for hashed assets, and index.html for the app's own routes
// (paths without a file extension). Thread-safety: stateless.
#pragma once

#include "server/http/http_types.h"

namespace sb::assets {

http::Response serve_static(const http::Request& request);

}  // namespace sb::assets
