// Use cases of the meetings: programme staff publish information and regional
// exchange meetings at participating schools and record who came; anyone signs
// up with colleagues through the public page (no account) and gets a
// confirmation mail with the meeting as .ics; published meetings show in the
// staff's calendar feeds. And "nodig ons uit": a school leader invites the
// foundation, which staff see beside the pipeline.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/calendar.h"
#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/trajectory/core/meeting_rules.h"

namespace sb {

struct MeetingWithAttendees {
  Meeting meeting;
  std::vector<MeetingAttendee> attendees;
};

struct AttendanceMark {
  Id attendee_id = 0;
  std::optional<bool> attended;
};

// Public: meetings still to come (ending from now on), by start time.
Result<std::vector<Meeting>> upcoming_meetings(Services& s);
Result<Meeting> public_meeting(Services& s, Id meeting_id);
// Public: takes a place for every person at once or none (meeting_full), then mails each a confirmation
// with the meeting as .ics after the commit.
Result<std::vector<MeetingAttendee>> sign_up_for_meeting(Services& s, Id meeting_id, const MeetingSignupInput& input);

Result<Meeting> publish_meeting(Services& s, const Principal& who, const MeetingInput& input);
// Staff: every meeting from a year back, by start time.
Result<std::vector<Meeting>> staff_meetings(Services& s, const Principal& who);
Result<MeetingWithAttendees> staff_meeting(Services& s, const Principal& who, Id meeting_id);
Result<MeetingWithAttendees> record_meeting_attendance(Services& s, const Principal& who, Id meeting_id,
                                                       const std::vector<AttendanceMark>& marks);

Result<FoundationInvitation> invite_foundation(Services& s, const Principal& who, Id school_id, const std::string& message);
Result<std::vector<FoundationInvitation>> foundation_invitations(Services& s, const Principal& who);

// The meeting as a calendar event (feed and .ics attachment).
CalendarEvent meeting_event(const Meeting& meeting, const std::string& public_base_url);
// Published meetings in programme staff's calendar feeds.
CalendarSource meetings_calendar_source();

}  // namespace sb
