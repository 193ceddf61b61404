#include "modules/board/core/retrospective.h"

#include <algorithm>
#include <map>

#include "modules/board/core/cycle_holidays.h"
#include "modules/board/core/rules.h"
#include "modules/board/core/board.h"
#include "modules/board/core/goals.h"
#include "modules/organisation/core/organisation.h"
#include "kernel/validation.h"

namespace sb {
namespace {

// An error of a nested input named under its parent: "starts_on" of the next cycle is "next_cycle.starts_on".
Error nested(std::string_view parent, Error error) {
  error.field = std::string(parent) + "." + error.field;
  return error;
}

std::string verdict_field(std::size_t index, std::string_view name) {
  return "goals." + std::to_string(index) + "." + std::string(name);
}

// The next cycle a retrospective opens: its name and dates; their span is checked in the unit of work,
// where the school's holidays are known, like create_cycle's.
struct NextCycle {
  std::string name;
  DateText starts_on;
  DateText ends_on;
};

Result<NextCycle> check_next_cycle_fields(const CycleInput& input) {
  SB_TRY(name, clean_name("name", input.name.value_or("")));
  SB_TRY(starts_on, check_date("starts_on", input.starts_on.value_or("")));
  SB_TRY(ends_on, check_date("ends_on", input.ends_on.value_or("")));
  return NextCycle{name, starts_on, ends_on};
}

Result<NextCycle> check_next_cycle(const CycleInput& input) {
  auto next = check_next_cycle_fields(input);
  if (!next) return std::unexpected(nested("next_cycle", next.error()));
  return next;
}

// What can be checked before the unit of work: texts, verdicts and the next cycle's fields.
struct CheckedInput {
  std::string goal_reached;
  std::string helped;
  std::string change;
  std::optional<NextCycle> new_cycle;
};

Result<CheckedInput> check_input(const RetrospectiveInput& input) {
  if (input.goal_reached && !is_verdict(*input.goal_reached)) {
    return std::unexpected(Error::invalid("goal_reached", "Goal reached is yes, partly or no."));
  }
  SB_TRY(helped, clean_text("helped", input.helped, 4000, Required::no));
  SB_TRY(change, clean_text("change", input.change, 4000, Required::no));
  if (input.goals.size() > 50) return std::unexpected(Error::invalid("goals", "At most 50 goals."));
  std::vector<std::string> verdicts;
  for (std::size_t i = 0; i < input.goals.size(); ++i) {
    if (!is_verdict(input.goals[i].reached)) {
      return std::unexpected(Error::invalid(verdict_field(i, "reached"), "Reached is yes, partly or no."));
    }
    if (input.goals[i].target && !input.goals[i].continues) {
      return std::unexpected(Error::invalid(verdict_field(i, "target"), "A new target is for a goal that goes on."));
    }
    verdicts.push_back(input.goals[i].reached);
  }
  const auto goal_reached = input.goal_reached ? input.goal_reached : overall_verdict(verdicts);
  if (!goal_reached) {
    return std::unexpected(Error::invalid("goal_reached", "Say whether the goal was reached: yes, partly or no."));
  }
  if (input.next_cycle && input.next_cycle_id) {
    return std::unexpected(Error::invalid("next_cycle_id", "Open a new next cycle or name one that is there, not both."));
  }
  CheckedInput checked{*goal_reached, helped, change, std::nullopt};
  if (input.next_cycle) {
    SB_TRY(next, check_next_cycle(*input.next_cycle));
    checked.new_cycle = next;
  }
  return checked;
}

// Each verdict names a goal of this cycle, once. Returns goal id -> index of its verdict.
Result<std::map<Id, std::size_t>> match_verdicts(const std::vector<Goal>& goals, const std::vector<GoalVerdict>& verdicts) {
  std::map<Id, std::size_t> verdict_of;
  for (std::size_t i = 0; i < verdicts.size(); ++i) {
    const Id goal_id = verdicts[i].goal_id;
    const bool ours = std::any_of(goals.begin(), goals.end(), [&](const Goal& g) { return g.id == goal_id; });
    if (!ours) return std::unexpected(Error::invalid(verdict_field(i, "goal_id"), "This is not a goal of this cycle."));
    if (!verdict_of.emplace(goal_id, i).second) {
      return std::unexpected(Error::invalid(verdict_field(i, "goal_id"), "This goal has a verdict already."));
    }
  }
  return verdict_of;
}

// The next cycle: opened here, or one the team already made after this one, or none.
Result<std::optional<Cycle>> next_cycle(Services& s, WriteTx& tx, const Cycle& closing, const CheckedInput& checked,
                                        std::optional<Id> named_id, std::vector<BoardChange>& changes) {
  if (checked.new_cycle) {
    Cycle opened;
    opened.team_id = closing.team_id;
    opened.name = checked.new_cycle->name;
    opened.starts_on = checked.new_cycle->starts_on;
    opened.ends_on = checked.new_cycle->ends_on;
    const int holiday_weeks = holiday_weeks_in(s, tx, opened.team_id, opened.starts_on, opened.ends_on);
    if (auto span = check_cycle_dates(opened.starts_on, opened.ends_on, holiday_weeks); !span) {
      return std::unexpected(nested("next_cycle", span.error()));
    }
    SB_CHECK(check_next_cycle_start(closing, opened.starts_on, "next_cycle.starts_on"));
    if (auto free = check_no_overlap(tx, opened); !free) return std::unexpected(nested("next_cycle", free.error()));
    SB_TRY(id, board(tx).insert_cycle(opened));
    auto stored = *board(tx).find_cycle(id);
    changes.emplace_back(stored);
    return stored;
  }
  if (!named_id) return std::optional<Cycle>{};
  auto named = board(tx).find_cycle(*named_id);
  if (!named || named->team_id != closing.team_id) {
    return std::unexpected(Error{ErrorCode::not_found, "No such cycle in this team.", "next_cycle_id"});
  }
  SB_CHECK(check_next_cycle_start(closing, named->starts_on, "next_cycle_id"));
  return named;
}

// One line per judged goal, in the cycle's order; each goal the team goes on with gets its copy in `next`.
Result<std::vector<GoalResult>> judge_goals(WriteTx& tx, const std::vector<Goal>& goals, const std::vector<GoalVerdict>& verdicts,
                                            const std::map<Id, std::size_t>& verdict_of, const std::optional<Cycle>& next,
                                            std::vector<BoardChange>& changes) {
  std::vector<GoalResult> lines;
  for (const auto& goal : goals) {
    auto found = verdict_of.find(goal.id);
    if (found == verdict_of.end()) continue;
    const auto& verdict = verdicts[found->second];
    auto line = goal_result(goal, verdict.reached);
    if (verdict.continues) {
      if (!next) {
        return std::unexpected(
            Error::invalid("goals", "A goal goes on in a next cycle: open one (next_cycle) or name it (next_cycle_id)."));
      }
      Goal copy = goal;
      copy.id = 0;
      copy.cycle_id = next->id;
      copy.baseline = carried_baseline(goal);
      copy.measurements.clear();
      if (verdict.target) {
        SB_CHECK(check_value(copy.unit, *verdict.target, verdict_field(found->second, "target")));
        copy.target = *verdict.target;
      }
      SB_TRY(copy_id, board(tx).insert_goal(copy));
      changes.emplace_back(*board(tx).find_goal(copy_id));
      line.continued_as = copy_id;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

// Open actions move along with their goal to its copy: the change is made on the version read here.
Result<void> carry_open_actions(WriteTx& tx, Id team_id, UnixTime now, std::vector<GoalResult>& lines,
                                std::vector<BoardChange>& changes) {
  for (auto& item : board(tx).list_items(team_id)) {
    if (!is_open_action(item) || !item.goal_id) continue;
    auto line = std::find_if(lines.begin(), lines.end(), [&](const GoalResult& l) { return l.goal_id == item.goal_id; });
    if (line == lines.end() || !line->continued_as) continue;
    const auto read_at = item.version;
    item.goal_id = line->continued_as;
    item.updated_at = now;
    SB_CHECK(board(tx).update_item(item, read_at));
    changes.emplace_back(*board(tx).find_item(item.id));
    ++line->actions_carried;
  }
  return ok();
}

}  // namespace

Result<CycleReview> close_cycle(Services& s, const Principal& who, Id cycle_id, const RetrospectiveInput& input,
                                std::int64_t version) {
  SB_TRY(checked, check_input(input));
  SB_TRY(team_id, team_of_cycle(s, cycle_id));
  return change_board<CycleReview>(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<CycleReview> {
    const auto cycle = *board(tx).find_cycle(cycle_id);
    if (cycle.retrospective) {
      return std::unexpected(Error{ErrorCode::already_exists, "This cycle already has its retrospective; it does not change.",
                                   "retrospective"});
    }
    if (cycle.version != version) {
      return std::unexpected(Error{ErrorCode::conflict, "Someone else changed this cycle first.", "version"});
    }
    std::vector<Goal> goals;
    for (auto& goal : board(tx).list_goals(team_id)) {
      if (goal.cycle_id == cycle_id) goals.push_back(std::move(goal));
    }
    SB_TRY(verdict_of, match_verdicts(goals, input.goals));
    SB_TRY(next, next_cycle(s, tx, cycle, checked, input.next_cycle_id, changes));
    SB_TRY(lines, judge_goals(tx, goals, input.goals, verdict_of, next, changes));
    const auto now = s.clock.now();
    SB_CHECK(carry_open_actions(tx, team_id, now, lines, changes));
    Retrospective retrospective{checked.goal_reached, checked.helped, checked.change, now};
    SB_CHECK(board(tx).close_cycle(cycle_id, retrospective, lines, version));
    CycleReview review{*board(tx).find_cycle(cycle_id), std::move(lines)};
    changes.insert(changes.begin(), review.cycle);
    return review;
  });
}

Result<std::vector<CycleReview>> list_cycle_reviews(Services& s, const Principal& who, Id team_id) {
  return read_value<std::vector<CycleReview>>(s.store, [&](ReadTx& tx) -> Result<std::vector<CycleReview>> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    std::vector<CycleReview> out;
    for (auto& cycle : board(tx).list_cycles(team_id)) {
      CycleReview review{std::move(cycle), {}};
      if (review.cycle.retrospective) review.goals = board(tx).list_goal_results(review.cycle.id);
      out.push_back(std::move(review));
    }
    return out;
  });
}

}  // namespace sb
