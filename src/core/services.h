// Services: the ports and settings every use case needs, bundled so a use
// case takes one argument for its environment. Built once in cli/ (the one
// place where concrete types meet) and shared by all threads.
#pragma once

#include <string>

#include "core/board_sequences.h"
#include "core/login_throttle.h"
#include "core/principal_cache.h"
#include "core/request_limiter.h"
#include "core/ports/clock.h"
#include "core/ports/event_sink.h"
#include "core/ports/mailer.h"
#include "core/ports/password_hasher.h"
#include "core/ports/secrets.h"
#include "core/ports/store.h"

namespace sb {

struct AuthSettings {
  UnixTime session_idle_timeout = 8 * 60 * 60;          // 8 hours without a request
  UnixTime session_absolute_timeout = 30 * 24 * 60 * 60;  // 30 days after sign-in
  UnixTime session_touch_interval = 60;                  // last-seen is written at most once a minute
  UnixTime invitation_lifetime = 14 * 24 * 60 * 60;
  UnixTime password_reset_lifetime = 60 * 60;
  std::string public_base_url = "http://127.0.0.1:8080";  // for links in e-mails
  struct ResetLimits {
    int per_account = 3;   // mails to one address per window
    int per_address = 10;  // requests from one client address per window
    UnixTime window = 60 * 60;
  } reset_limits;
};

struct Services {
  Store& store;
  const Clock& clock;
  const PasswordHasher& hasher;
  const Secrets& secrets;
  Mailer& mailer;
  LoginThrottle& throttle;
  RequestLimiter& limiter;
  PrincipalCache& principals;
  EventSink& events;
  BoardSequences& sequences;
  AuthSettings settings;
};

}  // namespace sb
