// When the weekly digest is due: Monday 08:00 in Europe/Amsterdam, the time
// the schools keep, summer and winter (kernel/dates.h). A pure function of a
// moment, so the schedule is tested without waiting a week.
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "kernel/dates.h"

namespace sb {

struct DigestWeek {
  std::string monday;  // YYYY-MM-DD: the period the digest is recorded under
  UnixTime due_at = 0;  // that Monday 08:00 Amsterdam time
};

// The week whose digest is due at `now`: the one of the latest Monday 08:00 Amsterdam time at or before `now`.
DigestWeek digest_week(UnixTime now);

}  // namespace sb
