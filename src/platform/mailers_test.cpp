// The message the SMTP mailer sends: plain text, or multipart with attachments.
#include "platform/mailers.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

TEST(MailMessage, APlainMailIsOneTextPartWithAnEncodedSubject) {
  const std::string text = message_text("SamenBeter <noreply@school.nl>",
                                        Mail{.to = "sanne@school.nl", .subject = "Actie één", .body = "Hallo"});
  EXPECT_NE(text.find("To: <sanne@school.nl>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Subject: =?UTF-8?B?QWN0aWUgw6nDqW4=?=\r\n"), std::string::npos);  // "Actie één"
  EXPECT_NE(text.find("Content-Type: text/plain; charset=UTF-8\r\n\r\nHallo\r\n"), std::string::npos);
  EXPECT_EQ(text.find("multipart"), std::string::npos);
}

TEST(MailMessage, AttachmentsMakeAMultipartMessageWithEachFileInBase64) {
  Mail mail{.to = "karin@school.nl", .subject = "Bevestiging", .body = "Tot dan!"};
  mail.attachments.push_back({.file_name = "sessies.ics", .content_type = "text/calendar; method=PUBLISH",
                              .content = std::string(100, 'x')});
  const std::string text = message_text("noreply@school.nl", mail);
  EXPECT_NE(text.find("Content-Type: multipart/mixed; boundary=\"=_samenbeter_part_boundary\"\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Type: text/calendar; method=PUBLISH\r\n"), std::string::npos);
  EXPECT_NE(text.find("filename=\"=?UTF-8?B?c2Vzc2llcy5pY3M=?=\""), std::string::npos);
  EXPECT_NE(text.find("VG90IGRhbiE=\r\n"), std::string::npos);  // "Tot dan!"
  // 100 bytes are 136 base64 characters: one full line of 76 and one of 60.
  EXPECT_NE(text.find("\r\neHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\r\neHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eA==\r\n--"), std::string::npos);
  EXPECT_EQ(text.substr(text.size() - 32), "--=_samenbeter_part_boundary--\r\n");
}

}  // namespace
}  // namespace sb
