// Use cases of signing in and out, sessions and password resets.
//
// A session is a random token in an HttpOnly cookie; the store keeps only its
// hash. Sessions end after an idle timeout and an absolute timeout, and a new
// token is issued at every sign-in (rotation). Password hashing happens before
// any store transaction is opened, never inside one.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <string>
#include <string_view>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/organisation/core/store.h"

namespace sb {

struct SignedIn {
  std::string token;  // goes into the cookie; never stored or logged
  Session session;
  Principal principal;
};

struct LoginRequest {
  std::string email;
  std::string password;
  std::string client_address;
  std::string previous_token;  // the cookie the browser sent, if any; it is ended (rotation)
};

// Fails with unauthenticated for a wrong e-mail or password (the same message
// for both) and resource_exhausted (message holds the wait in seconds in
// Error::field == "retry_after:<n>") when throttled.
Result<SignedIn> login(Services& services, const LoginRequest& request);

// The principal behind a session token, or unauthenticated.
Result<Principal> authenticate(Services& services, std::string_view token, Session* session_out = nullptr);

Result<void> logout(Services& services, std::string_view token);

// Loads a user with all memberships resolved.
Result<Principal> load_principal(ReadTx& tx, Id user_id);

// Checks an account's password through the login throttle: the one way a
// password is tried, for signing in and for accepting an invitation with an
// existing account. Fails like login().
Result<User> verify_credentials(Services& services, std::string_view email, std::string_view password,
                                std::string_view client_address);

// Creates a session for a user whose identity was just proven.
Result<SignedIn> start_session(Services& services, WriteTx& tx, Id user_id, std::string_view previous_token);

// Always succeeds from the caller's view, whether or not the address exists,
// so it cannot be used to find out who has an account.
// Mails are limited per account and the requests per client address
// (resource_exhausted with the wait, as for login).
Result<void> request_password_reset(Services& services, std::string_view email, std::string_view client_address);
Result<void> confirm_password_reset(Services& services, std::string_view token, std::string_view new_password);

struct ProfileChange {
  std::optional<std::string> name;
  std::optional<std::string> locale;
};
Result<Principal> update_profile(Services& services, const Principal& who, const ProfileChange& change);

// For the command line: create a platform admin, or set a user's password.
Result<Id> create_admin(Services& services, std::string_view email, std::string_view name, std::string_view password);
Result<void> set_password(Services& services, std::string_view email, std::string_view password);

}  // namespace sb
