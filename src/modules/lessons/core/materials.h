// The uploaded materials of a lesson design (issue 12 point 1): files a team's
// teachers add to a design beside its links — a worksheet (pdf, docx, odt), a
// presentation (pptx, odp), a spreadsheet (xlsx, ods), a picture (png, jpeg,
// gif) or a short video (mp4). The bytes live in the FileStore port
// (kernel/ports/file_store.h), the row that names them in the lessons store;
// access is exactly the design's: its team reads (view_lessons), its teachers
// add and remove (edit_lessons).
//
// An upload: the type is decided by the file's first bytes (never by its name
// alone, and the name's extension must agree), the bytes are streamed to the
// file store under a fresh key, and then one unit of work checks the design
// again and writes the row. When that unit of work fails, the stored bytes are
// removed; when the process dies between the two, the sweep job removes the
// orphan an hour later. Removing a material deletes the row in a unit of work
// and then the bytes.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/jobs.h"
#include "kernel/policy.h"
#include "kernel/ports/file_store.h"
#include "kernel/services.h"

namespace sb {

// What a file is, by its content.
struct MaterialType {
  std::string_view content_type;                 // as sent when it is downloaded
  std::vector<std::string_view> extensions;      // the names it may carry, lower case, without dot
};

// The type of a file from its first bytes (at least the first kSniffBytes, or all of a smaller file), or
// nothing for a type we do not take. Office files are zip archives: the names of their parts decide.
inline constexpr std::size_t kSniffBytes = 64 * 1024;
std::optional<MaterialType> sniff_material_type(std::string_view head);

// A file's name as shown and offered for download: trimmed, no folders, no control characters, at most
// 200 characters; invalid_argument on field "name" otherwise.
Result<std::string> clean_material_name(std::string_view name);
// Checks that the name's extension is one of the type's; unsupported_type (415) otherwise.
Result<void> check_material_extension(std::string_view name, const MaterialType& type);

struct LessonMaterial {
  Id id = 0;
  Id design_id = 0;
  Id team_id = 0;
  std::string name;
  std::string content_type;
  std::uint64_t bytes = 0;
  std::string storage_key;  // where the FileStore keeps it; never shown
  Id uploaded_by = 0;
  std::string uploaded_by_name;
  UnixTime uploaded_at = 0;
};

inline constexpr std::size_t kMaxMaterialsPerDesign = 30;

// Stores the body as a material of the design. `name` is the file's name as the teacher chose it.
Result<LessonMaterial> upload_material(Services& s, const Principal& who, Id design_id, std::string_view name,
                                       ByteSource& body);
Result<std::vector<LessonMaterial>> list_materials(Services& s, const Principal& who, Id design_id);

// A material to download: its row and its bytes, opened for reading.
struct MaterialDownload {
  LessonMaterial material;
  std::unique_ptr<ByteSource> bytes;
};
Result<MaterialDownload> open_material(Services& s, const Principal& who, Id design_id, Id material_id);
Result<void> remove_material(Services& s, const Principal& who, Id design_id, Id material_id);

// The key of a new material's bytes; a random part keeps keys unguessable and never reused.
std::string material_key(Id design_id, std::string_view random_hex);
inline constexpr std::string_view kMaterialKeyPrefix = "lesson-designs/";

// The job "lesson material sweep" (hourly): removes stored bytes that no row names and that are older than
// an hour — what a failed or interrupted upload left behind.
PeriodicJob lesson_material_sweep_job();
// The sweep itself, at `now`: returns how many files it removed.
Result<std::size_t> sweep_orphan_materials(Services& s, UnixTime now);

}  // namespace sb
