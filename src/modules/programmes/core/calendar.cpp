#include "modules/programmes/core/calendar.h"

#include "modules/programmes/core/rules.h"

namespace sb {

std::vector<CalendarEvent> session_events(const Programme& programme, const Round& round, const Enrolment& enrolment) {
  std::vector<CalendarEvent> out;
  const bool cancelled = enrolment.status == EnrolmentStatus::cancelled;
  for (const auto& session : sessions_for(round, enrolment.group_id)) {
    CalendarEvent event;
    event.uid = "programme-session-" + std::to_string(session.id) + "@samenbeter";
    event.starts_at = session.starts_at;
    event.ends_at = session.ends_at;
    event.summary = programme.title + ": " + session.title;
    event.description = programme.provider + ", " + round.name;
    event.location = session.address.empty() ? session.place : session.place + ", " + session.address;
    event.cancelled = cancelled;
    out.push_back(std::move(event));
  }
  return out;
}

}  // namespace sb
