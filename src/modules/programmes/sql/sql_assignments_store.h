// The programmes module's SQL store of assignments and hand-ins (core/assignments_store.h), on SQLite and
// PostgreSQL alike. Made once per connection by programmes_sql().
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/programmes/core/assignments_store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlAssignmentsStore final : public AssignmentWrites, Part {
 public:
  explicit SqlAssignmentsStore(Connection& connection) : Part(connection) {}

  std::vector<Assignment> list_assignments(Id round_id) override;
  std::optional<Assignment> find_assignment(Id id) override;
  std::vector<HandIn> list_hand_ins(Id round_id) override;
  std::optional<HandIn> find_hand_in(Id id) override;
  std::optional<HandIn> find_hand_in_of(Id assignment_id, Id enrolment_id) override;
  int count_hand_ins(Id assignment_id) override;

  Result<Id> insert_assignment(const Assignment& assignment) override;
  Result<void> update_assignment(const Assignment& assignment) override;
  Result<void> delete_assignment(Id id) override;
  Result<Id> insert_hand_in(const HandIn& hand_in) override;
  Result<void> update_hand_in(const HandIn& hand_in) override;
};

}  // namespace sb::sql
