// The lessons module's rows of uploaded materials (core/materials.h), a part of
// every unit of work of its own beside LessonReads/LessonWrites:
// lesson_materials(tx) hands it out. The bytes are not here but in the
// FileStore; a row names them by storage_key.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/lessons/core/materials.h"

namespace sb {

class LessonMaterialReads {
 public:
  virtual ~LessonMaterialReads() = default;
  virtual std::optional<LessonMaterial> find_material(Id id) = 0;
  // A design's materials, the oldest first.
  virtual std::vector<LessonMaterial> list_materials(Id design_id) = 0;
  // Whether a row names these stored bytes (the sweep keeps them).
  virtual bool material_key_known(std::string_view storage_key) = 0;
};

class LessonMaterialWrites : public LessonMaterialReads {
 public:
  // already_exists (field "file") when the storage key is named by another row.
  virtual Result<Id> insert_material(const LessonMaterial& material) = 0;
  // not_found when there is no such row.
  virtual Result<void> delete_material(Id id) = 0;
};

inline LessonMaterialReads& lesson_materials(ReadTx& tx) { return tx.part<LessonMaterialReads>(); }
inline LessonMaterialWrites& lesson_materials(WriteTx& tx) { return tx.part<LessonMaterialWrites>(); }

}  // namespace sb
