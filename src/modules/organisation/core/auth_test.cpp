// Signing in, sessions and password resets, called as the use cases they are,
// against the real store with the demo's people.
#include <gtest/gtest.h>

#include "modules/organisation/core/auth.h"
#include "modules/organisation/core/demo.h"
#include "modules/organisation/core/identity_state.h"
#include "modules/organisation/core/test_world.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

constexpr UnixTime kHour = 60 * 60;
constexpr UnixTime kDay = 24 * kHour;

class SigningIn : public ::testing::Test {
 protected:
  Result<SignedIn> sign_in(const std::string& email, const std::string& password, const std::string& address = "192.0.2.1") {
    return login(s, {email, password, address, ""});
  }
  // The token of the reset link in the last mail sent.
  std::string reset_token() {
    const auto mails = world.mailer.sent();
    if (mails.empty()) return "";
    const auto& body = mails.back().body;
    const auto start = body.find("token=") + 6;
    return body.substr(start, body.find_first_of(" \n", start) - start);
  }

  testing::World world{{organisation_demo()}};
  Services& s = world.services();
};

TEST_F(SigningIn, ATeacherSignsInSignsInAgainWithANewTokenAndSignsOut) {
  const auto first = must(sign_in(demo("leraar"), kDemoPassword));
  auto found = authenticate(s, first.token);
  ASSERT_TRUE(found.has_value()) << found.error().message;
  EXPECT_EQ(found->user.name, "Sanne de Vries");
  EXPECT_EQ(found->memberships.front().team_name, "Groep 5-6");

  // Signing in again with the cookie of the first session ends that one.
  const auto second = must(login(s, {demo("leraar"), kDemoPassword, "192.0.2.1", first.token}));
  EXPECT_NE(second.token, first.token);
  EXPECT_EQ(authenticate(s, first.token).error().code, ErrorCode::unauthenticated);
  EXPECT_TRUE(authenticate(s, second.token).has_value());

  must(logout(s, second.token));
  EXPECT_EQ(authenticate(s, second.token).error().code, ErrorCode::unauthenticated);
}

TEST_F(SigningIn, AWrongPasswordIsAnsweredLikeAnUnknownAddressAndAfterFiveTheAccountWaitsLongerEachTime) {
  const auto unknown = sign_in("niemand@example.nl", "gok-0");
  ASSERT_FALSE(unknown.has_value());
  for (int i = 0; i < 5; ++i) {
    const auto wrong = sign_in(demo("leraar"), "gok-" + std::to_string(i));
    ASSERT_FALSE(wrong.has_value());
    EXPECT_EQ(wrong.error().code, ErrorCode::unauthenticated);
    EXPECT_EQ(wrong.error().message, unknown.error().message);
    EXPECT_EQ(wrong.error().field, unknown.error().field);
  }
  // The right password waits too: the account is slowed down, whoever tries.
  const auto refused = sign_in(demo("leraar"), kDemoPassword);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::resource_exhausted);
  EXPECT_EQ(refused.error().field, "retry_after:2");  // a full second, counted from the end of this one

  world.clock.advance(2);
  EXPECT_EQ(sign_in(demo("leraar"), "gok-5").error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(sign_in(demo("leraar"), kDemoPassword).error().field, "retry_after:3");
  world.clock.advance(3);
  EXPECT_TRUE(sign_in(demo("leraar"), kDemoPassword).has_value());
}

TEST_F(SigningIn, GuessingFromOneAddressNeverLocksTheOwnerOut) {
  const std::string address = "198.51.100.7";
  for (int i = 0; i < 25; ++i) (void)sign_in("iemand-" + std::to_string(i) + "@example.nl", "gok", address);
  const auto guess = sign_in(demo("leraar"), "nog-een-gok", address);
  ASSERT_FALSE(guess.has_value());
  EXPECT_EQ(guess.error().code, ErrorCode::resource_exhausted);
  EXPECT_TRUE(sign_in(demo("leraar"), kDemoPassword, address).has_value());
}

TEST_F(SigningIn, ASessionEndsAfterEightHoursWithoutARequest) {
  const auto signed_in = must(sign_in(demo("leraar"), kDemoPassword));
  world.clock.advance(7 * kHour);
  EXPECT_TRUE(authenticate(s, signed_in.token).has_value());  // and counts as a request
  world.settle();
  world.clock.advance(7 * kHour);
  EXPECT_TRUE(authenticate(s, signed_in.token).has_value());
  world.settle();
  world.clock.advance(8 * kHour + 1);
  const auto expired = authenticate(s, signed_in.token);
  ASSERT_FALSE(expired.has_value());
  EXPECT_EQ(expired.error().code, ErrorCode::unauthenticated);
}

TEST_F(SigningIn, EvenASessionInUseEndsThirtyDaysAfterSignIn) {
  // Idle time is set out of the way, so only the absolute limit can end the session.
  identity_state(s).settings.session_idle_timeout = 60 * kDay;
  const auto signed_in = must(sign_in(demo("leraar"), kDemoPassword));
  world.clock.advance(30 * kDay - 60);
  EXPECT_TRUE(authenticate(s, signed_in.token).has_value());
  world.settle();
  world.clock.advance(61);
  EXPECT_EQ(authenticate(s, signed_in.token).error().code, ErrorCode::unauthenticated);
}

TEST_F(SigningIn, AResetLinkLastsAnHourSetsANewPasswordOnceAndSignsOutEverySession) {
  must(request_password_reset(s, demo("leraar"), "192.0.2.1"));
  world.clock.advance(kHour + 1);
  const auto late = confirm_password_reset(s, reset_token(), "een-nieuw-wachtwoord");
  ASSERT_FALSE(late.has_value());
  EXPECT_EQ(late.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(late.error().field, "token");

  const auto before = must(sign_in(demo("leraar"), kDemoPassword));
  must(request_password_reset(s, demo("leraar"), "192.0.2.1"));
  ASSERT_EQ(world.mailer.sent().size(), 2u);
  EXPECT_EQ(world.mailer.sent().back().to, demo("leraar"));
  const auto token = reset_token();

  must(confirm_password_reset(s, token, "een-nieuw-wachtwoord"));
  EXPECT_EQ(authenticate(s, before.token).error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(sign_in(demo("leraar"), kDemoPassword).error().code, ErrorCode::unauthenticated);
  EXPECT_TRUE(sign_in(demo("leraar"), "een-nieuw-wachtwoord").has_value());
  const auto again = confirm_password_reset(s, token, "nog-een-wachtwoord");
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().field, "token");
}

TEST_F(SigningIn, ResetsSendAFewMailsPerAddressNoneToAnUnknownOneAndTakeAFewRequestsPerClient) {
  // An unknown address is answered the same, and gets no mail.
  EXPECT_TRUE(request_password_reset(s, "niemand@example.nl", "192.0.2.9").has_value());
  EXPECT_TRUE(world.mailer.sent().empty());
  for (int i = 0; i < 9; ++i) EXPECT_TRUE(request_password_reset(s, demo("leraar"), "192.0.2.9").has_value());
  EXPECT_EQ(world.mailer.sent().size(), 3u);
  const auto eleventh = request_password_reset(s, demo("leraar"), "192.0.2.9");
  ASSERT_FALSE(eleventh.has_value());
  EXPECT_EQ(eleventh.error().code, ErrorCode::resource_exhausted);
  // Another client is answered, but the address gets no fourth mail within the hour.
  EXPECT_TRUE(request_password_reset(s, demo("leraar"), "192.0.2.10").has_value());
  EXPECT_EQ(world.mailer.sent().size(), 3u);
  world.clock.advance(kHour);
  EXPECT_TRUE(request_password_reset(s, demo("leraar"), "192.0.2.9").has_value());
  EXPECT_EQ(world.mailer.sent().size(), 4u);
}

}  // namespace
}  // namespace sb
