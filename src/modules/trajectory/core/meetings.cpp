#include "modules/trajectory/core/meetings.h"

#include "kernel/dates.h"
#include "kernel/ical.h"
#include "kernel/validation.h"
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/core/store.h"
#include "modules/trajectory/core/meeting_store.h"

namespace sb {
namespace {

constexpr UnixTime kYear = 365 * 24 * 60 * 60;

Error meeting_not_found() { return Error::not_found("Meeting not found."); }

Result<void> staff_only(const Principal& who) { return authorize(who, Action::manage_trajectories, Scope::platform()); }

Result<Meeting> meeting_or_404(ReadTx& tx, Id meeting_id) {
  auto meeting = meetings(tx).find_meeting(meeting_id);
  if (!meeting) return std::unexpected(meeting_not_found());
  return *meeting;
}

std::string kind_name(MeetingKind kind) {
  return kind == MeetingKind::exchange ? "Regionale uitwisselingsbijeenkomst" : "Informatiebijeenkomst";
}

Mail confirmation_mail(const Meeting& meeting, const MeetingAttendee& person, const std::vector<MeetingAttendee>& group,
                       const std::string& base_url, UnixTime now) {
  Mail mail;
  mail.to = person.email;
  mail.subject = "Aanmelding bevestigd: " + kind_name(meeting.kind) + " " + amsterdam_date(meeting.starts_at) + ", " +
                 meeting.school_name;
  std::string body = "Beste " + person.name + ",\n\n";
  body += "Je bent aangemeld voor de " + kind_name(meeting.kind) + " bij " + meeting.school_name + ".\n\n";
  body += "Datum: " + std::string(amsterdam_date(meeting.starts_at)) + "\n";
  body += "Tijd: " + amsterdam_clock_text(meeting.starts_at) + " - " + amsterdam_clock_text(meeting.ends_at) + "\n";
  body += "Adres: " + meeting.address + "\n";
  if (!meeting.notes.empty()) body += "\n" + meeting.notes + "\n";
  if (group.size() > 1) {
    body += "\nSamen aangemeld (" + person.school + "):\n";
    for (const auto& other : group) body += "- " + other.name + "\n";
  }
  body += "\nDe bijeenkomst staat als bijlage in je agenda te zetten (bijeenkomst.ics).\n";
  body += "Alle bijeenkomsten: " + base_url + "/bijeenkomsten\n";
  mail.body = std::move(body);
  mail.attachments.push_back({"bijeenkomst.ics", "text/calendar; method=PUBLISH",
                              ical::write_calendar("SamenBeter", {meeting_event(meeting, base_url)}, now)});
  return mail;
}

}  // namespace

CalendarEvent meeting_event(const Meeting& meeting, const std::string& public_base_url) {
  CalendarEvent event;
  event.uid = "trajectory-meeting-" + std::to_string(meeting.id) + "@samenbeter";
  event.starts_at = meeting.starts_at;
  event.ends_at = meeting.ends_at;
  event.summary = kind_name(meeting.kind) + " - " + meeting.school_name;
  event.location = meeting.address;
  event.description = (meeting.notes.empty() ? "" : meeting.notes + "\n") + public_base_url + "/bijeenkomsten/" +
                      std::to_string(meeting.id);
  return event;
}

Result<std::vector<Meeting>> upcoming_meetings(Services& s) {
  const UnixTime now = s.clock.now();
  return read_value<std::vector<Meeting>>(s.store, [&](ReadTx& tx) -> Result<std::vector<Meeting>> {
    return meetings(tx).meetings_from(now);
  });
}

Result<Meeting> public_meeting(Services& s, Id meeting_id) {
  return read_value<Meeting>(s.store, [&](ReadTx& tx) { return meeting_or_404(tx, meeting_id); });
}

Result<std::vector<MeetingAttendee>> sign_up_for_meeting(Services& s, Id meeting_id, const MeetingSignupInput& input) {
  SB_TRY(clean, check_signup(input));
  const UnixTime now = s.clock.now();
  return write_value<std::vector<MeetingAttendee>>(s.store, [&](WriteTx& tx) -> Result<std::vector<MeetingAttendee>> {
    SB_TRY(meeting, meeting_or_404(tx, meeting_id));
    SB_CHECK(check_places(meeting, clean.people.size(), now));
    SB_TRY(taken, meetings(tx).take_meeting_places(meeting_id, static_cast<int>(clean.people.size())));
    if (!taken) return std::unexpected(meeting_full(meeting_places_left(meeting)));
    SB_TRY(signup_id, meetings(tx).insert_meeting_signup(meeting_id, clean.school, now));
    std::vector<MeetingAttendee> group;
    for (std::size_t i = 0; i < clean.people.size(); ++i) {
      MeetingAttendee person;
      person.meeting_id = meeting_id;
      person.signup_id = signup_id;
      person.name = clean.people[i].name;
      person.email = clean.people[i].email;
      person.school = clean.school;
      person.signed_up_at = now;
      auto id = meetings(tx).insert_meeting_attendee(person);
      if (!id) {
        auto error = id.error();
        if (error.code == ErrorCode::already_exists) {
          error.field = "people." + std::to_string(i) + ".email";
          error.message = "This address is already signed up for this meeting.";
        }
        return std::unexpected(error);
      }
      person.id = *id;
      group.push_back(std::move(person));
    }
    meeting.taken += static_cast<int>(group.size());
    for (const auto& person : group) {
      tx.after_commit([&mailer = s.mailer, mail = confirmation_mail(meeting, person, group, s.public_base_url, now)]() mutable {
        mailer.send(std::move(mail));
      });
    }
    return group;
  });
}

Result<Meeting> publish_meeting(Services& s, const Principal& who, const MeetingInput& input) {
  SB_CHECK(staff_only(who));
  SB_TRY(meeting, check_meeting(input));
  const UnixTime now = s.clock.now();
  return write_value<Meeting>(s.store, [&](WriteTx& tx) -> Result<Meeting> {
    if (!organisation(tx).find_school(input.school_id)) {
      return std::unexpected(Error::invalid("school_id", "No such school.").because("not_found"));
    }
    meeting.created_at = now;
    SB_TRY(id, meetings(tx).insert_meeting(meeting));
    return *meetings(tx).find_meeting(id);
  });
}

Result<std::vector<Meeting>> staff_meetings(Services& s, const Principal& who) {
  SB_CHECK(staff_only(who));
  const UnixTime now = s.clock.now();
  return read_value<std::vector<Meeting>>(s.store, [&](ReadTx& tx) -> Result<std::vector<Meeting>> {
    return meetings(tx).meetings_from(now - kYear);
  });
}

Result<MeetingWithAttendees> staff_meeting(Services& s, const Principal& who, Id meeting_id) {
  SB_CHECK(staff_only(who));
  return read_value<MeetingWithAttendees>(s.store, [&](ReadTx& tx) -> Result<MeetingWithAttendees> {
    SB_TRY(meeting, meeting_or_404(tx, meeting_id));
    return MeetingWithAttendees{meeting, meetings(tx).attendees_of(meeting_id)};
  });
}

Result<MeetingWithAttendees> record_meeting_attendance(Services& s, const Principal& who, Id meeting_id,
                                                       const std::vector<AttendanceMark>& marks) {
  SB_CHECK(staff_only(who));
  return write_value<MeetingWithAttendees>(s.store, [&](WriteTx& tx) -> Result<MeetingWithAttendees> {
    SB_TRY(meeting, meeting_or_404(tx, meeting_id));
    for (std::size_t i = 0; i < marks.size(); ++i) {
      auto set = meetings(tx).set_meeting_attendance(meeting_id, marks[i].attendee_id, marks[i].attended);
      if (!set) {
        auto error = set.error();
        error.field = "marks." + std::to_string(i) + ".attendee_id";
        return std::unexpected(error);
      }
    }
    return MeetingWithAttendees{meeting, meetings(tx).attendees_of(meeting_id)};
  });
}

Result<FoundationInvitation> invite_foundation(Services& s, const Principal& who, Id school_id, const std::string& message) {
  SB_TRY(clean, clean_text("message", message, kMaxFoundationMessageLength, Required::no));
  const UnixTime now = s.clock.now();
  return write_value<FoundationInvitation>(s.store, [&](WriteTx& tx) -> Result<FoundationInvitation> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    FoundationInvitation invitation;
    invitation.school_id = school_id;
    invitation.invited_by = who.user.id;
    invitation.message = clean;
    invitation.created_at = now;
    SB_TRY(id, meetings(tx).insert_foundation_invitation(invitation));
    for (auto& found : meetings(tx).foundation_invitations()) {
      if (found.id == id) return found;
    }
    return std::unexpected(Error::internal("The invitation was not kept."));
  });
}

Result<std::vector<FoundationInvitation>> foundation_invitations(Services& s, const Principal& who) {
  SB_CHECK(staff_only(who));
  return read_value<std::vector<FoundationInvitation>>(s.store, [&](ReadTx& tx) -> Result<std::vector<FoundationInvitation>> {
    return meetings(tx).foundation_invitations();
  });
}

CalendarSource meetings_calendar_source() {
  return {"trajectory-meetings", [](Services& s, Id user_id, UnixTime now) -> Result<std::vector<CalendarEvent>> {
            return read_value<std::vector<CalendarEvent>>(s.store, [&](ReadTx& tx) -> Result<std::vector<CalendarEvent>> {
              std::vector<CalendarEvent> events;
              bool staff = false;
              for (const auto& m : organisation(tx).list_memberships_of_user(user_id)) {
                staff = staff || m.role == Role::programmabeheerder;
              }
              if (!staff) return events;
              for (const auto& meeting : meetings(tx).meetings_from(now - kYear)) {
                auto event = meeting_event(meeting, s.public_base_url);
                event.description = std::to_string(meeting.taken) + " van " + std::to_string(meeting.capacity) +
                                    " plaatsen bezet\n" + event.description;
                events.push_back(std::move(event));
              }
              return events;
            });
          }};
}

}  // namespace sb
