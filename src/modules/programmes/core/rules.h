// The programmes module's rules, as pure functions of what is stored: who may
// enrol (audience per sector and role), where an enrolment lands (a group with
// room, or the waiting list in order of arrival), who moves up when a place
// frees, whether the colleague rule is met, and how far a participant is
// towards completion (attendance and hours per part).
// Thread-safety: pure functions.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "modules/programmes/core/model.h"

namespace sb {

// Ok when the programme's audience lists `role` for `sector`; otherwise an
// invalid_argument at "role" (reason "not_in_audience") or at "sector"
// (reason "sector_not_in_audience") that says who the programme is for.
Result<void> check_audience(const Programme& programme, Sector sector, std::string_view role);

// Where a new enrolment lands: the preferred group when it has room, else (without a preference) the
// first group with room, else the waiting list. A round without groups has no limit.
struct Placement {
  EnrolmentStatus status = EnrolmentStatus::waiting;
  std::optional<Id> group_id;
};
Placement place(const ProgrammeRound& round, const std::vector<Enrolment>& enrolments, std::optional<Id> preferred_group);
// The same from how many are placed per group (group id -> count), as the store counts them.
Placement place(const ProgrammeRound& round, const std::map<Id, int>& placed, std::optional<Id> preferred_group);

// How many are placed in the group now.
int placed_in(const std::vector<Enrolment>& enrolments, Id group_id);

// Who moves up when a place in `group_id` frees: the earliest arrival on the waiting list who asked for
// that group or for none. Nobody when the group is still full or nobody waits.
std::optional<Id> next_in_line(const ProgrammeRound& round, const std::vector<Enrolment>& enrolments, Id group_id);

// Seed 001's rule: an enrolment stays incomplete until a colleague of the same school organisation
// (bestuur) is enrolled in the same round too; the round's enrolment deadline is its deadline.
struct ColleagueState {
  bool required = false;
  bool complete = true;
  std::optional<UnixTime> deadline;
};
ColleagueState colleague_state(const Programme& programme, const ProgrammeRound& round, const Enrolment& enrolment,
                               const std::vector<Enrolment>& round_enrolments);

// A participant's way to completion: sessions of their group attended, and minutes per part against
// the part's hours (attended sessions credit their part; logged hours count too).
struct PartProgress {
  std::string name;
  int required_minutes = 0;
  int done_minutes = 0;
};
struct Progress {
  int sessions_total = 0;
  int sessions_attended = 0;
  std::vector<PartProgress> parts;
  int assignments_required = 0;   // the round's assignments this participant has (assignments_for)
  int assignments_handed_in = 0;  // handed in at least once (accepted, waiting or returned)
  int assignments_accepted = 0;
  bool complete = false;
};
// Assignments count too (seed 002: the Take-to-School assignments are part of the Themes' hours): an accepted
// one credits its minutes to its part, and the participant is complete only when every assignment they have is
// accepted.
Progress progress_of(const Programme& programme, const ProgrammeRound& round, const Enrolment& enrolment,
                     const std::vector<Attendance>& attendance, const std::vector<HoursEntry>& hours,
                     const std::vector<Assignment>& assignments = {}, const std::vector<HandIn>& hand_ins = {});

// The assignments a participant of `group_id` has: those of a session they follow (sessions_for) and those
// of no session; by due date.
std::vector<Assignment> assignments_for(const ProgrammeRound& round, const std::vector<Assignment>& assignments,
                                        std::optional<Id> group_id);
// An assignment as its participant sees it: to do, overdue (not handed in after the due date), handed in
// (on time or late, waiting for staff), accepted, or returned for changes.
enum class AssignmentState { todo, overdue, submitted, submitted_late, accepted, returned };
std::string_view to_string(AssignmentState state);
// Late when first handed in after the due date.
bool is_late(const Assignment& assignment, const HandIn& hand_in);
AssignmentState assignment_state(const Assignment& assignment, const std::optional<HandIn>& hand_in, UnixTime now);
// A participant's assignments (assignments_for) each with their hand-in, if any, and its state.
struct AssignmentItem {
  Assignment assignment;
  std::optional<HandIn> hand_in;
  AssignmentState state = AssignmentState::todo;
};
std::vector<AssignmentItem> assignment_items(const ProgrammeRound& round, const Enrolment& enrolment,
                                             const std::vector<Assignment>& assignments,
                                             const std::vector<HandIn>& hand_ins, UnixTime now);

// Project groups (seed 002: groups of 4 or 5): a proposal that mixes sectors and regions. People are
// ordered by sector, then region, and dealt out in turn over ceil(n / 5) groups, so people alike land in
// different groups; sizes differ by one at most (fewer than 4 only when the numbers allow nothing else).
struct GroupCandidate {
  Id enrolment_id = 0;
  Sector sector = Sector::po;
  Region region = Region::midden;
};
std::vector<std::vector<Id>> propose_project_groups(std::vector<GroupCandidate> people);

// The sessions a participant of `group_id` follows: their group's and those for everyone.
std::vector<ProgrammeSession> sessions_for(const ProgrammeRound& round, std::optional<Id> group_id);

// VAT on a price given without it, rounded half up to whole cents; 0 when the price includes VAT.
std::int64_t vat_cents(const Programme& programme);
std::int64_t price_incl_vat_cents(const Programme& programme);
std::int64_t price_excl_vat_cents(const Programme& programme);

// A place held for an invited colleague (issue 14, point 4), as its inviter follows it: none (no invitation),
// open (held, waiting for them), accepted (they have an account and the place), expired (not accepted in time:
// the place was freed) or withdrawn (by the inviter or staff).
enum class InvitationState { none, open, accepted, expired, withdrawn };
std::string_view to_string(InvitationState state);
InvitationState invitation_state(const Enrolment& enrolment);
// Whether the enrolment holds a place for someone who has not accepted yet.
bool is_held(const Enrolment& enrolment);
// Whether a held place has run out at `now` (the invitation expired).
bool hold_expired(const Enrolment& enrolment, UnixTime now);

enum class RoundState { open, closed, running, completed };
std::string_view to_string(RoundState state);
// open until enrolment closes; closed until the first session; running until the last session ends.
RoundState round_state(const ProgrammeRound& round, UnixTime now);

// What the catalogue can be filtered on; unset fields do not filter.
struct CatalogueFilter {
  std::optional<Sector> sector;
  std::string role;   // part of an audience role, any case
  std::string place;  // part of a session's place, any case
  std::string month;  // "2026-02": a session in that month (Amsterdam time)
  std::optional<std::int64_t> max_price_cents;  // excl. VAT
  std::optional<int> min_points;
};
bool matches(const Programme& programme, const std::vector<ProgrammeRound>& rounds, const CatalogueFilter& filter);

}  // namespace sb
