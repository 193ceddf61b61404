#include "modules/academy/api/academy_api.h"

#include <boost/json.hpp>

#include <map>

#include "modules/academy/api/academy_json.h"
#include "modules/academy/core/academy.h"
#include "modules/academy/core/store.h"
#include "server/api/json_io.h"

namespace sb::api {

std::string_view academy_openapi();  // generated from openapi.json

namespace {

namespace json = boost::json;

json::value mark_json(std::optional<AcademyMarkState> mark) {
  if (!mark) return nullptr;
  return json::string(to_string(*mark));
}

json::object module_json(const AcademyModule& m) {
  return {{"id", m.id}, {"position", m.position}, {"title", m.title}, {"summary", m.summary}};
}

json::object item_json(const AcademyItem& i) {
  return {{"id", i.id},
          {"module_id", i.module_id},
          {"position", i.position},
          {"title", i.title},
          {"minutes", i.minutes},
          {"video_url", i.video_url},
          {"steps", i.steps},
          {"updated_at", iso_time(i.updated_at)}};
}

json::object catalogue_json(const AcademyCatalogue& c) {
  std::map<Id, AcademyMarkState> marks;
  for (const auto& mark : c.marks) marks[mark.item_id] = mark.state;
  json::array modules;
  for (const auto& module : c.modules) {
    json::array items;
    int seen = 0;
    int done = 0;
    for (const auto& item : c.items) {
      if (item.module_id != module.id) continue;
      const auto found = marks.find(item.id);
      std::optional<AcademyMarkState> mark;
      if (found != marks.end()) mark = found->second;
      if (mark == AcademyMarkState::done) ++done;
      if (mark == AcademyMarkState::seen) ++seen;
      // The catalogue lists items without their step plans; the item's own route has them.
      items.push_back(json::object{{"id", item.id}, {"title", item.title}, {"minutes", item.minutes},
                                   {"video_url", item.video_url}, {"mark", mark_json(mark)}});
    }
    auto out = module_json(module);
    out["item_count"] = items.size();
    out["seen"] = seen;
    out["done"] = done;
    out["items"] = std::move(items);
    modules.push_back(std::move(out));
  }
  return {{"modules", std::move(modules)}};
}

json::object progress_json(const AcademySchoolProgress& p) {
  json::array modules;
  for (std::size_t i = 0; i < p.modules.size(); ++i) {
    modules.push_back(json::object{{"id", p.modules[i].id}, {"title", p.modules[i].title},
                                   {"item_count", p.items_per_module[i]}});
  }
  json::array teams;
  for (const auto& team : p.teams) {
    json::array shares;
    for (const auto& share : team.modules) {
      shares.push_back(json::object{{"module_id", share.module_id}, {"done", share.done},
                                    {"possible", share.possible}, {"percent", share.percent}});
    }
    teams.push_back(json::object{{"id", team.team_id}, {"name", team.name}, {"members", team.members},
                                 {"percent", team.percent}, {"modules", std::move(shares)}});
  }
  return {{"modules", std::move(modules)}, {"teams", std::move(teams)}};
}

// Academy content lives on the platform: a staff route's id names a module or an item that exists, or 404.
Result<Scope> platform_if(bool exists) {
  if (!exists) return std::unexpected(Error::not_found("Not found."));
  return Scope::platform();
}

void add_academy_routes(Router& router) {
  router.add_scope("academy_module", [](ReadTx& tx, Id id) { return platform_if(academy(tx).find_academy_module(id).has_value()); });
  router.add_scope("academy_item", [](ReadTx& tx, Id id) { return platform_if(academy(tx).find_academy_item(id).has_value()); });

  router.add("GET", "/api/v1/academy", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(catalogue, academy_catalogue(c.services, c.who()));
    return json_response(200, serialize(catalogue_json(catalogue)));
  });

  router.add("GET", "/api/v1/academy-items/{id}", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(page, academy_item_page(c.services, c.who(), path_id(c)));
    auto out = item_json(page.item);
    out["module"] = json::object{{"id", page.module.id}, {"title", page.module.title}};
    out["mark"] = mark_json(page.mark);
    out["previous_id"] = optional_id_json(page.previous);
    out["next_id"] = optional_id_json(page.next);
    return json_response(200, serialize(out));
  });

  router.add("PUT", "/api/v1/academy-items/{id}/mark", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(state, read_academy_mark(body));
    SB_TRY(stored, mark_academy_item(c.services, c.who(), path_id(c), state));
    return json_response(200, serialize(json::object{{"item_id", path_id(c)}, {"mark", mark_json(stored)}}));
  });

  const AccessRule staff{Access::scoped, Action::manage_academy};
  const AccessRule staff_module{Access::scoped, Action::manage_academy, "academy_module"};
  const AccessRule staff_item{Access::scoped, Action::manage_academy, "academy_item"};
  router.add("POST", "/api/v1/staff/academy-modules", staff, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(input, read_academy_module(body));
    SB_TRY(module, add_academy_module(c.services, c.who(), input));
    return json_response(201, serialize(module_json(module)));
  });

  router.add("PUT", "/api/v1/staff/academy-modules/{id}", staff_module, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(input, read_academy_module(body));
    SB_TRY(module, change_academy_module(c.services, c.who(), path_id(c), input));
    return json_response(200, serialize(module_json(module)));
  });

  router.add("POST", "/api/v1/staff/academy-modules/{id}/items", staff_module, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(input, read_academy_item(body));
    SB_TRY(item, add_academy_item(c.services, c.who(), path_id(c), input));
    return json_response(201, serialize(item_json(item)));
  });

  router.add("PUT", "/api/v1/staff/academy-items/{id}", staff_item, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(input, read_academy_item(body));
    SB_TRY(item, change_academy_item(c.services, c.who(), path_id(c), input));
    return json_response(200, serialize(item_json(item)));
  });

  router.add("DELETE", "/api/v1/staff/academy-items/{id}", staff_item, [](Context& c) -> Result<http::Response> {
    SB_CHECK(remove_academy_item(c.services, c.who(), path_id(c)));
    return no_content();
  });

  router.add("GET", "/api/v1/schools/{id}/academy-progress", {Access::scoped, Action::view_academy_progress, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(progress, academy_school_progress(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(progress_json(progress)));
             });
}

}  // namespace

ApiModule academy_api() { return {"academy", add_academy_routes, academy_openapi()}; }

}  // namespace sb::api
