// Assignments of a round and the participants' hand-ins (issue 14, point 5): seed 000's preparation before each
// company visit and seed 002's Take-to-School assignments. Staff (Action::manage_programmes) define them per
// round, see per assignment who handed in what and when, and accept or send back with feedback. A placed
// participant hands in text and may change it until it is accepted (Action::hand_in_assignment, personal);
// anyone else's hand-in answers not_found (Action::view_hand_in). Accepted work counts toward completion
// (rules.h, progress_of). Each use case is one unit of work.
// Thread-safety: as Services — call from any thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/programmes/core/rules.h"

namespace sb {

// Staff: the assignment's title, instructions, part, session, due date and credit are checked (the part and
// session must be the round's). Update names the version it was made on (conflict otherwise).
Result<Assignment> create_assignment(Services& s, const Principal& who, Assignment assignment);
Result<Assignment> update_assignment(Services& s, const Principal& who, Assignment assignment);
// Refused (failed_precondition, reason "has_hand_ins") once anyone handed it in: their work is never thrown away.
// Change its text or due date instead.
Result<void> delete_assignment(Services& s, const Principal& who, Id assignment_id);

// Staff: every assignment of the round with, per participant who has it (placed, in order of arrival), their
// hand-in and its state.
struct HandInLine {
  Enrolment enrolment;
  std::optional<HandIn> hand_in;
  AssignmentState state = AssignmentState::todo;
};
struct AssignmentOverview {
  Assignment assignment;
  std::vector<HandInLine> lines;
};
struct RoundAssignments {
  Programme programme;
  ProgrammeRound round;
  std::vector<AssignmentOverview> assignments;
};
Result<RoundAssignments> round_assignments(Services& s, const Principal& who, Id round_id);

// A participant hands in (or changes) their work: only someone placed in the round who has the assignment;
// failed_precondition (reason "accepted") once staff accepted it. A returned hand-in goes back to staff.
Result<HandIn> hand_in(Services& s, const Principal& who, Id assignment_id, std::string text);
// A hand-in for its participant or staff; not_found for anyone else.
Result<HandIn> find_hand_in(Services& s, const Principal& who, Id hand_in_id);

// Staff accept a hand-in or send it back (feedback is required then), on the version they read.
struct Review {
  Id hand_in_id = 0;
  HandInStatus decision = HandInStatus::accepted;  // accepted or returned
  std::string feedback;
  int version = 0;
};
Result<HandIn> review_hand_in(Services& s, const Principal& who, Review review);

}  // namespace sb
