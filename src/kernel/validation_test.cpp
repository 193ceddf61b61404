#include "kernel/validation.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

TEST(Validation, Utf8) {
  EXPECT_TRUE(is_valid_utf8("Jan de Vries – café"));
  EXPECT_FALSE(is_valid_utf8("\xC3"));              // truncated
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(Validation, NamesAreTrimmedAndBounded) {
  EXPECT_EQ(clean_name("name", "  Groep 5-6 ").value(), "Groep 5-6");
  EXPECT_EQ(clean_name("name", "   ").error().field, "name");
  EXPECT_FALSE(clean_name("name", std::string(201, 'a')).has_value());
  EXPECT_TRUE(clean_name("name", std::string(200, 'a')).has_value());
  // 200 two-byte characters are 200 characters, not 400.
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "é";
  EXPECT_TRUE(clean_name("name", accents).has_value());
  EXPECT_FALSE(clean_name("name", "a\x01" "b").has_value());
}

TEST(Validation, Email) {
  EXPECT_EQ(clean_email("email", " Sanne@School.NL ").value(), "sanne@school.nl");
  EXPECT_FALSE(clean_email("email", "sanne").has_value());
  EXPECT_FALSE(clean_email("email", "@school.nl").has_value());
  EXPECT_FALSE(clean_email("email", "sanne@school").has_value());
  EXPECT_FALSE(clean_email("email", "a@b@c.nl").has_value());
  EXPECT_FALSE(clean_email("email", "a b@c.nl").has_value());
}

TEST(Validation, Brin) {
  EXPECT_EQ(clean_brin("brin", "12ab").value(), "12AB");
  EXPECT_FALSE(clean_brin("brin", "1234").has_value());
  EXPECT_FALSE(clean_brin("brin", "12ABC").has_value());
}

TEST(Validation, Password) {
  EXPECT_FALSE(check_password("password", "short").has_value());
  EXPECT_TRUE(check_password("password", "long enough").has_value());
  EXPECT_FALSE(check_password("password", std::string(201, 'x')).has_value());
}


TEST(Validation, ARefusalSaysWhyAndNamesTheLimit) {
  const auto long_name = clean_name("name", std::string(201, 'x'));
  ASSERT_FALSE(long_name.has_value());
  EXPECT_EQ(long_name.error().field, "name");
  EXPECT_EQ(long_name.error().reason, "too_long");
  EXPECT_EQ(long_name.error().max, 200);
  const auto long_note = clean_text("notes", std::string(4001, 'x'), 4000, Required::no);
  EXPECT_EQ(long_note.error().reason, "too_long");
  EXPECT_EQ(long_note.error().max, 4000);
  EXPECT_EQ(clean_text("text", "  ", 500, Required::yes).error().reason, "required");
  EXPECT_EQ(clean_name("name", "a\x01b").error().reason, "invalid_characters");
  EXPECT_EQ(clean_email("email", "nobody").error().reason, "invalid_email");
  const auto short_password = check_password("password", "kort");
  EXPECT_EQ(short_password.error().reason, "too_short");
  EXPECT_EQ(short_password.error().min, 8);
}

TEST(Validation, AWebLinkIsHttpOrHttpsWithAHost) {
  EXPECT_EQ(clean_web_link("video_url", "  https://video.example.nl/a?b=1 ").value(), "https://video.example.nl/a?b=1");
  EXPECT_TRUE(clean_web_link("video_url", "http://example.nl").has_value());
  for (const char* bad : {"javascript:alert(1)", "data:text/html,x", "/relative", "https://", "https:///x",
                          "ftp://example.nl", "https://exa mple.nl", "HTTPS://EXAMPLE.NL"}) {
    const auto refused = clean_web_link("video_url", bad);
    ASSERT_FALSE(refused.has_value()) << bad;
    EXPECT_EQ(refused.error().field, "video_url");
  }
  EXPECT_EQ(clean_web_link("video_url", "javascript:alert(1)").error().reason, "not_a_link");
  EXPECT_EQ(clean_web_link("video_url", "https://x.nl/" + std::string(2000, 'a')).error().reason, "too_long");
}

}  // namespace
}  // namespace sb
