// Mailer: sends an e-mail, or writes it to the log in development. Delivery
// is best effort and asynchronous: send() returns once the mail is queued.
// Thread-safe.
#pragma once

#include <string>
#include <vector>

namespace sb {

// A file sent with a mail, such as an invitation's .ics (text/calendar).
struct MailAttachment {
  std::string file_name;
  std::string content_type;  // e.g. "text/calendar; method=PUBLISH"
  std::string content;
};

struct Mail {
  std::string to;
  std::string subject;
  std::string body;  // plain text
  std::vector<MailAttachment> attachments = {};
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  virtual void send(Mail mail) = 0;
};

}  // namespace sb
