#include "modules/organisation/core/auth.h"

#include "kernel/validation.h"
#include "modules/organisation/core/identity_state.h"

namespace sb {
namespace {

Error wrong_credentials() {
  return Error::unauthenticated("The e-mail address or password is not right.");
}

void audit(WriteTx& tx, const Services& s, std::optional<Id> user, std::string action, std::string target,
           std::string detail = {}) {
  (void)organisation(tx).append_audit({s.clock.now(), user, std::move(action), std::move(target), std::move(detail)});
}

}  // namespace

Result<Principal> load_principal(ReadTx& tx, Id user_id) {
  auto user = organisation(tx).find_user(user_id);
  if (!user) return std::unexpected(Error::unauthenticated());
  return Principal{std::move(*user), organisation(tx).list_memberships_of_user(user_id)};
}

Result<SignedIn> start_session(Services& s, WriteTx& tx, Id user_id, std::string_view previous_token) {
  if (!previous_token.empty()) {
    const auto previous = s.secrets.hash_token(previous_token);
    SB_CHECK(organisation(tx).delete_session(previous));
    // After the commit, so no request in between caches it again; every process forgets it and closes its screens.
    tx.after_commit([&s, previous] {
      s.principals.forget(previous);
      s.events.session_ended(previous);
    });
  }
  SignedIn out;
  out.token = s.secrets.new_token();
  const auto now = s.clock.now();
  out.session = Session{s.secrets.hash_token(out.token), user_id, s.secrets.new_token(), now, now};
  SB_CHECK(organisation(tx).insert_session(out.session));
  SB_TRY(principal, load_principal(tx, user_id));
  out.principal = std::move(principal);
  return out;
}

namespace {

Error too_many_attempts(UnixTime wait) {
  return Error{ErrorCode::resource_exhausted, "Too many attempts. Try again later.",
               "retry_after:" + std::to_string(wait)};
}

// The store's keys of an account's and an address's failure counts.
std::string account_key(std::string_view email) {
  return "account:" + std::string(email);
}
std::string address_key(std::string_view address) {
  return "address:" + std::string(address);
}

// What the other server processes counted: the throttle starts from the larger of theirs and its own.
Result<int> learn_shared_failures(Services& s, LoginThrottle& throttle, std::string_view email,
                                  std::string_view address) {
  const auto now = s.clock.now();
  SB_TRY(stored, read_value<std::vector<LoginFailures>>(s.store, [&](ReadTx& tx) -> Result<std::vector<LoginFailures>> {
           return organisation(tx).login_failures({account_key(email), address_key(address)},
                                                  now - throttle.limits().forget_after);
         }));
  LoginFailures account, from_address;
  for (auto& failures : stored) (failures.key == account_key(email) ? account : from_address) = std::move(failures);
  throttle.learn(email, address, account.failures, account.last_failure, from_address.failures,
                 from_address.last_failure);
  return account.failures;
}

}  // namespace

Result<User> verify_credentials(Services& s, std::string_view email, std::string_view password,
                                std::string_view address) {
  if (password.size() > kMaxPasswordLength * 4) return std::unexpected(wrong_credentials());
  auto& throttle = identity_state(s).throttle;
  SB_TRY(stored_account_failures, learn_shared_failures(s, throttle, email, address));
  auto admission = throttle.admit(email, address, s.clock.now());
  if (!admission.attempt) return std::unexpected(too_many_attempts(admission.wait));
  auto& attempt = *admission.attempt;

  SB_TRY(user, read_value<std::optional<User>>(s.store, [&](ReadTx& tx) -> Result<std::optional<User>> {
           return organisation(tx).find_user_by_email(email);
         }));

  // Verify even when the user does not exist, so timing does not tell who has an account.
  static const std::string dummy_hash = s.hasher.hash("not-a-real-password").value_or("");
  const bool good = s.hasher.verify(password, user ? user->password_hash : dummy_hash) && user.has_value();
  if (good) {
    attempt.succeeded();
    if (stored_account_failures > 0) {
      SB_CHECK(s.store.write([&](WriteTx& tx) { return organisation(tx).clear_login_failures(account_key(email)); }));
    }
    return std::move(*user);
  }
  const auto now = s.clock.now();
  attempt.failed(now);
  // Counted in the store before the answer, so the next attempt at any server process sees it.
  AuditEntry entry{now, user ? std::optional<Id>(user->id) : std::nullopt, "login_failed", "user:" + std::string(email),
                   "address " + std::string(address)};
  const auto forget_before = now - throttle.limits().forget_after;
  SB_CHECK(s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(organisation(tx).record_login_failure(account_key(email), now, forget_before));
    SB_CHECK(organisation(tx).record_login_failure(address_key(address), now, forget_before));
    return organisation(tx).append_audit(entry);
  }));
  // A throttled address learns only that it must wait; the owner's right password still gets through.
  if (attempt.address_wait() > 0) return std::unexpected(too_many_attempts(attempt.address_wait()));
  return std::unexpected(wrong_credentials());
}

Result<SignedIn> login(Services& s, const LoginRequest& request) {
  SB_TRY(email, clean_email("email", request.email));
  if (request.password.empty()) return std::unexpected(Error::required("password"));
  SB_TRY(user, verify_credentials(s, email, request.password, request.client_address));
  return write_value<SignedIn>(s.store, [&](WriteTx& tx) -> Result<SignedIn> {
    SB_TRY(signed_in, start_session(s, tx, user.id, request.previous_token));
    audit(tx, s, user.id, "login", "user:" + std::to_string(user.id), "address " + request.client_address);
    return signed_in;
  });
}

Result<Principal> authenticate(Services& s, std::string_view token, Session* session_out) {
  if (token.empty() || token.size() > 200) return std::unexpected(Error::unauthenticated());
  const auto hash = s.secrets.hash_token(token);
  const auto now = s.clock.now();
  Session session;
  Principal principal;
  if (auto hit = s.principals.find(hash, now)) {
    session = std::move(hit->session);
    principal = std::move(hit->principal);
  } else {
    SB_TRY(loaded, read_value<Principal>(s.store, [&](ReadTx& tx) -> Result<Principal> {
             auto found = organisation(tx).find_session(hash);
             if (!found) return std::unexpected(Error::unauthenticated());
             session = *found;
             return load_principal(tx, found->user_id);
           }));
    principal = std::move(loaded);
    s.principals.put(hash, session, principal, now);
  }
  if (now - session.last_seen_at > identity_state(s).settings.session_idle_timeout ||
      now - session.created_at > identity_state(s).settings.session_absolute_timeout) {
    s.principals.forget(hash);
    return std::unexpected(Error::unauthenticated("Your session has expired. Please sign in again."));
  }
  // Last-seen is written at most once per interval, in the background: a read must not wait for a commit.
  if (now - session.last_seen_at >= identity_state(s).settings.session_touch_interval) {
    s.store.write_in_background([hash, now](WriteTx& tx) { return organisation(tx).touch_session(hash, now); });
    s.principals.note_seen(hash, now);
    session.last_seen_at = now;
  }
  if (session_out) *session_out = session;
  return principal;
}

Result<void> logout(Services& s, std::string_view token) {
  if (token.empty()) return ok();
  const auto hash = s.secrets.hash_token(token);
  s.principals.forget(hash);
  SB_CHECK(s.store.write([&](WriteTx& tx) -> Result<void> {
    auto session = organisation(tx).find_session(hash);
    if (!session) return ok();
    audit(tx, s, session->user_id, "logout", "user:" + std::to_string(session->user_id));
    return organisation(tx).delete_session(hash);
  }));
  // The session's live screens close now, not when they next send a message.
  s.events.session_ended(hash);
  return ok();
}

Result<void> request_password_reset(Services& s, std::string_view email_text, std::string_view client_address) {
  SB_TRY(email, clean_email("email", email_text));
  const auto now = s.clock.now();
  const auto& limits = identity_state(s).settings.reset_limits;
  if (auto wait = identity_state(s).limiter.take("reset-address:" + std::string(client_address), limits.per_address,
                                                 limits.window, now)) {
    return std::unexpected(too_many_attempts(wait));
  }
  // Past its allowance an address gets no more mails, but the answer stays the same: it must not tell who has an
  // account.
  if (identity_state(s).limiter.take("reset-account:" + email, limits.per_account, limits.window, now)) return ok();
  const auto token = s.secrets.new_token();
  std::optional<User> user;
  SB_CHECK(s.store.write([&](WriteTx& tx) -> Result<void> {
    user = organisation(tx).find_user_by_email(email);
    if (!user) return ok();
    audit(tx, s, user->id, "password_reset.request", "user:" + std::to_string(user->id));
    return organisation(tx).insert_password_reset({s.secrets.hash_token(token), user->id,
                                                   s.clock.now() + identity_state(s).settings.password_reset_lifetime,
                                                   false});
  }));
  if (user) {
    const bool dutch = user->locale == Locale::nl;
    const auto link = s.public_base_url + "/wachtwoord-herstellen?token=" + token;
    s.mailer.send({user->email, dutch ? "SamenBeter: nieuw wachtwoord instellen" : "SamenBeter: set a new password",
                   dutch ? "Hallo " + user->name + ",\n\nKies een nieuw wachtwoord via deze link (een uur geldig):\n" +
                               link + "\n\nHeb je dit niet gevraagd? Dan kun je dit bericht negeren.\n"
                         : "Hello " + user->name + ",\n\nChoose a new password with this link (valid for one hour):\n" +
                               link + "\n\nDid not ask for this? Then ignore this message.\n"});
  }
  return ok();
}

Result<void> confirm_password_reset(Services& s, std::string_view token, std::string_view new_password) {
  SB_CHECK(check_password("password", new_password));
  if (token.empty() || token.size() > 200)
    return std::unexpected(Error::invalid("token", "This link is not valid (any more)."));
  SB_TRY(hash, s.hasher.hash(new_password));
  const auto token_hash = s.secrets.hash_token(token);
  const auto confirmed = s.store.write([&](WriteTx& tx) -> Result<void> {
    auto reset = organisation(tx).find_password_reset(token_hash);
    if (!reset || reset->used || reset->expires_at < s.clock.now()) {
      return std::unexpected(Error::invalid("token", "This link is not valid (any more)."));
    }
    SB_CHECK(organisation(tx).update_user_password(reset->user_id, hash));
    SB_CHECK(organisation(tx).mark_password_reset_used(token_hash));
    audit(tx, s, reset->user_id, "password_reset.confirm", "user:" + std::to_string(reset->user_id));
    // Whoever knew the old password is signed out everywhere.
    return organisation(tx).delete_sessions_of_user(reset->user_id);
  });
  SB_CHECK(confirmed);
  // Forgotten after the commit, so no request in between can cache the old sessions again;
  // the user's live screens are checked again and close.
  s.principals.forget_all();
  s.events.access_changed();
  return ok();
}

Result<Principal> update_profile(Services& s, const Principal& who, const ProfileChange& change) {
  std::string name = who.user.name;
  Locale locale = who.user.locale;
  if (change.name) {
    SB_TRY(cleaned, clean_name("name", *change.name));
    name = cleaned;
  }
  if (change.locale) {
    auto parsed = parse_locale(*change.locale);
    if (!parsed) return std::unexpected(Error::invalid("locale", "Language must be \"nl\" or \"en\"."));
    locale = *parsed;
  }
  SB_TRY(updated, write_value<Principal>(s.store, [&](WriteTx& tx) -> Result<Principal> {
           SB_CHECK(organisation(tx).update_user_profile(who.user.id, name, locale));
           return load_principal(tx, who.user.id);
         }));
  // The cached principal carries name and language, and names are in cached views (a board's members): every
  // process forgets them.
  s.principals.forget_all();
  s.events.access_changed();
  return updated;
}

Result<Id> create_admin(Services& s, std::string_view email_text, std::string_view name_text,
                        std::string_view password) {
  SB_TRY(email, clean_email("email", email_text));
  SB_TRY(name, clean_name("name", name_text));
  SB_CHECK(check_password("password", password));
  SB_TRY(hash, s.hasher.hash(password));
  return write_value<Id>(s.store, [&](WriteTx& tx) -> Result<Id> {
    User user;
    user.email = email;
    user.name = name;
    user.password_hash = hash;
    user.is_admin = true;
    user.created_at = s.clock.now();
    SB_TRY(id, organisation(tx).insert_user(user));
    audit(tx, s, std::nullopt, "admin.create", "user:" + std::to_string(id), "command line");
    return id;
  });
}

Result<void> set_password(Services& s, std::string_view email_text, std::string_view password) {
  SB_TRY(email, clean_email("email", email_text));
  SB_CHECK(check_password("password", password));
  SB_TRY(hash, s.hasher.hash(password));
  const auto done = s.store.write([&](WriteTx& tx) -> Result<void> {
    auto user = organisation(tx).find_user_by_email(email);
    if (!user) return std::unexpected(Error{ErrorCode::not_found, "No user with this e-mail address.", "email"});
    SB_CHECK(organisation(tx).update_user_password(user->id, hash));
    audit(tx, s, std::nullopt, "password.set", "user:" + std::to_string(user->id), "command line");
    return organisation(tx).delete_sessions_of_user(user->id);
  });
  SB_CHECK(done);
  // Run from the command line: on PostgreSQL the running servers hear of it (cli/runtime.h); on SQLite their
  // cached sessions expire within the principal cache's lifetime.
  s.principals.forget_all();
  s.events.access_changed();
  return ok();
}

}  // namespace sb
