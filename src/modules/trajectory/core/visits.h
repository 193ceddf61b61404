// Use cases of expert-coach visits: the school's expert coach (or programme
// staff) plans them — past the budget a visit waits for staff's approval —
// and writes a short report after each; the school leader, school coach and
// bestuurder read the visits, the budget and the reports. The visits also
// appear in the coach's and the school leaders' calendar feeds.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <string>
#include <vector>

#include "kernel/calendar.h"
#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/trajectory/core/budget.h"

namespace sb {

struct SchoolVisits {
  VisitBudget budget;
  std::vector<Visit> visits;
};

struct VisitInput {
  std::string date;  // YYYY-MM-DD, Amsterdam
  int start_minutes = 0;  // after midnight, Amsterdam
  int duration_minutes = 0;
};

Result<SchoolVisits> school_visits(Services& s, const Principal& who, Id school_id);
Result<Visit> plan_visit(Services& s, const Principal& who, Id school_id, const VisitInput& input);
Result<Visit> report_visit(Services& s, const Principal& who, Id visit_id, const std::string& seen,
                           const std::string& advice);
Result<Visit> cancel_visit(Services& s, const Principal& who, Id visit_id);
Result<Visit> approve_visit(Services& s, const Principal& who, Id visit_id);

// Where a visit lives: its school; not_found when there is none.
Result<Scope> scope_of_coach_visit(ReadTx& tx, Id visit_id);

// The visits in a person's calendar feed (kernel/calendar.h).
CalendarSource visits_calendar_source();

}  // namespace sb
