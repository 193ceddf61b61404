// A lesson design's uploaded materials: the list, an upload (the raw file as the body, streamed by the listener
// to a temporary file and from there to the file store, never whole in memory), a download with its type and
// name, and a removal. Access is the design's: its team reads, its teachers add and remove.
#include <boost/json.hpp>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include "modules/lessons/api/routes.h"
#include "modules/lessons/core/materials.h"
#include "server/api/json_io.h"

namespace sb::api {
namespace {

namespace json = boost::json;

json::object to_json(const LessonMaterial& m) {
  return {{"id", m.id},
          {"design_id", m.design_id},
          {"name", m.name},
          {"content_type", m.content_type},
          {"bytes", m.bytes},
          {"uploaded_by", m.uploaded_by},
          {"uploaded_by_name", m.uploaded_by_name},
          {"uploaded_at", m.uploaded_at}};
}

// The {material_id} of /lesson-designs/{id}/materials/{material_id}.
Result<Id> material_id(const Context& c) {
  auto id = parse_id(c.params.at(1));
  if (!id) return std::unexpected(Error::not_found("No such material."));
  return *id;
}

// RFC 6266: an ASCII fallback name and the real one percent-encoded (RFC 8187), so Dutch names survive.
std::string content_disposition(std::string_view name) {
  std::string fallback;  // one '_' per character outside printable ASCII (continuation bytes are skipped)
  for (unsigned char c : name) {
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') fallback += static_cast<char>(c);
    else if ((c & 0xC0) != 0x80) fallback += '_';
  }
  return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" +
         boost::urls::encode(name, boost::urls::unreserved_chars);
}

}  // namespace

void add_materials_routes(Router& router) {
  router.add("GET", "/api/v1/lesson-designs/{id}/materials", {Access::scoped, Action::view_lessons, "lesson_design"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(materials, list_materials(c.services, c.who(), path_id(c)));
               json::array list;
               for (const auto& m : materials) list.push_back(to_json(m));
               auto* files = file_store(c.services.modules);
               const auto limit = files ? files->max_file_bytes() : 0;
               return json_response(200, serialize(json::object{{"materials", std::move(list)},
                                                                {"max_bytes", limit},
                                                                {"max_count", kMaxMaterialsPerDesign}}));
             });

  // The body is the file itself; its name travels in ?name= (percent-encoded, so any name fits).
  router.add_streamed("POST", "/api/v1/lesson-designs/{id}/materials", {Access::scoped, Action::edit_lessons, "lesson_design"},
                      [](Context& c) -> Result<http::Response> {
                        auto name = c.request.query.find("name");
                        if (name == c.request.query.end()) return std::unexpected(Error::required("name"));
                        if (!c.request.body_stream) {
                          return std::unexpected(Error::invalid("file", "Send the file as the request body.").because("required"));
                        }
                        SB_TRY(material, upload_material(c.services, c.who(), path_id(c), name->second, *c.request.body_stream));
                        return json_response(201, serialize(to_json(material)));
                      });

  router.add("GET", "/api/v1/lesson-designs/{id}/materials/{material_id}", {Access::scoped, Action::view_lessons, "lesson_design"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(id, material_id(c));
               SB_TRY(download, open_material(c.services, c.who(), path_id(c), id));
               http::Response response;
               response.content_type = download.material.content_type;
               response.body_source = std::move(download.bytes);
               response.source_bytes = download.material.bytes;
               response.set_header("Content-Disposition", content_disposition(download.material.name));
               response.set_header("Cache-Control", "private, no-store");
               return response;
             });

  router.add("DELETE", "/api/v1/lesson-designs/{id}/materials/{material_id}", {Access::scoped, Action::edit_lessons, "lesson_design"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(id, material_id(c));
               SB_CHECK(remove_material(c.services, c.who(), path_id(c), id));
               return no_content();
             });
}

}  // namespace sb::api
