// Expert-coach visits and their budget (seed 004): 12 visits per school in PO,
// 16 in MBO or HBO, 26 in VO. Held and planned visits count against it; a
// visit planned past it waits for programme staff's approval.
// Thread-safety: plain values and pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/model.h"
#include "modules/organisation/core/model.h"

namespace sb {

enum class CoachVisitStatus { awaiting_approval, planned, held, cancelled };
std::string_view to_string(CoachVisitStatus status);
std::optional<CoachVisitStatus> parse_visit_status(std::string_view text);

struct Visit {
  Id id = 0;
  Id school_id = 0;
  Id coach_id = 0;
  std::string coach_name;  // filled on reading
  UnixTime starts_at = 0;
  UnixTime ends_at = 0;
  CoachVisitStatus status = CoachVisitStatus::planned;
  std::string seen;    // the report: what the coach saw
  std::string advice;  // the report: the advice
  std::optional<UnixTime> reported_at;
  std::optional<Id> approved_by;
  UnixTime created_at = 0;
};

struct VisitBudget {
  int budget = 0;
  int held = 0;
  int planned = 0;
  int awaiting = 0;  // planned past the budget, waiting for approval
  int left = 0;      // budget minus held and planned, never below 0
};

int visit_budget(Sector sector);
VisitBudget count_budget(Sector sector, const std::vector<Visit>& visits);
// A new visit needs approval when the held, planned and waiting visits already fill the budget.
bool needs_approval(const VisitBudget& budget);

// A visit of 30 minutes to 8 hours.
inline constexpr int kMinVisitMinutes = 30;
inline constexpr int kMaxVisitMinutes = 480;
inline constexpr std::size_t kMaxReportLength = 4000;

// The report is written once the visit has begun: failed_precondition (reason not_yet_held) before
// it, or for a visit that waits for approval or was cancelled (reason not_planned).
Result<void> check_report(const Visit& visit, UnixTime now);

}  // namespace sb
