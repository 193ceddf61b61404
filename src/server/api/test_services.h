// Services for server unit tests that never reach a store: routing, the
// OpenAPI check and request parsing do not need one. Test code only.
#pragma once

#include "core/services.h"

namespace sb::api::testing {

class UnreachableStore final : public Store {
 public:
  Result<void> read(const std::function<Result<void>(ReadTx&)>&) override {
    return std::unexpected(Error::internal("no store in this test"));
  }
  Result<void> write(const std::function<Result<void>(WriteTx&)>&) override {
    return std::unexpected(Error::internal("no store in this test"));
  }
  void write_in_background(std::function<Result<void>(WriteTx&)>) override {}
};

class PlainHasher final : public PasswordHasher {
 public:
  Result<std::string> hash(std::string_view password) const override { return "plain:" + std::string(password); }
  bool verify(std::string_view password, std::string_view hash) const override { return hash == "plain:" + std::string(password); }
};

class CountingSecrets final : public Secrets {
 public:
  std::string new_token() const override { return "token" + std::to_string(++count_); }
  std::string hash_token(std::string_view token) const override { return "h:" + std::string(token); }

 private:
  mutable int count_ = 0;
};

class DroppingMailer final : public Mailer {
 public:
  void send(Mail) override {}
};

struct TestServices {
  UnreachableStore store;
  ManualClock clock{1'700'000'000};
  PlainHasher hasher;
  CountingSecrets secrets;
  DroppingMailer mailer;
  LoginThrottle throttle;
  RequestLimiter limiter;
  PrincipalCache principals;
  NoEventSink events;
  BoardSequences sequences;
  Services services{store, clock, hasher, secrets, mailer, throttle, limiter, principals, events, sequences, {}};
};

}  // namespace sb::api::testing
