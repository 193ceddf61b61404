// Services: the ports every use case needs, bundled so a use case takes one
// argument for its environment. Built once in cli/ (the one place where
// concrete types meet) and shared by all threads. What only one module needs
// (the board's sequence numbers, the sign-in throttle and settings) is that
// module's state in `modules`, not a field here.
#pragma once

#include <string>

#include "kernel/module_states.h"
#include "kernel/ports/clock.h"
#include "kernel/ports/event_sink.h"
#include "kernel/ports/mailer.h"
#include "kernel/ports/password_hasher.h"
#include "kernel/ports/secrets.h"
#include "kernel/ports/store.h"
#include "kernel/principal_cache.h"

namespace sb {

struct Services {
  Services(Store& store_, const Clock& clock_, const PasswordHasher& hasher_, const Secrets& secrets_, Mailer& mailer_,
           PrincipalCache& principals_, EventSink& events_, std::string public_base_url_ = "http://127.0.0.1:8080")
      : store(store_),
        clock(clock_),
        hasher(hasher_),
        secrets(secrets_),
        mailer(mailer_),
        principals(principals_),
        events(events_),
        public_base_url(std::move(public_base_url_)) {}

  Store& store;
  const Clock& clock;
  const PasswordHasher& hasher;
  const Secrets& secrets;
  Mailer& mailer;
  PrincipalCache& principals;
  EventSink& events;
  std::string public_base_url;  // for links in e-mails
  ModuleStates modules;
};

}  // namespace sb
