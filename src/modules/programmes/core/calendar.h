// A participant's sessions as calendar events (kernel/ical.h): for the .ics
// attachment of the confirmation mail and, once the personal calendar feed
// exists, for that feed. The uid is stable per session, so a changed session
// replaces itself in a calendar; the location carries the exact address, which
// only participants receive.
// Thread-safety: pure functions.
#pragma once

#include <vector>

#include "kernel/calendar.h"
#include "kernel/ical.h"
#include "modules/programmes/core/model.h"

namespace sb {

std::vector<CalendarEvent> session_events(const Programme& programme, const ProgrammeRound& round, const Enrolment& enrolment);

// The programmes' entries in a person's calendar feed: the sessions of every round they are placed in.
CalendarSource programmes_calendar_source();

}  // namespace sb
