#include "modules/trajectory/sql/sql_meeting_store.h"

namespace sb::sql {
namespace {

Meeting meeting_of(Statement& q) {
  Meeting m;
  m.id = q.integer(0);
  m.kind = parse_meeting_kind(q.text(1)).value_or(MeetingKind::information);
  m.school_id = q.integer(2);
  m.school_name = q.text(3);
  m.address = q.text(4);
  m.starts_at = q.integer(5);
  m.ends_at = q.integer(6);
  m.capacity = static_cast<int>(q.integer(7));
  m.taken = static_cast<int>(q.integer(8));
  m.notes = q.text(9);
  m.created_at = q.integer(10);
  return m;
}

}  // namespace

std::optional<Meeting> SqlMeetingStore::find_meeting(Id id) {
  auto q = db_.prepare(
      "SELECT m.id, m.kind, m.school_id, s.name, m.address, m.starts_at, m.ends_at, m.capacity, m.taken, m.notes, "
      "m.created_at FROM trajectory_meetings m JOIN schools s ON s.id = m.school_id WHERE m.id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return meeting_of(q);
}

std::vector<Meeting> SqlMeetingStore::meetings_from(UnixTime from) {
  auto q = db_.prepare(
      "SELECT m.id, m.kind, m.school_id, s.name, m.address, m.starts_at, m.ends_at, m.capacity, m.taken, m.notes, "
      "m.created_at FROM trajectory_meetings m JOIN schools s ON s.id = m.school_id WHERE m.ends_at >= ? "
      "ORDER BY m.starts_at, m.id");
  q.bind(1, from);
  std::vector<Meeting> out;
  while (q.step()) out.push_back(meeting_of(q));
  return out;
}

std::vector<MeetingAttendee> SqlMeetingStore::attendees_of(Id meeting_id) {
  auto q = db_.prepare(
      "SELECT a.id, a.meeting_id, a.signup_id, a.name, a.email, g.school, a.attended, g.created_at "
      "FROM trajectory_meeting_attendees a JOIN trajectory_meeting_signups g ON g.id = a.signup_id "
      "WHERE a.meeting_id = ? ORDER BY g.created_at, g.id, a.name, a.id");
  q.bind(1, meeting_id);
  std::vector<MeetingAttendee> out;
  while (q.step()) {
    MeetingAttendee a;
    a.id = q.integer(0);
    a.meeting_id = q.integer(1);
    a.signup_id = q.integer(2);
    a.name = q.text(3);
    a.email = q.text(4);
    a.school = q.text(5);
    if (!q.is_null(6)) a.attended = q.integer(6) == 1;
    a.signed_up_at = q.integer(7);
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<FoundationInvitation> SqlMeetingStore::foundation_invitations() {
  auto q = db_.prepare(
      "SELECT i.id, i.school_id, s.name, i.invited_by, u.name, u.email, i.message, i.created_at "
      "FROM trajectory_foundation_invitations i JOIN schools s ON s.id = i.school_id JOIN users u ON u.id = "
      "i.invited_by "
      "ORDER BY i.created_at DESC, i.id DESC");
  std::vector<FoundationInvitation> out;
  while (q.step()) {
    out.push_back({q.integer(0), q.integer(1), q.text(2), q.integer(3), q.text(4), q.text(5), q.text(6), q.integer(7)});
  }
  return out;
}

Result<Id> SqlMeetingStore::insert_meeting(const Meeting& m) {
  auto q = db_.prepare(
      "INSERT INTO trajectory_meetings (kind, school_id, address, starts_at, ends_at, capacity, taken, notes, "
      "created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)");
  q.bind(1, to_string(m.kind)).bind(2, m.school_id).bind(3, m.address).bind(4, m.starts_at).bind(5, m.ends_at);
  q.bind(6, std::int64_t{m.capacity}).bind(7, m.notes).bind(8, m.created_at);
  return insert_returning_id(q, "school_id");
}

Result<bool> SqlMeetingStore::take_meeting_places(Id meeting_id, int places) {
  auto q = db_.prepare("UPDATE trajectory_meetings SET taken = taken + ?1 WHERE id = ?2 AND taken + ?1 <= capacity");
  q.bind(1, std::int64_t{places}).bind(2, meeting_id);
  SB_CHECK(q.run());
  return db_.changes() > 0;
}

Result<Id> SqlMeetingStore::insert_meeting_signup(Id meeting_id, const std::string& school, UnixTime at) {
  auto q = db_.prepare("INSERT INTO trajectory_meeting_signups (meeting_id, school, created_at) VALUES (?, ?, ?)");
  q.bind(1, meeting_id).bind(2, school).bind(3, at);
  return insert_returning_id(q, "meeting_id");
}

Result<Id> SqlMeetingStore::insert_meeting_attendee(const MeetingAttendee& a) {
  auto q = db_.prepare(
      "INSERT INTO trajectory_meeting_attendees (meeting_id, signup_id, name, email, attended) VALUES (?, ?, ?, ?, "
      "NULL)");
  q.bind(1, a.meeting_id).bind(2, a.signup_id).bind(3, a.name).bind(4, a.email);
  return insert_returning_id(q, "email");
}

Result<void> SqlMeetingStore::set_meeting_attendance(Id meeting_id, Id attendee_id, std::optional<bool> attended) {
  auto q = db_.prepare("UPDATE trajectory_meeting_attendees SET attended = ? WHERE id = ? AND meeting_id = ?");
  if (attended) {
    q.bind(1, std::int64_t{*attended ? 1 : 0});
  } else {
    q.bind_null(1);
  }
  q.bind(2, attendee_id).bind(3, meeting_id);
  SB_CHECK(q.run());
  if (db_.changes() == 0) return std::unexpected(Error::not_found("Attendee not found."));
  return ok();
}

Result<Id> SqlMeetingStore::insert_foundation_invitation(const FoundationInvitation& i) {
  auto q = db_.prepare(
      "INSERT INTO trajectory_foundation_invitations (school_id, invited_by, message, created_at) VALUES (?, ?, ?, ?)");
  q.bind(1, i.school_id).bind(2, i.invited_by).bind(3, i.message).bind(4, i.created_at);
  return insert_returning_id(q, "school_id");
}

}  // namespace sb::sql
