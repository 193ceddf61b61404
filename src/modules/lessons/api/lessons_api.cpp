#include "modules/lessons/api/lessons_api.h"

#include "modules/lessons/api/routes.h"
#include "modules/lessons/core/designs.h"

namespace sb::api {

std::string_view lessons_openapi();  // generated from openapi.json

ApiModule lessons_api() {
  return {"lessons",
          [](Router& router) {
            router.add_scope("lesson_design", scope_of_design);
            router.add_scope("lesson_visit", scope_of_lesson_visit);
            add_designs_routes(router);
            add_visits_routes(router);
            add_materials_routes(router);
          },
          lessons_openapi()};
}

}  // namespace sb::api
