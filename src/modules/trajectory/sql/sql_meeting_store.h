// The meetings' SQL store (on SQLite and PostgreSQL alike) (MeetingWrites) over the unit of work's connection.
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/trajectory/core/meeting_store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlMeetingStore final : public MeetingWrites, Part {
 public:
  explicit SqlMeetingStore(Connection& connection) : Part(connection) {}

  std::optional<Meeting> find_meeting(Id id) override;
  std::vector<Meeting> meetings_from(UnixTime from) override;
  std::vector<MeetingAttendee> attendees_of(Id meeting_id) override;
  std::vector<FoundationInvitation> foundation_invitations() override;
  Result<Id> insert_meeting(const Meeting& meeting) override;
  Result<bool> take_meeting_places(Id meeting_id, int places) override;
  Result<Id> insert_meeting_signup(Id meeting_id, const std::string& school, UnixTime at) override;
  Result<Id> insert_meeting_attendee(const MeetingAttendee& attendee) override;
  Result<void> set_meeting_attendance(Id meeting_id, Id attendee_id, std::optional<bool> attended) override;
  Result<Id> insert_foundation_invitation(const FoundationInvitation& invitation) override;
};

}  // namespace sb::sql
