// The rules of a team's board, as pure functions: which statuses an item
// kind has, what makes a valid date, week or cycle, how a session's total
// time is split over its agenda, when an action is overdue, and what a
// cycle's retrospective carries over into the next cycle.
// Thread-safety: pure functions.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "modules/board/core/model.h"
#include "kernel/dates.h"
#include "kernel/error.h"

namespace sb {

// A cycle runs 6 to 8 weeks: at least 42 days, end inclusive, and at most 56 days besides
// the `holiday_weeks` weeks of school holidays it spans (a team moves its end past them).
Result<void> check_cycle_dates(const DateText& starts_on, const DateText& ends_on, int holiday_weeks = 0);

// A cycle's end moved one week later for every holiday week it spans, also those it spans
// only after moving. `holiday_mondays` lists the region's holiday weeks by their Monday and
// must reach far enough past `ends_on` (half a year is plenty).
DateText end_past_holidays(const DateText& starts_on, const DateText& ends_on,
                           const std::vector<std::string>& holiday_mondays);

// The statuses an item kind may have; the first is where new items start.
const std::vector<std::string>& statuses_of(ItemKind kind);
Result<void> check_status(ItemKind kind, std::string_view status);

// A measurement's value must fit its unit: 0–100 for percentages, 0 or 1 for yes/no.
Result<void> check_value(GoalUnit unit, double value, std::string_view field);

inline constexpr std::array<std::string_view, kAgendaSteps> kAgendaKeys{"successes", "goals", "actions",
                                                                         "new_actions", "close"};
// Minutes per agenda step for a session of `total` minutes; they add up to total.
std::array<int, kAgendaSteps> agenda_minutes(int total);

bool is_overdue(const BoardItem& item, const DateText& today);

// The retrospective at a cycle's end.
// A verdict on a goal (and on the cycle as a whole) is "yes", "partly" or "no".
bool is_verdict(std::string_view text);
// The cycle's verdict from its goals' verdicts: yes when every goal was reached,
// no when none was, partly otherwise; nullopt without goals.
std::optional<std::string> overall_verdict(const std::vector<std::string>& goal_verdicts);
// An action still to be done (todo or doing): it goes along into the next cycle.
bool is_open_action(const BoardItem& item);
// A continued goal starts the next cycle where this one ended: at its latest
// measurement, or at its old baseline when it was never measured.
double carried_baseline(const Goal& goal);
// A retrospective's line for a goal: how it stood at the cycle's end, with the team's verdict.
GoalResult goal_result(const Goal& goal, std::string reached);
// The next cycle starts after the closed one ends.
Result<void> check_next_cycle_start(const Cycle& closed, const DateText& next_starts_on, std::string_view field);

}  // namespace sb
