#include "modules/trajectory/core/budget.h"

#include <algorithm>

#include "kernel/enum_names.h"

namespace sb {
namespace {

constexpr EnumNames<CoachVisitStatus, 4> kVisitStatuses{{{CoachVisitStatus::awaiting_approval, "awaiting_approval"},
                                                    {CoachVisitStatus::planned, "planned"},
                                                    {CoachVisitStatus::held, "held"},
                                                    {CoachVisitStatus::cancelled, "cancelled"}}};

}  // namespace

std::string_view to_string(CoachVisitStatus status) { return name_in(kVisitStatuses, status); }
std::optional<CoachVisitStatus> parse_visit_status(std::string_view text) { return parse_in(kVisitStatuses, text); }

int visit_budget(Sector sector) {
  switch (sector) {
    case Sector::po: return 12;
    case Sector::vo: return 26;
    case Sector::mbo:
    case Sector::hbo: return 16;
  }
  return 0;
}

VisitBudget count_budget(Sector sector, const std::vector<Visit>& visits) {
  VisitBudget out;
  out.budget = visit_budget(sector);
  for (const auto& visit : visits) {
    if (visit.status == CoachVisitStatus::held) ++out.held;
    if (visit.status == CoachVisitStatus::planned) ++out.planned;
    if (visit.status == CoachVisitStatus::awaiting_approval) ++out.awaiting;
  }
  out.left = std::max(0, out.budget - out.held - out.planned);
  return out;
}

bool needs_approval(const VisitBudget& budget) { return budget.held + budget.planned + budget.awaiting >= budget.budget; }

Result<void> check_report(const Visit& visit, UnixTime now) {
  if (visit.status == CoachVisitStatus::awaiting_approval || visit.status == CoachVisitStatus::cancelled) {
    Error error{ErrorCode::failed_precondition, "Only a planned or held visit gets a report."};
    error.reason = "not_planned";
    return std::unexpected(error);
  }
  if (visit.starts_at > now) {
    Error error{ErrorCode::failed_precondition, "The report is written after the visit."};
    error.reason = "not_yet_held";
    return std::unexpected(error);
  }
  return ok();
}

}  // namespace sb
