// The rules of uploaded materials: the type comes from the content, and the name must agree with it.
#include "modules/lessons/core/materials.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

// A zip local file header naming `entry` (stored, so `content` follows as is).
std::string zip_entry(std::string_view entry, std::string_view content) {
  std::string out("PK\x03\x04", 4);
  out += std::string(14, '\0');  // version, flags, method, time, date, crc
  auto le32 = [&](std::uint32_t v) { for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff); };
  auto le16 = [&](std::uint16_t v) { for (int i = 0; i < 2; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff); };
  le32(static_cast<std::uint32_t>(content.size()));
  le32(static_cast<std::uint32_t>(content.size()));
  le16(static_cast<std::uint16_t>(entry.size()));
  le16(0);
  out += entry;
  out += content;
  return out;
}

std::string type_of(const std::string& head) {
  auto type = sniff_material_type(head);
  return type ? std::string(type->content_type) : "refused";
}

TEST(MaterialTypes, AreDecidedByTheFirstBytes) {
  EXPECT_EQ(type_of("%PDF-1.7\n..."), "application/pdf");
  EXPECT_EQ(type_of(std::string("\x89PNG\r\n\x1a\n....", 12)), "image/png");
  EXPECT_EQ(type_of(std::string("\xff\xd8\xff\xe0..JFIF", 10)), "image/jpeg");
  EXPECT_EQ(type_of("GIF89a...."), "image/gif");
  EXPECT_EQ(type_of(std::string("\0\0\0\x20" "ftypisom\0\0\0\0", 16)), "video/mp4");
  EXPECT_EQ(type_of(std::string("\0\0\0\x14" "ftypqt  \0\0\0\0", 16)), "video/quicktime");
}

TEST(MaterialTypes, OfficeFilesByTheirParts) {
  EXPECT_EQ(type_of(zip_entry("[Content_Types].xml", "x") + zip_entry("word/document.xml", "x")),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_EQ(type_of(zip_entry("[Content_Types].xml", "x") + zip_entry("ppt/presentation.xml", "x")),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
  EXPECT_EQ(type_of(zip_entry("xl/workbook.xml", "x")), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(type_of(zip_entry("mimetype", "application/vnd.oasis.opendocument.text") + zip_entry("content.xml", "x")),
            "application/vnd.oasis.opendocument.text");
  EXPECT_EQ(type_of(zip_entry("mimetype", "application/vnd.oasis.opendocument.presentation")),
            "application/vnd.oasis.opendocument.presentation");
}

TEST(MaterialTypes, RefuseWhatTheyDoNotKnow) {
  EXPECT_EQ(type_of("<html><script>alert(1)</script>"), "refused");
  EXPECT_EQ(type_of("MZ\x90\x00 an executable"), "refused");
  EXPECT_EQ(type_of("plain text"), "refused");
  EXPECT_EQ(type_of(zip_entry("evil.exe", "x")), "refused") << "a zip that is no office file";
  EXPECT_EQ(type_of(zip_entry("mimetype", "application/epub+zip")), "refused");
  EXPECT_EQ(type_of(std::string("PK\x03\x04", 4)), "refused") << "a cut-off header reads nothing past the end";
  EXPECT_EQ(type_of(""), "refused");
}

TEST(MaterialNames, MustAgreeWithTheContent) {
  auto pdf = *sniff_material_type("%PDF-1.4");
  EXPECT_TRUE(check_material_extension("Werkblad breuken.PDF", pdf));
  auto refused = check_material_extension("werkblad.docx", pdf);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().reason, "unsupported_type");
  EXPECT_FALSE(check_material_extension("zonder-extensie", pdf));
}

TEST(MaterialNames, KeepOnlyTheFileName) {
  EXPECT_EQ(*clean_material_name("C:\\fakepath\\les 3.pdf"), "les 3.pdf");
  EXPECT_EQ(*clean_material_name("../../etc/passwd.pdf"), "passwd.pdf");
  EXPECT_FALSE(clean_material_name("   "));
  EXPECT_FALSE(clean_material_name(std::string(201, 'a')));
}

TEST(MaterialKeys, AreValidFileStoreKeys) {
  EXPECT_TRUE(is_valid_file_key(material_key(12, "0123abcd")));
  EXPECT_EQ(material_key(12, "0123abcd"), "lesson-designs/12/0123abcd");
}

}  // namespace
}  // namespace sb
