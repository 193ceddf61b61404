// The entities of the programmes module: a leadership programme as its
// catalogue page describes it (provider, audience per sector in the page's own
// words, goals, themes, parts with hours, registration points, price), its
// rounds (groups with capacity, tracks, sessions with date, time and place),
// the enrolments in a round, attendance per session and the hours logged per
// part. Money is in integer cents, times are UnixTime, hours of a part are
// whole hours and logged time is in minutes.
//
// Plain value types without behaviour; the rules are in rules.h.
// Thread-safety: plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/model.h"
#include "modules/organisation/core/model.h"

namespace sb {

// Who may enrol: per sector, the roles in the programme's own words
// ("Bestuurders, directeur-bestuurders of bovenschoolse directeuren/managers").
struct AudienceEntry {
  Sector sector = Sector::po;
  std::string role;
};

// A part of a programme with the hours it requires (seed 002: "Thema's", 100 h).
struct ProgrammePart {
  std::string name;
  int hours = 0;
  std::string description;
};

// How a programme takes enrolments: anyone of the audience on their own, or
// only together with at least one colleague of the same school organisation (seed 001).
enum class EnrolmentRule { individual, with_colleague };
std::string_view to_string(EnrolmentRule rule);
std::optional<EnrolmentRule> parse_enrolment_rule(std::string_view text);

struct Programme {
  Id id = 0;
  std::string title;
  std::string provider;
  std::vector<std::string> co_producers;
  std::string summary;
  std::vector<AudienceEntry> audience;
  std::vector<std::string> goals;
  std::vector<std::string> themes;
  std::vector<ProgrammePart> parts;
  int registration_points = 0;  // for re-registration in the school leaders' register; 0 when none
  std::int64_t price_cents = 0;  // per person, for the whole programme
  bool price_includes_vat = false;
  int vat_percent = 0;  // 21 when the price is given without VAT and VAT is due
  bool price_on_request = false;  // the page names no price: ask the provider
  bool in_company = false;  // can run in-company for a bestuur, on request
  std::string duration;     // as people say it: "1,5 jaar", "3 dagen"
  std::string contact_name, contact_email, contact_phone;
  EnrolmentRule enrolment_rule = EnrolmentRule::individual;
  bool address_after_enrolment = false;  // the exact address is shown to enrolled participants only
  bool published = true;
  int version = 1;
};

struct RoundGroup {
  Id id = 0;
  std::string name;
  int capacity = 0;
};

struct RoundTrack {
  Id id = 0;
  std::string name;
};

// A meeting of a round. A session of one group names it; one without a group is for everyone.
// `part` is the index of the programme part its attendance counts for, with `credit_minutes`.
struct ProgrammeSession {
  Id id = 0;
  std::string title;
  UnixTime starts_at = 0;
  UnixTime ends_at = 0;
  std::string place;    // public: "Picnic, Utrecht"
  std::string address;  // exact; shown to participants only when the programme says so
  std::optional<Id> group_id;
  std::optional<int> part;
  int credit_minutes = 0;
};

struct ProgrammeRound {
  Id id = 0;
  Id programme_id = 0;
  std::string name;         // "Najaar 2024"
  bool example_dates = false;  // demo data: dates made up for an upcoming round
  UnixTime enrolment_closes_at = 0;  // also the deadline for the colleague rule
  std::vector<RoundGroup> groups;
  std::vector<RoundTrack> tracks;
  std::vector<ProgrammeSession> sessions;
};

enum class EnrolmentStatus { placed, waiting, cancelled };
std::string_view to_string(EnrolmentStatus status);

struct Enrolment {
  Id id = 0;  // ids grow with arrival: the waiting list's order
  Id round_id = 0;
  Id user_id = 0;
  Id bestuur_id = 0;  // the school organisation: the colleague rule and the invoice
  std::optional<Id> school_id;
  Sector sector = Sector::po;
  std::string role;  // the audience role the participant enrolled as
  EnrolmentStatus status = EnrolmentStatus::waiting;
  std::optional<Id> group_id;            // the group placed in
  std::optional<Id> preferred_group_id;  // the group asked for, if any
  std::optional<Id> track_id;
  Id enrolled_by = 0;
  UnixTime created_at = 0;
  std::optional<UnixTime> cancelled_at;
  // A place held for a colleague without an account: user_id stays 0 until they accept the organisation's
  // invitation (invitation_id) sent to invited_email; the place is held until held_until.
  std::optional<Id> invitation_id;
  std::string invited_email;
  std::optional<UnixTime> held_until;
  // Filled when listed, for screens and exports (user_email is invited_email while the place is held).
  std::string user_name, user_email, bestuur_name;
};

struct Attendance {
  Id session_id = 0;
  Id enrolment_id = 0;
  bool present = false;
};

// Time spent on a part outside the sessions: peer review, coaching, project work, assignments.
struct HoursEntry {
  Id id = 0;
  Id enrolment_id = 0;
  int part = 0;
  int minutes = 0;
  std::string note;
  UnixTime logged_at = 0;
  Id logged_by = 0;
};

// An assignment of a round that participants hand in (issue 14, point 5): seed 000's preparation before each
// company visit, seed 002's Take-to-School assignment per theme. It belongs to a part (accepted work credits
// `credit_minutes` to it) and/or a session (then only the participants who follow that session have it).
struct Assignment {
  Id id = 0;
  Id round_id = 0;
  std::string title;
  std::string instructions;
  std::optional<int> part;  // index of the programme part
  std::optional<Id> session_id;
  UnixTime due_at = 0;
  int credit_minutes = 0;
  int version = 1;
};

// Where a hand-in stands: handed in (waiting for staff), accepted, or returned for changes.
enum class HandInStatus { submitted, accepted, returned };
std::string_view to_string(HandInStatus status);
std::optional<HandInStatus> parse_hand_in_status(std::string_view text);

// A participant's work on one assignment: one per assignment and enrolment, handed in again after a return.
// Late is judged on the first hand-in, so resubmitting what staff sent back never makes it late.
struct HandIn {
  Id id = 0;
  Id assignment_id = 0;
  Id enrolment_id = 0;
  std::string text;
  UnixTime first_submitted_at = 0;
  UnixTime submitted_at = 0;  // the latest version
  HandInStatus status = HandInStatus::submitted;
  std::string feedback;
  std::optional<UnixTime> reviewed_at;
  std::optional<Id> reviewed_by;
  int version = 1;  // grows with every change; staff review the version they read
};

}  // namespace sb
