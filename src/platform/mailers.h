// Mailers. LogMailer writes each mail to the log (development: links for
// invitations and password resets appear there). SmtpMailer hands mails to a
// background thread that delivers them with libcurl over SMTP (STARTTLS when
// the server offers it); failures are logged, never thrown at the caller.
// Thread-safe.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

#include "kernel/ports/mailer.h"

namespace sb {

class LogMailer final : public Mailer {
 public:
  void send(Mail mail) override;
};

struct SmtpSettings {
  std::string url;  // e.g. smtp://mail.school.nl:587
  std::string user;
  std::string password;
  std::string from;  // e.g. "SamenBeter <noreply@school.nl>"
};

// The RFC 5322 message for a mail from `from`: text only, or multipart/mixed
// with its attachments. Exposed for tests.
std::string message_text(const std::string& from, const Mail& mail);

class SmtpMailer final : public Mailer {
 public:
  explicit SmtpMailer(SmtpSettings settings);
  ~SmtpMailer() override;
  void send(Mail mail) override;

 private:
  void deliver_loop();
  bool deliver(const Mail& mail);

  SmtpSettings settings_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Mail> queue_;
  bool stopping_ = false;
  std::thread worker_;
};

}  // namespace sb
