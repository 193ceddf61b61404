// Lesson visits in people's calendars and in their mail: the events of a
// person's visits for their personal iCalendar feed (a CalendarSource of the
// calendar module), and the reminder mail the day before a visit to both
// teachers, sent once by a periodic job (kernel/jobs.h) that records each
// reminder in the same unit of work that queues the mails.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <string>
#include <vector>

#include "kernel/calendar.h"
#include "kernel/ical.h"
#include "kernel/jobs.h"
#include "kernel/services.h"
#include "modules/lessons/core/model.h"

namespace sb {

// Whether a planned visit's reminder is due at `now`: it starts on the next day in Amsterdam.
bool reminder_due(const LessonVisit& visit, UnixTime now);

// The calendar entry of a visit, in the words of `locale`; a uid that stays the same for the visit.
CalendarEvent visit_event(const LessonVisit& visit, Locale locale, std::string_view base_url);

// A person's visits (as visited teacher or visitor) in teams where they still teach, from 30 days ago on.
Result<std::vector<CalendarEvent>> lesson_visit_events(Services& s, Id user_id, UnixTime now);

// The lessons module's entries in the personal calendar feed (cli/modules.cpp, calendar_sources()).
CalendarSource lesson_visit_source();

// Sends every due reminder once; answers how many mails went out.
Result<int> send_visit_reminders(Services& s);
PeriodicJob visit_reminder_job();

}  // namespace sb
