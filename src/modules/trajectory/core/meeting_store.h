// The meetings' part of a unit of work: meetings, the people signed up for
// them with their attendance, and the foundation invitations of "nodig ons uit".
// meetings(tx) hands it out; the contract suite holds every store to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/trajectory/core/meeting_model.h"

namespace sb {

class MeetingReads {
 public:
  virtual ~MeetingReads() = default;
  virtual std::optional<Meeting> find_meeting(Id id) = 0;
  // Meetings that end at or after `from`, by start time.
  virtual std::vector<Meeting> meetings_from(UnixTime from) = 0;
  // By name within the signup they came with, signups in the order they came.
  virtual std::vector<MeetingAttendee> attendees_of(Id meeting_id) = 0;
  // Newest first.
  virtual std::vector<FoundationInvitation> foundation_invitations() = 0;
};

class MeetingWrites : public MeetingReads {
 public:
  virtual Result<Id> insert_meeting(const Meeting& meeting) = 0;
  // Takes `places` more places when that many are left, in one statement, so two sign-ups can never both take
  // the last place; false (nothing changed) when too few are left.
  virtual Result<bool> take_meeting_places(Id meeting_id, int places) = 0;
  virtual Result<Id> insert_meeting_signup(Id meeting_id, const std::string& school, UnixTime at) = 0;
  // already_exists (field "email") when the address is already signed up for this meeting.
  virtual Result<Id> insert_meeting_attendee(const MeetingAttendee& attendee) = 0;
  // Only an attendee of this meeting; not_found otherwise.
  virtual Result<void> set_meeting_attendance(Id meeting_id, Id attendee_id, std::optional<bool> attended) = 0;
  virtual Result<Id> insert_foundation_invitation(const FoundationInvitation& invitation) = 0;
};

inline MeetingReads& meetings(ReadTx& tx) { return tx.part<MeetingReads>(); }
inline MeetingWrites& meetings(WriteTx& tx) { return tx.part<MeetingWrites>(); }

}  // namespace sb
