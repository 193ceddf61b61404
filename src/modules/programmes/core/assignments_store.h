// The programmes module's assignments and hand-ins (issue 14, point 5), a part of every unit of work of its own
// beside ProgrammeReads/ProgrammeWrites: assignments(tx) hands it out. The module's SQL store implements it
// (sql/sql_assignments_store.cpp) and its contract suite holds it to this.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/programmes/core/model.h"

namespace sb {

class AssignmentReads {
 public:
  virtual ~AssignmentReads() = default;
  // A round's assignments by due date, then id.
  virtual std::vector<Assignment> list_assignments(Id round_id) = 0;
  virtual std::optional<Assignment> find_assignment(Id id) = 0;
  // Every hand-in for the round's assignments, by assignment then enrolment.
  virtual std::vector<HandIn> list_hand_ins(Id round_id) = 0;
  virtual std::optional<HandIn> find_hand_in(Id id) = 0;
  virtual std::optional<HandIn> find_hand_in_of(Id assignment_id, Id enrolment_id) = 0;
  // How many hand-ins the assignment has (deleting it is refused while any exist).
  virtual int count_hand_ins(Id assignment_id) = 0;
};

class AssignmentWrites : public AssignmentReads {
 public:
  // Stores the assignment; its id and version are ignored.
  virtual Result<Id> insert_assignment(const Assignment& assignment) = 0;
  // Replaces title, instructions, part, session, due date and credit when `assignment.version` is the stored one
  // (then it grows by one); conflict for another version, not_found when there is none.
  virtual Result<void> update_assignment(const Assignment& assignment) = 0;
  // not_found when there is none.
  virtual Result<void> delete_assignment(Id id) = 0;
  // Stores a first hand-in; already_exists (field "assignment_id") when the enrolment handed this one in before.
  virtual Result<Id> insert_hand_in(const HandIn& hand_in) = 0;
  // Replaces text, submitted_at, status, feedback and review when `hand_in.version` is the stored one (then it
  // grows by one); conflict for another version, not_found when there is none.
  virtual Result<void> update_hand_in(const HandIn& hand_in) = 0;
};

inline AssignmentReads& assignments(ReadTx& tx) { return tx.part<AssignmentReads>(); }
inline AssignmentWrites& assignments(WriteTx& tx) { return tx.part<AssignmentWrites>(); }

}  // namespace sb
