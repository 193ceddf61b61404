// The programmes module's JSON: programmes, rounds, enrolments with their
// progress, and certificates as the API shows them, and programmes and rounds
// read from a request body. Dates and clock times are given as people in the
// Netherlands read them (Europe/Amsterdam: "2026-02-05", "10:00") next to the
// UTC moment; money in integer cents.
// Thread-safety: pure functions.
#pragma once

#include <boost/json/object.hpp>

#include "modules/programmes/core/assignments.h"
#include "modules/programmes/core/invitations.h"
#include "modules/programmes/core/programmes.h"
#include "server/api/json_io.h"

namespace sb::api {

boost::json::object programme_json(const Programme& programme);
boost::json::object round_json(const ProgrammeRound& round, UnixTime now);
boost::json::object entry_json(const ProgrammeEntry& entry, UnixTime now);
boost::json::object enrolment_json(const Enrolment& enrolment);
boost::json::object enrolment_view_json(const EnrolmentView& view, UnixTime now);
boost::json::object certificate_json(const Certificate& certificate);
// An assignment with its due moment as "due_on"/"due_time" (Amsterdam) next to "due_at" (UTC).
boost::json::object assignment_json(const Assignment& assignment);
// A hand-in; "late" when first handed in after `assignment`'s due moment.
boost::json::object hand_in_json(const HandIn& hand_in, const Assignment& assignment);
// An assignment as its participant sees it: the assignment, "state" and "hand_in" (or null).
boost::json::object assignment_item_json(const AssignmentItem& item);

// What enrolling and inviting both ask: "sector", "role", "group_id"?, "track_id"? into the request.
template <class Request>
Result<void> read_enrol_choices(BodyReader& body, Request& request) {
  SB_TRY(sector_text, body.string("sector"));
  auto sector = parse_sector(sector_text);
  if (!sector) return std::unexpected(Error::invalid("sector", "Choose PO, VO, MBO or HBO."));
  request.sector = *sector;
  SB_TRY(role, body.string("role"));
  request.role = role;
  SB_TRY(group, body.optional_id("group_id"));
  request.group_id = group;
  SB_TRY(track, body.optional_id("track_id"));
  request.track_id = track;
  return ok();
}

// A programme from a body (create, or update with "version").
Result<Programme> read_programme(BodyReader& body);
// An assignment from a body: title, instructions?, part?, session_id?, due_on, due_time? ("23:59" when left
// out), credit_minutes?, version? (update).
Result<Assignment> read_assignment(BodyReader& body);
// A round from a body; new groups are named by sessions by position (create) or -(position + 1) (update).
Result<ProgrammeRound> read_round(BodyReader& body);

// The other bodies the programmes routes take; each reads the whole body and refuses a field it does not know.
// The ids the path names are passed in.
struct RoundCopy {
  std::string name;
  std::string first_session_on;
};
Result<EnrolRequest> read_enrol_request(BodyReader& body, Id round_id);
Result<InviteRequest> read_invite_request(BodyReader& body, Id round_id);
Result<RoundCopy> read_round_copy(BodyReader& body);
// The round's project groups (at most 100), each its enrolments.
Result<std::vector<std::vector<Id>>> read_project_groups(BodyReader& body);
// A session's attendance (at most 500 marks), "present" required in each.
Result<std::vector<Attendance>> read_session_attendance(BodyReader& body, Id session_id);
// Hours on a part; part and minutes are clamped (to -1..1000, -1..1,000,000) so core names the limits.
Result<HoursEntry> read_hours_entry(BodyReader& body, Id enrolment_id);
// {"text": "..."}: a participant's hand-in.
Result<std::string> read_hand_in_text(BodyReader& body);
// A review: "accepted" or "returned", feedback?, the version read.
Result<Review> read_review(BodyReader& body, Id hand_in_id);

}  // namespace sb::api
