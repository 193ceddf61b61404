#include "modules/programmes/core/calendar.h"

#include "modules/programmes/core/rules.h"
#include "modules/programmes/core/store.h"

namespace sb {

std::vector<CalendarEvent> session_events(const Programme& programme, const ProgrammeRound& round, const Enrolment& enrolment) {
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

CalendarSource programmes_calendar_source() {
  return {"programmes", [](Services& s, Id user_id, UnixTime) -> Result<std::vector<CalendarEvent>> {
            return read_value<std::vector<CalendarEvent>>(s.store, [&](ReadTx& tx) -> Result<std::vector<CalendarEvent>> {
              std::vector<CalendarEvent> out;
              for (const auto& e : programmes(tx).list_enrolments_of_user(user_id)) {
                if (e.status != EnrolmentStatus::placed) continue;
                auto round = programmes(tx).find_round(e.round_id);
                auto programme = round ? programmes(tx).find_programme(round->programme_id) : std::nullopt;
                if (!round || !programme) continue;
                for (auto& event : session_events(*programme, *round, e)) out.push_back(std::move(event));
              }
              return out;
            });
          }};
}

}  // namespace sb
