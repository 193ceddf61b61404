// Services for server unit tests that never reach a store: routing, the
// OpenAPI check and request parsing do not need one. Test code only.
#pragma once

#include "kernel/ports/identity.h"
#include "kernel/services.h"

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

// Nobody is signed in: every session token is unknown.
class NoIdentity final : public Identity {
 public:
  Result<Principal> authenticate(std::string_view, Session*) override { return std::unexpected(Error::unauthenticated()); }
  void record_refusal(const Principal&, std::string, Action) override {}
};

struct TestServices {
  UnreachableStore store;
  ManualClock clock{1'700'000'000};
  PlainHasher hasher;
  CountingSecrets secrets;
  DroppingMailer mailer;
  PrincipalCache principals;
  NoEventSink events;
  Services services{store, clock, hasher, secrets, mailer, principals, events};
  NoIdentity identity;
};

}  // namespace sb::api::testing
