#include "modules/trajectory/api/trajectory_api.h"

#include "modules/trajectory/api/fee_routes.h"
#include "modules/trajectory/api/meeting_routes.h"
#include "modules/trajectory/api/trajectory_routes.h"
#include "modules/trajectory/api/visit_routes.h"

namespace sb::api {

std::string_view trajectory_openapi();  // generated from openapi.json

ApiModule trajectory_api() {
  return {"trajectory",
          [](Router& router) {
            add_trajectory_routes(router);
            add_fee_routes(router);
            add_visit_routes(router);
            add_meeting_routes(router);
          },
          trajectory_openapi()};
}

}  // namespace sb::api
