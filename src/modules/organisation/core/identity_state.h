// The organisation module's state for the life of the process: how long
// sessions, invitations and reset links last, and the throttles of sign-in and
// password resets. Set up by the composition root (settings) before serving.
// Thread-safety: settings are read-only once serving; the throttles guard themselves.
#pragma once

#include "kernel/services.h"
#include "modules/organisation/core/login_throttle.h"
#include "modules/organisation/core/request_limiter.h"

namespace sb {

struct IdentitySettings {
  UnixTime session_idle_timeout = 8 * 60 * 60;          // 8 hours without a request
  UnixTime session_absolute_timeout = 30 * 24 * 60 * 60;  // 30 days after sign-in
  UnixTime session_touch_interval = 60;                  // last-seen is written at most once a minute
  UnixTime invitation_lifetime = 14 * 24 * 60 * 60;
  UnixTime password_reset_lifetime = 60 * 60;
  struct ResetLimits {
    int per_account = 3;   // mails to one address per window
    int per_address = 10;  // requests from one client address per window
    UnixTime window = 60 * 60;
  } reset_limits;
};

struct IdentityState {
  IdentitySettings settings;
  LoginThrottle throttle;
  RequestLimiter limiter;
};

inline IdentityState& identity_state(Services& services) { return services.modules.get<IdentityState>(); }

}  // namespace sb
