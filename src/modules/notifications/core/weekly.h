// When the weekly digest is due: Monday 08:00 in Europe/Amsterdam, the time
// the schools keep, summer and winter. Pure functions of a moment, so the
// schedule is tested without waiting a week (and without the system's time
// zone files: the EU's rule is written out here).
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "kernel/model.h"

namespace sb {

// Europe/Amsterdam's offset from UTC at `t`, in seconds: 3600 (CET), or 7200 (CEST) from the last Sunday of
// March 01:00 UTC until the last Sunday of October 01:00 UTC — the EU's rule since 1996.
int amsterdam_offset(UnixTime t);

struct DigestWeek {
  std::string monday;  // YYYY-MM-DD: the period the digest is recorded under
  UnixTime due_at = 0;  // that Monday 08:00 Amsterdam time
};

// The week whose digest is due at `now`: the one of the latest Monday 08:00 Amsterdam time at or before `now`.
DigestWeek digest_week(UnixTime now);

}  // namespace sb
