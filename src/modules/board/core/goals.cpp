#include "modules/board/core/goals.h"

#include <algorithm>

#include "modules/board/core/cycle_holidays.h"
#include "modules/board/core/rules.h"
#include "modules/board/core/board.h"
#include "modules/organisation/core/organisation.h"
#include "kernel/validation.h"

namespace sb {
namespace {

constexpr std::size_t kMaxGoalText = 300;

Result<Id> team_of_goal(Services& s, Id goal_id) {
  return read_value<Id>(s.store, [&](ReadTx& tx) -> Result<Id> {
    auto goal = board(tx).find_goal(goal_id);
    if (!goal) return std::unexpected(Error::not_found("No such goal."));
    return goal->team_id;
  });
}

// Applies the given fields to a goal and checks the whole.
Result<void> apply_goal_input(ReadTx& tx, Goal& goal, const GoalInput& input) {
  if (input.title) {
    SB_TRY(text, clean_text("title", *input.title, kMaxGoalText, Required::yes));
    goal.title = text;
  }
  if (input.students) {
    SB_TRY(text, clean_text("students", *input.students, kMaxGoalText, Required::yes));
    goal.students = text;
  }
  if (input.measure) {
    SB_TRY(text, clean_text("measure", *input.measure, kMaxGoalText, Required::yes));
    goal.measure = text;
  }
  if (input.unit) {
    auto unit = parse_goal_unit(*input.unit);
    if (!unit) return std::unexpected(Error::invalid("unit", "Unit must be percentage, count, score or yes_no."));
    goal.unit = *unit;
  }
  if (input.direction) {
    auto direction = parse_direction(*input.direction);
    if (!direction) return std::unexpected(Error::invalid("direction", "Direction must be higher or lower."));
    goal.direction = *direction;
  }
  if (input.baseline) goal.baseline = *input.baseline;
  if (input.target) goal.target = *input.target;
  SB_CHECK(check_value(goal.unit, goal.baseline, "baseline"));
  SB_CHECK(check_value(goal.unit, goal.target, "target"));
  if (input.cycle_id) {
    auto cycle = board(tx).find_cycle(*input.cycle_id);
    if (!cycle || cycle->team_id != goal.team_id) {
      return std::unexpected(Error{ErrorCode::not_found, "No such cycle in this team.", "cycle_id"});
    }
    goal.cycle_id = *input.cycle_id;
  }
  if (input.ambition_id) {
    if (*input.ambition_id) {
      auto ambition = board(tx).find_ambition(**input.ambition_id);
      auto team = organisation(tx).find_team(goal.team_id);
      if (!ambition || !team || ambition->school_id != team->school_id) {
        return std::unexpected(Error{ErrorCode::not_found, "No such ambition in this school.", "ambition_id"});
      }
    }
    goal.ambition_id = *input.ambition_id;
  }
  return ok();
}

}  // namespace

Result<Id> team_of_cycle(Services& s, Id cycle_id) {
  return read_value<Id>(s.store, [&](ReadTx& tx) -> Result<Id> {
    auto cycle = board(tx).find_cycle(cycle_id);
    if (!cycle) return std::unexpected(Error::not_found("No such cycle."));
    return cycle->team_id;
  });
}

Result<void> check_no_overlap(ReadTx& tx, const Cycle& cycle) {
  for (const auto& other : board(tx).list_cycles(cycle.team_id)) {
    if (other.id == cycle.id) continue;
    if (cycle.starts_on <= other.ends_on && other.starts_on <= cycle.ends_on) {
      return std::unexpected(Error::invalid("starts_on", "This cycle overlaps with " + other.name + "."));
    }
  }
  return ok();
}

Result<Cycle> create_cycle(Services& s, const Principal& who, Id team_id, const CycleInput& input) {
  SB_TRY(name, clean_name("name", input.name.value_or("")));
  SB_TRY(starts_on, check_date("starts_on", input.starts_on.value_or("")));
  SB_TRY(ends_on, check_date("ends_on", input.ends_on.value_or("")));
  return change_board<Cycle>(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<Cycle> {
    SB_CHECK(check_cycle_dates(starts_on, ends_on, holiday_weeks_in(s, tx, team_id, starts_on, ends_on)));
    Cycle cycle;
    cycle.team_id = team_id;
    cycle.name = name;
    cycle.starts_on = starts_on;
    cycle.ends_on = ends_on;
    SB_CHECK(check_no_overlap(tx, cycle));
    SB_TRY(id, board(tx).insert_cycle(cycle));
    auto created = *board(tx).find_cycle(id);
    changes.emplace_back(created);
    return created;
  });
}

Result<Cycle> update_cycle(Services& s, const Principal& who, Id cycle_id, const CycleInput& input, std::int64_t version) {
  SB_TRY(team_id, team_of_cycle(s, cycle_id));
  return change_board<Cycle>(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<Cycle> {
    auto cycle = *board(tx).find_cycle(cycle_id);
    if (cycle.version != version) {
      return std::unexpected(Error{ErrorCode::conflict, "Someone else changed this cycle first.", "version"});
    }
    if (input.name) {
      SB_TRY(name, clean_name("name", *input.name));
      cycle.name = name;
    }
    if (input.starts_on) {
      SB_TRY(date, check_date("starts_on", *input.starts_on));
      cycle.starts_on = date;
    }
    if (input.ends_on) {
      SB_TRY(date, check_date("ends_on", *input.ends_on));
      cycle.ends_on = date;
    }
    SB_CHECK(check_cycle_dates(cycle.starts_on, cycle.ends_on,
                               holiday_weeks_in(s, tx, cycle.team_id, cycle.starts_on, cycle.ends_on)));
    SB_CHECK(check_no_overlap(tx, cycle));
    cycle.updated_by = who.user.id;
    SB_CHECK(board(tx).update_cycle(cycle, version));
    auto updated = *board(tx).find_cycle(cycle_id);
    changes.emplace_back(updated);
    return updated;
  });
}

Result<Cycle> find_cycle_for(Services& s, const Principal& who, Id cycle_id) {
  return read_value<Cycle>(s.store, [&](ReadTx& tx) -> Result<Cycle> {
    SB_TRY(scope, scope_of_cycle(tx, cycle_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    return *board(tx).find_cycle(cycle_id);
  });
}

Result<Goal> create_goal(Services& s, const Principal& who, Id team_id, const GoalInput& input) {
  auto require = [](bool given, const char* field) -> Result<void> {
    if (given) return ok();
    return std::unexpected(Error::required(field));
  };
  SB_CHECK(require(input.title.has_value(), "title"));
  SB_CHECK(require(input.students.has_value(), "students"));
  SB_CHECK(require(input.measure.has_value(), "measure"));
  SB_CHECK(require(input.unit.has_value(), "unit"));
  SB_CHECK(require(input.direction.has_value(), "direction"));
  SB_CHECK(require(input.cycle_id.has_value(), "cycle_id"));
  SB_CHECK(require(input.baseline.has_value(), "baseline"));
  SB_CHECK(require(input.target.has_value(), "target"));
  return change_board<Goal>(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<Goal> {
    Goal goal;
    goal.team_id = team_id;
    SB_CHECK(apply_goal_input(tx, goal, input));
    SB_TRY(id, board(tx).insert_goal(goal));
    auto created = *board(tx).find_goal(id);
    changes.emplace_back(created);
    return created;
  });
}

Result<Goal> update_goal(Services& s, const Principal& who, Id goal_id, const GoalInput& input, std::int64_t version) {
  SB_TRY(team_id, team_of_goal(s, goal_id));
  return change_board<Goal>(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<Goal> {
    auto goal = *board(tx).find_goal(goal_id);
    SB_CHECK(apply_goal_input(tx, goal, input));
    goal.updated_by = who.user.id;
    SB_CHECK(board(tx).update_goal(goal, version));
    auto updated = *board(tx).find_goal(goal_id);
    changes.emplace_back(updated);
    return updated;
  });
}

Result<void> delete_goal(Services& s, const Principal& who, Id goal_id, std::int64_t version) {
  SB_TRY(team_id, team_of_goal(s, goal_id));
  return change_board(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<void> {
    // Items linked to the goal lose the link (ON DELETE SET NULL); their screens hear of it.
    std::vector<Id> linked;
    for (const auto& item : board(tx).list_items(team_id)) {
      if (item.goal_id == goal_id) linked.push_back(item.id);
    }
    SB_CHECK(board(tx).delete_goal(goal_id, version));
    changes.emplace_back(GoalDeleted{goal_id});
    for (auto id : linked) changes.emplace_back(*board(tx).find_item(id));
    return ok();
  });
}

Result<Goal> find_goal_for(Services& s, const Principal& who, Id goal_id) {
  return read_value<Goal>(s.store, [&](ReadTx& tx) -> Result<Goal> {
    SB_TRY(scope, scope_of_goal(tx, goal_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    return *board(tx).find_goal(goal_id);
  });
}

Result<Measurement> put_measurement(Services& s, const Principal& who, Id goal_id, std::string_view week_text, double value,
                                    std::optional<std::int64_t> version) {
  SB_TRY(week, check_week("week", week_text));
  SB_TRY(team_id, team_of_goal(s, goal_id));
  return change_board<Measurement>(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<Measurement> {
    auto goal = *board(tx).find_goal(goal_id);
    SB_CHECK(check_value(goal.unit, value, "value"));
    Measurement m;
    m.goal_id = goal_id;
    m.week = week;
    m.value = value;
    m.entered_by = who.user.id;
    m.entered_at = s.clock.now();
    auto existing = board(tx).find_measurement(goal_id, week);
    if (existing) {
      // Correcting a week's value needs the version it was read at: two people must not overwrite each other.
      if (!version) return std::unexpected(Error{ErrorCode::conflict, "This week already has a value.", "version"});
      m.id = existing->id;
      SB_CHECK(board(tx).update_measurement(m, *version));
    } else {
      if (version) return std::unexpected(Error::not_found("This week has no value to correct any more."));
      SB_CHECK(drop_value(board(tx).insert_measurement(m)));
    }
    auto stored = *board(tx).find_measurement(goal_id, week);
    changes.emplace_back(stored);
    return stored;
  });
}

Result<void> delete_measurement(Services& s, const Principal& who, Id goal_id, std::string_view week_text,
                                std::int64_t version) {
  SB_TRY(week, check_week("week", week_text));
  SB_TRY(team_id, team_of_goal(s, goal_id));
  return change_board(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<void> {
    auto existing = board(tx).find_measurement(goal_id, week);
    if (!existing) return std::unexpected(Error::not_found("This week has no value."));
    SB_CHECK(board(tx).delete_measurement(existing->id, version));
    changes.emplace_back(MeasurementDeleted{existing->id, goal_id});
    return ok();
  });
}

Result<Measurement> find_measurement_for(Services& s, const Principal& who, Id goal_id, std::string_view week) {
  return read_value<Measurement>(s.store, [&](ReadTx& tx) -> Result<Measurement> {
    SB_TRY(scope, scope_of_goal(tx, goal_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    auto measurement = board(tx).find_measurement(goal_id, week);
    if (!measurement) return std::unexpected(Error::not_found("This week has no value."));
    return *measurement;
  });
}

Result<std::vector<Ambition>> list_ambitions(Services& s, const Principal& who, Id school_id) {
  return read_value<std::vector<Ambition>>(s.store, [&](ReadTx& tx) -> Result<std::vector<Ambition>> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::view_school, scope));
    return board(tx).list_ambitions(school_id);
  });
}

namespace {

// Every board of the school shows its ambitions, so every board hears of a change to one.
Result<void> tell_school_boards(Services& s, WriteTx& tx, Id school_id, const BoardChange& change) {
  for (const auto& team : organisation(tx).list_teams_of_school(school_id)) SB_CHECK(publish_board_changes(s, tx, team.id, {change}));
  return ok();
}

}  // namespace

Result<Scope> scope_of_ambition(ReadTx& tx, Id ambition_id) {
  auto ambition = board(tx).find_ambition(ambition_id);
  if (!ambition) return std::unexpected(Error::not_found("No such ambition."));
  return scope_of_school(tx, ambition->school_id);
}

Result<Ambition> create_ambition(Services& s, const Principal& who, Id school_id, std::string_view school_year_text,
                                 std::string_view title_text, std::string_view description_text) {
  SB_TRY(school_year, check_school_year("school_year", school_year_text));
  SB_TRY(title, clean_text("title", title_text, kMaxGoalText, Required::yes));
  SB_TRY(description, clean_text("description", description_text, 4000, Required::no));
  return write_value<Ambition>(s.store, [&](WriteTx& tx) -> Result<Ambition> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    Ambition ambition{0, school_id, school_year, title, description, 1};
    SB_TRY(id, board(tx).insert_ambition(ambition));
    auto stored = *board(tx).find_ambition(id);
    SB_CHECK(tell_school_boards(s, tx, school_id, stored));
    return stored;
  });
}

Result<Ambition> update_ambition(Services& s, const Principal& who, Id ambition_id, const AmbitionInput& input,
                                 std::int64_t version) {
  std::optional<std::string> school_year, title, description;
  if (input.school_year) {
    SB_TRY(checked, check_school_year("school_year", *input.school_year));
    school_year = checked;
  }
  if (input.title) {
    SB_TRY(checked, clean_text("title", *input.title, kMaxGoalText, Required::yes));
    title = checked;
  }
  if (input.description) {
    SB_TRY(checked, clean_text("description", *input.description, 4000, Required::no));
    description = checked;
  }
  return write_value<Ambition>(s.store, [&](WriteTx& tx) -> Result<Ambition> {
    SB_TRY(scope, scope_of_ambition(tx, ambition_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    auto ambition = *board(tx).find_ambition(ambition_id);
    if (school_year) ambition.school_year = *school_year;
    if (title) ambition.title = *title;
    if (description) ambition.description = *description;
    SB_CHECK(board(tx).update_ambition(ambition, version));
    auto stored = *board(tx).find_ambition(ambition_id);
    SB_CHECK(tell_school_boards(s, tx, stored.school_id, stored));
    return stored;
  });
}

Result<void> delete_ambition(Services& s, const Principal& who, Id ambition_id, std::int64_t version) {
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(scope, scope_of_ambition(tx, ambition_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    const auto serving = board(tx).count_goals_of_ambition(ambition_id);
    if (serving > 0) {
      return std::unexpected(Error{ErrorCode::failed_precondition,
                                   std::to_string(serving) + (serving == 1 ? " goal still serves" : " goals still serve") +
                                       " this ambition: link them to another ambition first.",
                                   "goals"});
    }
    const auto school_id = board(tx).find_ambition(ambition_id)->school_id;
    SB_CHECK(board(tx).delete_ambition(ambition_id, version));
    return tell_school_boards(s, tx, school_id, AmbitionDeleted{ambition_id});
  });
}

Result<Ambition> find_ambition_for(Services& s, const Principal& who, Id ambition_id) {
  return read_value<Ambition>(s.store, [&](ReadTx& tx) -> Result<Ambition> {
    SB_TRY(scope, scope_of_ambition(tx, ambition_id));
    SB_CHECK(authorize(who, Action::view_school, scope));
    return *board(tx).find_ambition(ambition_id);
  });
}

}  // namespace sb
