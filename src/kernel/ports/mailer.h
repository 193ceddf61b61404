// Mailer: sends an e-mail, or writes it to the log in development. Delivery
// is best effort and asynchronous: send() returns once the mail is queued.
// Thread-safe.
#pragma once

#include <string>

namespace sb {

struct Mail {
  std::string to;
  std::string subject;
  std::string body;  // plain text
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  virtual void send(Mail mail) = 0;
};

}  // namespace sb
