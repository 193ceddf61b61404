// The trajectory's rules as pure functions, so they are unit-tested without a
// store: which step may follow which, the agreement blocked while a condition
// is open, and the coach fte a school of a given size needs.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <vector>

#include "kernel/error.h"
#include "modules/trajectory/core/model.h"

namespace sb {

// A step records the school's current phase again (a further visit or note) or
// reaches the next one; no phase is skipped and none revisited. The first step
// of a school is its registration. The agreement needs every condition met:
// otherwise failed_precondition with reason "conditions_open".
Result<void> check_step(std::optional<Phase> current, Phase step, const std::vector<ConditionCheck>& checks);

// Conditions that are not (yet) met; a condition never checked is open.
std::vector<Condition> open_conditions(const std::vector<ConditionCheck>& checks);

// The seed's "0.2–0.6 fte depending on the size of the school" as a default table.
std::vector<FteBand> default_coach_fte_rule();
// The band that covers `pupils` (the rule starts at 0 pupils, so one always does).
int required_coach_fte(const std::vector<FteBand>& rule, int pupils);
// A rule staff may store: 1 to 20 rows, the first from 0 pupils, rising pupils, fte 0.05–1.00.
Result<std::vector<FteBand>> check_fte_rule(std::vector<FteBand> rule);

inline constexpr int kMaxPupils = 10000;

}  // namespace sb
