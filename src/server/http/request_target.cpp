#include "server/http/request_target.h"

#include <boost/url/parse.hpp>

#include "kernel/validation.h"

namespace sb::http {

void read_target(Request& request) {
  request.query.clear();
  request.repeated_query.clear();
  auto url = boost::urls::parse_origin_form(request.target);
  if (!url) {
    request.path = kInvalidTargetPath;
    return;
  }
  request.path = url->path();
  bool utf8 = is_valid_utf8(request.path);
  for (auto param : url->params()) {
    utf8 = utf8 && is_valid_utf8(param.key) && is_valid_utf8(param.value);
    if (!request.query.emplace(param.key, param.value).second && request.repeated_query.empty()) {
      request.repeated_query = param.key;
    }
  }
  // Every text of the API is UTF-8; bytes that are not would reach handlers and answers (which echo a
  // parameter's name) as text that is no JSON.
  if (!utf8) {
    request.path = kInvalidTargetPath;
    request.query.clear();
    request.repeated_query.clear();
  }
}

}  // namespace sb::http
