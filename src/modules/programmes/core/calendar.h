// A participant's sessions as calendar events (kernel/ical.h): for the .ics
// attachment of the confirmation mail and, once the personal calendar feed
// exists, for that feed. The uid is stable per session, so a changed session
// replaces itself in a calendar; the location carries the exact address, which
// only participants receive.
// Thread-safety: pure functions.
#pragma once

#include <vector>

#include "kernel/ical.h"
#include "modules/programmes/core/model.h"

namespace sb {

std::vector<CalendarEvent> session_events(const Programme& programme, const Round& round, const Enrolment& enrolment);

}  // namespace sb
