// Services for server unit tests that never reach a store: routing, the
// OpenAPI check and request parsing do not need one. Test code only.
#pragma once

#include "kernel/ports/identity.h"
#include "kernel/services.h"
#include "kernel/testing/fakes.h"

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

// Nobody is signed in: every session token is unknown.
class NoIdentity final : public Identity {
 public:
  Result<Principal> authenticate(std::string_view, Session*) override { return std::unexpected(Error::unauthenticated()); }
  void record_refusal(const Principal&, std::string, Action) override {}
};

struct TestServices {
  UnreachableStore store;
  ManualClock clock{1'700'000'000};
  sb::testing::MarkingHasher hasher;
  sb::testing::NumberedSecrets secrets;
  sb::testing::KeepingMailer mailer;
  PrincipalCache principals;
  NoEventSink events;
  Services services{store, clock, hasher, secrets, mailer, principals, events};
  NoIdentity identity;
};

}  // namespace sb::api::testing
