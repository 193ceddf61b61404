#include "modules/board/core/rules.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <set>

namespace sb {

namespace chrono = std::chrono;

namespace {

std::unexpected<Error> not_a_date(std::string_view field) {
  return std::unexpected(Error::invalid(std::string(field), "A date is written as YYYY-MM-DD.").because("not_a_date"));
}

}  // namespace

Result<void> check_cycle_dates(const DateText& starts_on, const DateText& ends_on, int holiday_weeks) {
  const auto start = parse_date(starts_on);
  const auto end = parse_date(ends_on);
  if (!start) return not_a_date("starts_on");
  if (!end) return not_a_date("ends_on");
  const int days = *end - *start + 1;
  if (days < 42 || days - 7 * holiday_weeks > 56) {
    return std::unexpected(Error::invalid("ends_on", "A cycle lasts 6 to 8 weeks; holiday weeks may come on top.")
                               .because("cycle_weeks", 6, 8));
  }
  return ok();
}

DateText end_past_holidays(const DateText& starts_on, const DateText& ends_on,
                           const std::vector<std::string>& holiday_mondays) {
  const std::set<std::string> holidays(holiday_mondays.begin(), holiday_mondays.end());
  const int start = *parse_date(monday_of(starts_on));
  int end = *parse_date(ends_on);
  for (int monday = start; monday <= end; monday += 7) {
    if (holidays.contains(format_date(monday))) end += 7;
  }
  return format_date(end);
}

const std::vector<std::string>& statuses_of(ItemKind kind) {
  static const std::vector<std::string> action{"todo", "doing", "done"};
  static const std::vector<std::string> obstacle{"open", "leadership", "answered", "taken_on", "resolved"};
  static const std::vector<std::string> other{"open"};
  switch (kind) {
    case ItemKind::action: return action;
    case ItemKind::obstacle: return obstacle;
    case ItemKind::success:
    case ItemKind::idea:
    case ItemKind::agreement: return other;
  }
  return other;
}

Result<void> check_status(ItemKind kind, std::string_view status) {
  for (const auto& allowed : statuses_of(kind)) {
    if (allowed == status) return ok();
  }
  return std::unexpected(Error::invalid("status", "This status does not exist for this kind of item.").because("unknown_choice"));
}

Result<void> check_value(GoalUnit unit, double value, std::string_view field) {
  const auto refuse = [&](std::string message, std::string reason, std::optional<double> min, std::optional<double> max) {
    return std::unexpected(Error::invalid(std::string(field), std::move(message)).because(std::move(reason), min, max));
  };
  if (!std::isfinite(value)) return refuse("A value is a number.", "not_a_number", {}, {});
  switch (unit) {
    case GoalUnit::percentage:
      if (value < 0 || value > 100) return refuse("A percentage lies between 0 and 100.", "out_of_range", 0, 100);
      break;
    case GoalUnit::yes_no:
      if (value != 0 && value != 1) return refuse("Yes is 1 and no is 0.", "yes_or_no", 0, 1);
      break;
    // Counts (of students, minutes, books) and scores (a grade, a rubric level) are never below zero.
    case GoalUnit::count:
      if (value < 0) return refuse("A count is not negative.", "negative", 0, {});
      break;
    case GoalUnit::score:
      if (value < 0) return refuse("A score is not negative.", "negative", 0, {});
      break;
  }
  return ok();
}

std::array<int, kAgendaSteps> agenda_minutes(int total) {
  // Shares after the method: successes short, goal progress the longest, a short close.
  constexpr std::array<int, kAgendaSteps> weights{15, 30, 25, 20, 10};
  std::array<int, kAgendaSteps> out{};
  int used = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = std::max(1, total * weights[i] / 100);
    used += out[i];
  }
  out[1] += total - used;  // rounding goes to goal progress
  return out;
}

bool is_overdue(const BoardItem& item, const DateText& today) {
  return item.kind == ItemKind::action && item.status != "done" && item.due_on && *item.due_on < today;
}

bool is_verdict(std::string_view text) { return text == "yes" || text == "partly" || text == "no"; }

std::optional<std::string> overall_verdict(const std::vector<std::string>& goal_verdicts) {
  if (goal_verdicts.empty()) return std::nullopt;
  const auto all = [&](std::string_view verdict) {
    return std::all_of(goal_verdicts.begin(), goal_verdicts.end(), [&](const auto& v) { return v == verdict; });
  };
  if (all("yes")) return "yes";
  if (all("no")) return "no";
  return "partly";
}

bool is_open_action(const BoardItem& item) {
  return item.kind == ItemKind::action && (item.status == "todo" || item.status == "doing");
}

double carried_baseline(const Goal& goal) {
  return goal.measurements.empty() ? goal.baseline : goal.measurements.back().value;
}

GoalResult goal_result(const Goal& goal, std::string reached) {
  GoalResult line;
  line.goal_id = goal.id;
  line.title = goal.title;
  line.unit = goal.unit;
  line.direction = goal.direction;
  line.baseline = goal.baseline;
  line.target = goal.target;
  if (!goal.measurements.empty()) {
    line.latest = goal.measurements.back().value;
    line.latest_week = goal.measurements.back().week;
  }
  line.reached = std::move(reached);
  return line;
}

Result<void> check_next_cycle_start(const Cycle& closed, const DateText& next_starts_on, std::string_view field) {
  if (next_starts_on <= closed.ends_on) {
    return std::unexpected(Error::invalid(std::string(field), "The next cycle starts after " + closed.name + " ends."));
  }
  return ok();
}

}  // namespace sb
