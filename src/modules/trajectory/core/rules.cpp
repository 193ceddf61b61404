#include "modules/trajectory/core/rules.h"

#include <algorithm>
#include <string>

namespace sb {

std::vector<Condition> open_conditions(const std::vector<ConditionCheck>& checks) {
  std::vector<Condition> open;
  for (Condition condition : kConditions) {
    const bool met = std::ranges::any_of(checks, [&](const ConditionCheck& c) {
      return c.condition == condition && c.status == ConditionStatus::met;
    });
    if (!met) open.push_back(condition);
  }
  return open;
}

Result<void> check_step(std::optional<Phase> current, Phase step, const std::vector<ConditionCheck>& checks) {
  if (!current) {
    if (step != Phase::registration) {
      return std::unexpected(Error::invalid("phase", "A trajectory starts with its registration.").because("not_next"));
    }
    return ok();
  }
  const int from = static_cast<int>(*current);
  const int to = static_cast<int>(step);
  if (to != from && to != from + 1) {
    return std::unexpected(
        Error::invalid("phase", "A step records the current phase or the next one.").because("not_next"));
  }
  if (step == Phase::agreement && to != from && !open_conditions(checks).empty()) {
    Error error{ErrorCode::failed_precondition, "The agreement waits until every condition is met.", "phase"};
    error.reason = "conditions_open";
    return std::unexpected(error);
  }
  return ok();
}

std::vector<FteBand> default_coach_fte_rule() { return {{0, 20}, {250, 30}, {500, 40}, {750, 50}, {1000, 60}}; }

int required_coach_fte(const std::vector<FteBand>& rule, int pupils) {
  int fte = rule.empty() ? 0 : rule.front().fte_hundredths;
  for (const auto& band : rule) {
    if (pupils >= band.from_pupils) fte = band.fte_hundredths;
  }
  return fte;
}

Result<std::vector<FteBand>> check_fte_rule(std::vector<FteBand> rule) {
  if (rule.empty() || rule.size() > 20) {
    return std::unexpected(Error::invalid("bands", "Give 1 to 20 rows.").because("out_of_range", 1, 20));
  }
  for (std::size_t i = 0; i < rule.size(); ++i) {
    const std::string at = "bands." + std::to_string(i) + ".";
    if (i == 0 && rule[i].from_pupils != 0) {
      return std::unexpected(Error::invalid(at + "from_pupils", "The first row starts at 0 pupils.").because("out_of_range", 0, 0));
    }
    if (i > 0 && rule[i].from_pupils <= rule[i - 1].from_pupils) {
      return std::unexpected(Error::invalid(at + "from_pupils", "Each row starts at more pupils than the one before.")
                                 .because("out_of_range", rule[i - 1].from_pupils + 1, kMaxPupils));
    }
    if (rule[i].from_pupils > kMaxPupils) {
      return std::unexpected(Error::invalid(at + "from_pupils", "Too many pupils.").because("out_of_range", 0, kMaxPupils));
    }
    if (rule[i].fte_hundredths < 5 || rule[i].fte_hundredths > 100) {
      return std::unexpected(Error::invalid(at + "fte", "Between 0.05 and 1.00 fte.").because("out_of_range", 0.05, 1.0));
    }
  }
  return rule;
}

}  // namespace sb
