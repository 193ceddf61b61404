// The weekly digest of overdue actions: once a week (Monday 08:00 in
// Europe/Amsterdam, weekly.h) every person who owns open actions past their
// due date — in teams where they still hold a role, read through the board's
// store as Mijn acties shows them — and who has not switched the digest off,
// gets one mail listing them.
//
// At most once a week: the week's mailing is marked done in the same unit of
// work that records each mail (notifications(tx)), and the mails leave after
// its commit. A second run the same week — the next tick, a restart, or
// `samenbeter digest` beside the server — finds the week done and sends
// nothing. A crash between the commit and the SMTP server loses that week's
// mails rather than sending them twice. A server that was down on Monday
// morning sends the week's digest when it is back, that same week.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <string>

#include "kernel/jobs.h"
#include "kernel/services.h"

namespace sb {

struct DigestOutcome {
  std::string week;          // the Monday of the week whose digest this was
  bool done_before = false;  // the week's digest had gone out already: nothing was sent now
  int mails = 0;
};

// The digest of the week that is due at s.clock.now(), unless it went out already.
Result<DigestOutcome> send_weekly_digest(Services& s);

// The server's job: send_weekly_digest at start and every five minutes, so the digest leaves within
// five minutes of Monday 08:00.
PeriodicJob weekly_digest_job();

}  // namespace sb
