#include "server/http/request_target.h"

#include <boost/url/parse.hpp>

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
  for (auto param : url->params()) {
    if (!request.query.emplace(param.key, param.value).second && request.repeated_query.empty()) {
      request.repeated_query = param.key;
    }
  }
}

}  // namespace sb::http
