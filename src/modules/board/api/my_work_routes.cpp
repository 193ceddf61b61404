// Mijn acties: the caller's own open actions and raised obstacles across all
// their teams (docs/API.md, "My work").
#include <boost/json.hpp>

#include "modules/board/api/board_json.h"
#include "modules/board/api/routes.h"
#include "modules/board/core/my_work.h"
#include "server/api/json_io.h"

namespace sb::api {

namespace json = boost::json;

void add_my_work_routes(Router& router) {
  // Signed in, not scoped: it reads only the caller's own items, in teams where the caller holds a role.
  router.add("GET", "/api/v1/me/work", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(work, my_work(c.services, c.who()));
    json::array actions;
    for (const auto& a : work.actions) {
      auto item = to_json(a.item);
      item["team_name"] = a.team_name;
      item["school_name"] = a.school_name;
      item["overdue"] = a.overdue;
      actions.push_back(std::move(item));
    }
    json::array obstacles;
    for (const auto& o : work.obstacles) {
      auto item = to_json(o.item);
      item["team_name"] = o.team_name;
      item["school_name"] = o.school_name;
      obstacles.push_back(std::move(item));
    }
    return json_response(200, serialize(json::object{
                                  {"today", work.today}, {"actions", std::move(actions)}, {"obstacles", std::move(obstacles)}}));
  });
}

}  // namespace sb::api
