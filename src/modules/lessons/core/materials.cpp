#include "modules/lessons/core/materials.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "kernel/validation.h"
#include "modules/lessons/core/designs.h"
#include "modules/lessons/core/materials_store.h"
#include "modules/lessons/core/store.h"

namespace sb {
namespace {

constexpr UnixTime kOrphanAge = 3600;

std::uint32_t little16(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 8;
}

std::uint32_t little32(std::string_view bytes, std::size_t at) { return little16(bytes, at) | little16(bytes, at + 2) << 16; }

constexpr std::string_view kZipEntry("PK\x03\x04", 4);

// Office documents are zip archives. OpenDocument stores its type first, uncompressed, as the entry
// "mimetype"; Office Open XML names its parts word/…, ppt/… or xl/…, whose names stand in the local
// headers uncompressed (the content is deflated).
std::optional<MaterialType> sniff_zip(std::string_view head) {
  if (head.size() >= 30 && little16(head, 26) == 8 && head.substr(30, 8) == "mimetype") {
    const std::size_t start = 30 + 8 + little16(head, 28);
    const std::size_t length = little32(head, 22);
    if (start + length <= head.size()) {
      const auto mime = head.substr(start, length);
      if (mime == "application/vnd.oasis.opendocument.text") return MaterialType{"application/vnd.oasis.opendocument.text", {"odt"}};
      if (mime == "application/vnd.oasis.opendocument.presentation") return MaterialType{"application/vnd.oasis.opendocument.presentation", {"odp"}};
      if (mime == "application/vnd.oasis.opendocument.spreadsheet") return MaterialType{"application/vnd.oasis.opendocument.spreadsheet", {"ods"}};
    }
    return std::nullopt;
  }
  for (std::size_t at = head.find(kZipEntry); at != std::string_view::npos && at + 30 <= head.size();
       at = head.find(kZipEntry, at + 4)) {
    const std::size_t name_length = little16(head, at + 26);
    if (at + 30 + name_length > head.size()) break;
    const auto name = head.substr(at + 30, name_length);
    if (name.starts_with("word/")) {
      return MaterialType{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", {"docx"}};
    }
    if (name.starts_with("ppt/")) {
      return MaterialType{"application/vnd.openxmlformats-officedocument.presentationml.presentation", {"pptx"}};
    }
    if (name.starts_with("xl/")) {
      return MaterialType{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {"xlsx"}};
    }
  }
  return std::nullopt;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The first bytes (already read to decide the type), then the rest of the body.
class HeadThenRest final : public ByteSource {
 public:
  HeadThenRest(std::string_view head, ByteSource& rest) : head_(head), rest_(rest) {}
  Result<std::size_t> read(char* into, std::size_t max) override {
    if (!head_.empty()) {
      const auto n = std::min(max, head_.size());
      head_.copy(into, n);
      head_.remove_prefix(n);
      return n;
    }
    return rest_.read(into, max);
  }

 private:
  std::string_view head_;
  ByteSource& rest_;
};

Result<std::string> read_head(ByteSource& body) {
  std::string head(kSniffBytes, '\0');
  std::size_t filled = 0;
  while (filled < head.size()) {
    SB_TRY(n, body.read(head.data() + filled, head.size() - filled));
    if (n == 0) break;
    filled += n;
  }
  head.resize(filled);
  return head;
}

Error unsupported(std::string message) {
  return Error::invalid("file", std::move(message)).because("unsupported_type");
}

Result<Scope> check(ReadTx& tx, const Principal& who, Action action, Id design_id) {
  SB_TRY(scope, scope_of_design(tx, design_id));
  SB_CHECK(authorize(who, action, scope));
  return scope;
}

Result<LessonMaterial> material_of(ReadTx& tx, Id design_id, Id material_id) {
  auto material = lesson_materials(tx).find_material(material_id);
  if (!material || material->design_id != design_id) return std::unexpected(Error::not_found("No such material."));
  return *material;
}

FileStore* file_store(Services& s) { return sb::file_store(s.modules); }

}  // namespace

std::optional<MaterialType> sniff_material_type(std::string_view head) {
  if (head.starts_with("%PDF-")) return MaterialType{"application/pdf", {"pdf"}};
  if (head.starts_with(std::string_view("\x89PNG\r\n\x1a\n", 8))) return MaterialType{"image/png", {"png"}};
  if (head.starts_with(std::string_view("\xff\xd8\xff", 3))) return MaterialType{"image/jpeg", {"jpg", "jpeg"}};
  if (head.starts_with("GIF87a") || head.starts_with("GIF89a")) return MaterialType{"image/gif", {"gif"}};
  if (head.size() >= 12 && head.substr(4, 4) == "ftyp") {
    if (head.substr(8, 4) == "qt  ") return MaterialType{"video/quicktime", {"mov"}};
    return MaterialType{"video/mp4", {"mp4", "m4v"}};
  }
  if (head.starts_with(kZipEntry)) return sniff_zip(head);
  return std::nullopt;
}

Result<std::string> clean_material_name(std::string_view name) {
  // Only the last part of a path: a browser may send C:\fakepath\name.pdf.
  const auto slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name = name.substr(slash + 1);
  SB_TRY(clean, clean_name("name", name, kMaxNameLength));
  if (clean == "." || clean == "..") return std::unexpected(Error::invalid("name", "Give the file a name."));
  return clean;
}

Result<void> check_material_extension(std::string_view name, const MaterialType& type) {
  const auto dot = name.rfind('.');
  const auto extension = dot == std::string_view::npos ? std::string() : lower(name.substr(dot + 1));
  if (std::find(type.extensions.begin(), type.extensions.end(), extension) == type.extensions.end()) {
    return std::unexpected(unsupported("The file's name does not match its content (" + std::string(type.content_type) + ")."));
  }
  return ok();
}

std::string material_key(Id design_id, std::string_view random_hex) {
  return std::string(kMaterialKeyPrefix) + std::to_string(design_id) + "/" + std::string(random_hex);
}

Result<LessonMaterial> upload_material(Services& s, const Principal& who, Id design_id, std::string_view name,
                                       ByteSource& body) {
  SB_CHECK(read_value<Scope>(s.store, [&](ReadTx& tx) { return check(tx, who, Action::edit_lessons, design_id); }));
  SB_TRY(clean_name, clean_material_name(name));
  SB_TRY(head, read_head(body));
  if (head.empty()) return std::unexpected(Error::invalid("file", "The file is empty.").because("required"));
  auto type = sniff_material_type(head);
  if (!type) {
    return std::unexpected(unsupported("Upload a pdf, docx, pptx, xlsx, odt, odp, ods, png, jpeg, gif or mp4 file."));
  }
  SB_CHECK(check_material_extension(clean_name, *type));
  auto* files = file_store(s);
  if (!files) return std::unexpected(Error::internal("No file store is configured."));

  // The bytes first, durable, under a fresh key; then the row in one unit of work.
  const auto key = material_key(design_id, s.secrets.hash_token(s.secrets.new_token()).substr(0, 32));
  HeadThenRest all(head, body);
  SB_TRY(bytes, files->put(key, all));
  auto stored = write_value<LessonMaterial>(s.store, [&](WriteTx& tx) -> Result<LessonMaterial> {
    SB_TRY(scope, check(tx, who, Action::edit_lessons, design_id));
    if (lesson_materials(tx).list_materials(design_id).size() >= kMaxMaterialsPerDesign) {
      return std::unexpected(Error{ErrorCode::resource_exhausted, "A design holds at most 30 files.", "file"}.because(
          "too_many", std::nullopt, static_cast<double>(kMaxMaterialsPerDesign)));
    }
    LessonMaterial material;
    material.design_id = design_id;
    material.team_id = scope.team_id.value_or(0);
    material.name = clean_name;
    material.content_type = std::string(type->content_type);
    material.bytes = bytes;
    material.storage_key = key;
    material.uploaded_by = who.user.id;
    material.uploaded_at = s.clock.now();
    SB_TRY(id, lesson_materials(tx).insert_material(material));
    auto row = lesson_materials(tx).find_material(id);
    if (!row) return std::unexpected(Error::internal("The material was not stored."));
    return *row;
  });
  // Nothing names the bytes when the unit of work failed: they go at once (or else with the sweep).
  if (!stored) (void)files->remove(key);
  return stored;
}

Result<std::vector<LessonMaterial>> list_materials(Services& s, const Principal& who, Id design_id) {
  return read_value<std::vector<LessonMaterial>>(s.store, [&](ReadTx& tx) -> Result<std::vector<LessonMaterial>> {
    SB_CHECK(drop_value(check(tx, who, Action::view_lessons, design_id)));
    return lesson_materials(tx).list_materials(design_id);
  });
}

Result<MaterialDownload> open_material(Services& s, const Principal& who, Id design_id, Id material_id) {
  SB_TRY(material, read_value<LessonMaterial>(s.store, [&](ReadTx& tx) -> Result<LessonMaterial> {
    SB_CHECK(drop_value(check(tx, who, Action::view_lessons, design_id)));
    return material_of(tx, design_id, material_id);
  }));
  auto* files = file_store(s);
  if (!files) return std::unexpected(Error::internal("No file store is configured."));
  auto bytes = files->open(material.storage_key);
  if (!bytes) {
    // A row without its bytes is damage, not the caller's doing: say so in the log.
    if (bytes.error().code == ErrorCode::not_found) return std::unexpected(Error::internal("The stored file is missing: " + material.storage_key));
    return std::unexpected(bytes.error());
  }
  return MaterialDownload{std::move(material), std::move(*bytes)};
}

Result<void> remove_material(Services& s, const Principal& who, Id design_id, Id material_id) {
  SB_TRY(material, write_value<LessonMaterial>(s.store, [&](WriteTx& tx) -> Result<LessonMaterial> {
    SB_CHECK(drop_value(check(tx, who, Action::edit_lessons, design_id)));
    SB_TRY(found, material_of(tx, design_id, material_id));
    SB_CHECK(lesson_materials(tx).delete_material(material_id));
    return found;
  }));
  // The row is gone for good; bytes that fail to go now are an orphan the sweep removes.
  if (auto* files = file_store(s)) (void)files->remove(material.storage_key);
  return ok();
}

Result<std::size_t> sweep_orphan_materials(Services& s, UnixTime now) {
  auto* files = file_store(s);
  if (!files) return std::size_t{0};
  std::vector<std::string> old_keys;
  for (const auto& file : files->list(kMaterialKeyPrefix)) {
    if (now - file.modified_at >= kOrphanAge) old_keys.push_back(file.key);
  }
  if (old_keys.empty()) return std::size_t{0};
  SB_TRY(orphans, read_value<std::vector<std::string>>(s.store, [&](ReadTx& tx) -> Result<std::vector<std::string>> {
    std::vector<std::string> out;
    for (const auto& key : old_keys) {
      if (!lesson_materials(tx).material_key_known(key)) out.push_back(key);
    }
    return out;
  }));
  std::size_t removed = 0;
  for (const auto& key : orphans) {
    if (files->remove(key)) ++removed;
  }
  return removed;
}

PeriodicJob lesson_material_sweep_job() {
  return {"lesson material sweep", 3600, [](Services& s) -> Result<std::string> {
            SB_TRY(removed, sweep_orphan_materials(s, s.clock.now()));
            if (removed == 0) return std::string();
            return "removed " + std::to_string(removed) + " orphaned lesson material file(s)";
          }};
}

}  // namespace sb
