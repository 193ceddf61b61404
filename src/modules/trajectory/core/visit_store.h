// The visits' part of a unit of work: expert-coach visits with their reports.
// visits(tx) hands it out; the contract suite holds every store to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/trajectory/core/budget.h"

namespace sb {

class VisitReads {
 public:
  virtual ~VisitReads() = default;
  virtual std::optional<Visit> find_visit(Id id) = 0;
  // By start time.
  virtual std::vector<Visit> visits_of_school(Id school_id) = 0;
  // The visits a person's calendar shows: those they make as coach and those at the schools they lead.
  virtual std::vector<Visit> visits_for_calendar(Id user_id, UnixTime from) = 0;
};

class VisitWrites : public VisitReads {
 public:
  virtual Result<Id> insert_visit(const Visit& visit) = 0;
  virtual Result<void> set_visit_status(Id id, CoachVisitStatus status, std::optional<Id> approved_by) = 0;
  // Stores the report and marks the visit held.
  virtual Result<void> put_report(Id id, const std::string& seen, const std::string& advice, UnixTime at) = 0;
};

inline VisitReads& visits(ReadTx& tx) { return tx.part<VisitReads>(); }
inline VisitWrites& visits(WriteTx& tx) { return tx.part<VisitWrites>(); }

}  // namespace sb
