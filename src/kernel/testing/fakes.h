// Fakes of the kernel's ports for unit tests: quick, deterministic, and
// telling (a test can read which password or token was used, and which mails
// went out). Test code only. Thread-safety: KeepingMailer is thread-safe; the
// others are used from one test thread.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/ports/mailer.h"
#include "kernel/ports/password_hasher.h"
#include "kernel/ports/secrets.h"

namespace sb::testing {

// A password's "hash" is the password, marked: quick, and a test can tell which one was set.
class MarkingHasher final : public PasswordHasher {
 public:
  Result<std::string> hash(std::string_view password) const override { return "hashed:" + std::string(password); }
  bool verify(std::string_view password, std::string_view hash) const override { return hash == "hashed:" + std::string(password); }
};

// Tokens "secret-1", "secret-2", ...; a token's hash is the token, marked.
class NumberedSecrets final : public Secrets {
 public:
  std::string new_token() const override { return "secret-" + std::to_string(++issued_); }
  std::string hash_token(std::string_view token) const override { return "hash-of-" + std::string(token); }

 private:
  mutable int issued_ = 0;
};

// Keeps every mail, for a test to read.
class KeepingMailer final : public Mailer {
 public:
  void send(Mail mail) override {
    std::lock_guard lock(mutex_);
    sent_.push_back(std::move(mail));
  }
  std::vector<Mail> sent() {
    std::lock_guard lock(mutex_);
    return sent_;
  }

 private:
  std::mutex mutex_;
  std::vector<Mail> sent_;
};

}  // namespace sb::testing
