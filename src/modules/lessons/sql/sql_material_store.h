// The rows of a lesson design's uploaded materials in SQL (LessonMaterialWrites,
// core/materials_store.h), over the unit of work's connection. Made once per
// connection by lessons_sql().
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/lessons/core/materials_store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlMaterialStore final : public LessonMaterialWrites, Part {
 public:
  explicit SqlMaterialStore(Connection& connection) : Part(connection) {}

  std::optional<LessonMaterial> find_material(Id id) override;
  std::vector<LessonMaterial> list_materials(Id design_id) override;
  bool material_key_known(std::string_view storage_key) override;
  Result<Id> insert_material(const LessonMaterial& material) override;
  Result<void> delete_material(Id id) override;
};

}  // namespace sb::sql
