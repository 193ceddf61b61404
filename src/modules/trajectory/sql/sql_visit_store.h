// The visits' SQL store (on SQLite and PostgreSQL alike) (VisitWrites) over the unit of work's connection.
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/trajectory/core/visit_store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlVisitStore final : public VisitWrites, Part {
 public:
  explicit SqlVisitStore(Connection& connection) : Part(connection) {}

  std::optional<Visit> find_visit(Id id) override;
  std::vector<Visit> visits_of_school(Id school_id) override;
  std::vector<Visit> visits_for_calendar(Id user_id, UnixTime from) override;
  Result<Id> insert_visit(const Visit& visit) override;
  Result<void> set_visit_status(Id id, CoachVisitStatus status, std::optional<Id> approved_by) override;
  Result<void> put_report(Id id, const std::string& seen, const std::string& advice, UnixTime at) override;
};

}  // namespace sb::sql
