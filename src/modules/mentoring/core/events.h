// Use cases of a round's own events: the preparatory webinar and the
// pairing-and-planning meeting (programme_model.h). Programme staff set them
// per round (Action::manage_mentoring); the round's mentors and mentees see
// them on their home and pair page, in their calendar feed, and as an .ics
// attachment of the mails that reach them before the events: the mentor's
// confirmation of the application and the pair's introduction.
// A person takes part in the round of each of their published pairs, and in
// the current round while they have an open application.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/ical.h"
#include "kernel/policy.h"
#include "kernel/ports/mailer.h"
#include "kernel/ports/store.h"
#include "kernel/services.h"
#include "modules/mentoring/core/programme_model.h"

namespace sb {

// The round applications made now belong to: the December on or after today (January to May: the one before).
std::string current_mentoring_round(UnixTime now);

struct MentoringEventInput {
  std::string round;  // "YYYY-12-01"; empty: the current round
  std::string kind;   // webinar or pairing_meeting
  std::string title;
  std::string date;   // YYYY-MM-DD, Europe/Amsterdam, from August of the round's year to March after it
  std::string start;  // HH:MM
  std::string end;    // HH:MM, after start
  std::string place;  // an address or room, or
  std::string link;   // an online link (at least one of the two)
};

struct MentoringRoundEvents {
  std::string round;
  std::vector<MentoringEvent> events;
};
Result<MentoringRoundEvents> mentoring_round_events(Services& s, const Principal& who, std::string_view round);
Result<MentoringEvent> save_mentoring_event(Services& s, const Principal& who, const MentoringEventInput& input);
Result<void> remove_mentoring_event(Services& s, const Principal& who, std::string_view round, std::string_view kind);

// The events of every round this account takes part in, by start.
std::vector<MentoringEvent> mentoring_events_of_user(ReadTx& tx, Id user_id, UnixTime now);
Result<std::vector<MentoringEvent>> my_mentoring_events(Services& s, const Principal& who);

// The current round's events, for someone who showed they hold an application (the mentor's personal link).
Result<std::vector<MentoringEvent>> events_for_applicants(Services& s);

CalendarEvent calendar_event_of(const MentoringEvent& event, std::string_view base_url);
// The events that have not ended by `now` as one .ics attachment, or nothing when there are none.
std::optional<MailAttachment> mentoring_events_attachment(const std::vector<MentoringEvent>& events, UnixTime now,
                                                          std::string_view base_url);

}  // namespace sb
