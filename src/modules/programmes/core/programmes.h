// The programmes module's use cases, one function per intention: the public
// catalogue, a programme's page and the comparison; enrolling (oneself or a
// colleague) and cancelling with promotion from the waiting list; a
// participant's own programmes with progress; and the staff's work: create,
// copy and edit programmes and rounds, take attendance, log hours, and the
// lists for the register and the invoices. Each checks the policy
// (Action::manage_programmes for staff work), validates, and writes in one
// unit of work; mail goes out only after the commit.
// Thread-safety: as Services — call from any thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/programmes/core/rules.h"

namespace sb {

// A programme with its rounds, as the catalogue shows it.
struct ProgrammeEntry {
  Programme programme;
  std::vector<ProgrammeRound> rounds;
};

// Published programmes that match the filter, by title. Exact addresses are left out where the
// programme shows them to enrolled participants only.
Result<std::vector<ProgrammeEntry>> catalogue(Services& s, const CatalogueFilter& filter);
Result<ProgrammeEntry> programme_page(Services& s, Id programme_id);
// Two to four different published programmes, in the order asked.
Result<std::vector<ProgrammeEntry>> compare_programmes(Services& s, const std::vector<Id>& programme_ids);

struct EnrolRequest {
  Id round_id = 0;
  std::optional<Id> user_id;  // a colleague; the caller when unset
  Sector sector = Sector::po;
  std::string role;  // one of the programme's audience roles for the sector
  std::optional<Id> group_id;
  std::optional<Id> track_id;
};
// Enrols by the programme's rules: the round is open, the participant holds a school leader's or
// bestuurder's role in an organisation of that sector, the audience lists the role, nobody is enrolled
// twice, and the participant is placed in a group with room or put on the waiting list. A school leader
// or bestuurder may enrol a colleague of their own school or bestuur.
Result<Enrolment> enrol(Services& s, const Principal& who, const EnrolRequest& request);
// Cancels an enrolment (the participant, who enrolled them, or staff); the first on the waiting list
// for the freed place moves up and is mailed.
Result<Enrolment> cancel_enrolment(Services& s, const Principal& who, Id enrolment_id);

// One enrolment as its participant (or staff) sees it.
struct EnrolmentView {
  Enrolment enrolment;
  Programme programme;
  ProgrammeRound round;
  RoundState state = RoundState::open;
  ColleagueState colleague;
  Progress progress;
  int waiting_position = 0;  // 1 for the first on the waiting list; 0 when not waiting
  int project_group = 0;     // the number of the participant's project group; 0 for none
  std::vector<std::string> project_mates;  // the others in it, by name
  std::vector<AssignmentItem> assignments;  // what they hand in, with its state (placed participants only)
};
Result<std::vector<EnrolmentView>> my_programmes(Services& s, const Principal& who);
// The enrolments someone made for colleagues (not for themself), newest first: held places for invited
// colleagues among them (invitation_state), so the inviter can follow, resend or withdraw them.
Result<std::vector<EnrolmentView>> colleagues_enrolled(Services& s, const Principal& who);
// A round with its programme and every enrolment with its progress, in order of arrival (staff).
struct RoundOverview {
  Programme programme;
  ProgrammeRound round;
  std::vector<EnrolmentView> enrolments;
};
Result<RoundOverview> round_overview(Services& s, const Principal& who, Id round_id);

// Staff work on the catalogue.
Result<ProgrammeEntry> staff_programme(Services& s, const Principal& who, Id programme_id);
Result<std::vector<ProgrammeEntry>> staff_programmes(Services& s, const Principal& who);
Result<Programme> create_programme(Services& s, const Principal& who, Programme programme);
Result<Programme> update_programme(Services& s, const Principal& who, Programme programme);
// A new, unpublished programme with everything of the original but its rounds.
Result<Programme> copy_programme(Services& s, const Principal& who, Id programme_id);
Result<ProgrammeRound> create_round(Services& s, const Principal& who, ProgrammeRound round);
Result<ProgrammeRound> update_round(Services& s, const Principal& who, ProgrammeRound round);
// A new round like `round_id` (its groups, tracks, sessions and assignments, without participants) named `name`,
// every date moved by the days from its first session (or, without sessions, its enrolment deadline) to
// `first_day` ("2027-10-11"), at the same Amsterdam clock times.
Result<ProgrammeRound> copy_round(Services& s, const Principal& who, Id round_id, std::string name, std::string_view first_day);

// Project groups (staff): a proposal of groups of 4–5 that mix sectors and regions (rules.h), stored at
// once; then adjusted by naming every group's enrolments (placed in the round, each at most once).
Result<std::vector<std::vector<Id>>> propose_project_groups(Services& s, const Principal& who, Id round_id);
Result<void> set_project_groups(Services& s, const Principal& who, Id round_id, const std::vector<std::vector<Id>>& groups);

// Running a round (staff).
Result<void> record_attendance(Services& s, const Principal& who, Id session_id, const std::vector<Attendance>& marks);
Result<HoursEntry> log_hours(Services& s, const Principal& who, HoursEntry entry);

// The certificate of a completed enrolment (its participant or staff); failed_precondition before completion.
struct Certificate {
  std::string participant_name, participant_email, programme_title, provider, round_name;
  int registration_points = 0;
  int hours = 0;
  UnixTime completed_at = 0;  // the end of the participant's last session
};
Result<Certificate> certificate(Services& s, const Principal& who, Id enrolment_id);
// The certificates of every completed participant of a round, for the register (staff).
Result<std::vector<Certificate>> register_list(Services& s, const Principal& who, Id round_id);

// The attendance list of a session (staff): the participants placed in its group, in order of arrival, with
// what was recorded (nullopt: not recorded yet).
struct AttendanceLine {
  Enrolment enrolment;
  std::optional<bool> present;
};
struct AttendanceList {
  Programme programme;
  ProgrammeRound round;
  ProgrammeSession session;
  std::vector<AttendanceLine> lines;
};
Result<AttendanceList> attendance_list(Services& s, const Principal& who, Id session_id);

// The invoice list of a round (staff): every placed participant with the organisation to invoice (their
// bestuur) and the price excl. VAT, the VAT and the price incl. VAT, in cents.
struct InvoiceLine {
  Enrolment enrolment;
  std::int64_t price_excl_vat_cents = 0, vat_cents = 0, price_incl_vat_cents = 0;
};
struct InvoiceList {
  Programme programme;
  ProgrammeRound round;
  std::vector<InvoiceLine> lines;
};
Result<InvoiceList> invoice_list(Services& s, const Principal& who, Id round_id);

// Validation shared by create and update: texts, lists, price, points, audience.
Result<void> check_programme(Programme& programme);
Result<void> check_round(ProgrammeRound& round);

}  // namespace sb
