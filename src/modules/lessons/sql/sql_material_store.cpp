#include "modules/lessons/sql/sql_material_store.h"

namespace sb::sql {
namespace {

// A literal, so each statement's SQL text is one string (the statement cache is keyed by it).
#define SB_MATERIAL_SELECT                                                                                       \
  "SELECT m.id, m.design_id, m.team_id, m.name, m.content_type, m.bytes, m.storage_key, m.uploaded_by, u.name, " \
  "m.uploaded_at FROM lesson_materials m JOIN users u ON u.id = m.uploaded_by "

LessonMaterial material_from(const Statement& q) {
  LessonMaterial m;
  m.id = q.integer(0);
  m.design_id = q.integer(1);
  m.team_id = q.integer(2);
  m.name = q.text(3);
  m.content_type = q.text(4);
  m.bytes = static_cast<std::uint64_t>(q.integer(5));
  m.storage_key = q.text(6);
  m.uploaded_by = q.integer(7);
  m.uploaded_by_name = q.text(8);
  m.uploaded_at = q.integer(9);
  return m;
}

}  // namespace

std::optional<LessonMaterial> SqlMaterialStore::find_material(Id id) {
  auto q = db_.prepare(SB_MATERIAL_SELECT "WHERE m.id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return material_from(q);
}

std::vector<LessonMaterial> SqlMaterialStore::list_materials(Id design_id) {
  auto q = db_.prepare(SB_MATERIAL_SELECT "WHERE m.design_id = ? ORDER BY m.id");
  q.bind(1, design_id);
  std::vector<LessonMaterial> out;
  while (q.step()) out.push_back(material_from(q));
  return out;
}

bool SqlMaterialStore::material_key_known(std::string_view storage_key) {
  auto q = db_.prepare("SELECT 1 FROM lesson_materials WHERE storage_key = ?");
  q.bind(1, storage_key);
  return q.step();
}

Result<Id> SqlMaterialStore::insert_material(const LessonMaterial& m) {
  auto q = db_.prepare(
      "INSERT INTO lesson_materials (design_id, team_id, name, content_type, bytes, storage_key, uploaded_by, "
      "uploaded_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, m.design_id).bind(2, m.team_id).bind(3, m.name).bind(4, m.content_type);
  q.bind(5, static_cast<std::int64_t>(m.bytes)).bind(6, m.storage_key).bind(7, m.uploaded_by).bind(8, m.uploaded_at);
  return insert_returning_id(q, "file");
}

Result<void> SqlMaterialStore::delete_material(Id id) {
  if (!find_material(id)) return std::unexpected(Error::not_found("No such material."));
  auto q = db_.prepare("DELETE FROM lesson_materials WHERE id = ?");
  q.bind(1, id);
  return q.run();
}

}  // namespace sb::sql
