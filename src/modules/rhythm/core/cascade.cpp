#include "modules/rhythm/core/cascade.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "kernel/validation.h"
#include "modules/board/core/store.h"
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/core/store.h"
#include "modules/rhythm/core/calendar.h"
#include "modules/rhythm/core/store.h"
#include "modules/rhythm/core/views.h"

namespace sb {
namespace {

constexpr std::size_t kMaxTitle = 300;
constexpr std::size_t kMaxDescription = 4000;

// The goals of the school's teams in cycles still running (no retrospective yet), by team.
std::vector<CascadeGoal> running_goals(ReadTx& tx, Id school_id) {
  std::vector<CascadeGoal> out;
  for (const auto& team : organisation(tx).list_teams_of_school(school_id)) {
    std::unordered_map<Id, bool> running;
    for (const auto& cycle : board(tx).list_cycles(team.id)) running[cycle.id] = !cycle.retrospective;
    for (auto& goal : board(tx).list_goals(team.id)) {
      if (!goal.ambition_id || !running[goal.cycle_id]) continue;
      CascadeGoal g;
      g.team_name = team.name;
      if (!goal.measurements.empty()) {
        g.latest = goal.measurements.back().value;
        g.latest_week = goal.measurements.back().week;
      }
      g.met = target_met(goal);
      g.progress = progress_of(goal);
      g.goal = std::move(goal);
      out.push_back(std::move(g));
    }
  }
  return out;
}

Result<Cascade> cascade_of(ReadTx& tx, Id bestuur_id, const std::vector<School>& schools, const std::string& school_year) {
  Cascade cascade;
  cascade.bestuur_id = bestuur_id;
  cascade.school_year = school_year;
  if (auto bestuur = organisation(tx).find_bestuur(bestuur_id)) cascade.bestuur_name = bestuur->name;
  std::unordered_map<Id, Id> link;  // ambition -> strategic goal
  for (const auto& [ambition, goal] : rhythm(tx).list_ambition_links(bestuur_id)) link[ambition] = goal;
  for (auto& goal : rhythm(tx).list_strategic_goals(bestuur_id)) {
    if (goal.school_year == school_year) cascade.strategic_goals.push_back({std::move(goal), {}});
  }
  for (const auto& school : schools) {
    const auto goals = running_goals(tx, school.id);
    for (auto& ambition : board(tx).list_ambitions(school.id)) {
      if (ambition.school_year != school_year) continue;
      CascadeAmbition a;
      a.school_name = school.name;
      for (const auto& g : goals) {
        if (g.goal.ambition_id == ambition.id) a.goals.push_back(g);
      }
      if (a.goals.empty()) ++cascade.ambitions_without_goals;
      a.ambition = std::move(ambition);
      auto linked = link.find(a.ambition.id);
      auto parent = linked == link.end() ? cascade.strategic_goals.end()
                                         : std::find_if(cascade.strategic_goals.begin(), cascade.strategic_goals.end(),
                                                        [&](const CascadeStrategicGoal& sg) { return sg.goal.id == linked->second; });
      if (parent == cascade.strategic_goals.end()) {
        cascade.unlinked.push_back(std::move(a));
      } else {
        a.strategic_goal_id = parent->goal.id;
        parent->ambitions.push_back(std::move(a));
      }
    }
  }
  return cascade;
}

Result<StrategicGoal> checked_goal(StrategicGoal goal, const StrategicGoalInput& input) {
  if (input.school_year) {
    SB_TRY(year, check_school_year("school_year", *input.school_year));
    goal.school_year = year;
  }
  if (input.title) {
    SB_TRY(title, clean_text("title", *input.title, kMaxTitle, Required::yes));
    goal.title = title;
  }
  if (input.description) {
    SB_TRY(description, clean_text("description", *input.description, kMaxDescription, Required::no));
    goal.description = description;
  }
  return goal;
}

}  // namespace

GoalProgress progress_of(const Goal& goal) {
  const auto& m = goal.measurements;
  if (m.size() < 2) return GoalProgress::unknown;
  const double change = m.back().value - m[m.size() - 2].value;
  if (change == 0) return GoalProgress::flat;
  const bool up = change > 0;
  return up == (goal.direction == Direction::higher) ? GoalProgress::improving : GoalProgress::worsening;
}

bool target_met(const Goal& goal) {
  if (goal.measurements.empty()) return false;
  const double latest = goal.measurements.back().value;
  return goal.direction == Direction::higher ? latest >= goal.target : latest <= goal.target;
}

Result<Cascade> bestuur_cascade(Services& s, const Principal& who, Id bestuur_id, const std::optional<std::string>& year) {
  SB_TRY(school_year, school_year_or_today(s, year));
  return read_value<Cascade>(s.store, [&](ReadTx& tx) -> Result<Cascade> {
    SB_TRY(scope, scope_of_bestuur(tx, bestuur_id));
    SB_CHECK(authorize(who, Action::view_rhythm, scope));
    return cascade_of(tx, bestuur_id, organisation(tx).list_schools_of_bestuur(bestuur_id), school_year);
  });
}

Result<Cascade> school_cascade(Services& s, const Principal& who, Id school_id, const std::optional<std::string>& year) {
  SB_TRY(school_year, school_year_or_today(s, year));
  return read_value<Cascade>(s.store, [&](ReadTx& tx) -> Result<Cascade> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::view_rhythm, scope));
    const auto school = *organisation(tx).find_school(school_id);
    return cascade_of(tx, school.bestuur_id, {school}, school_year);
  });
}

Result<Scope> scope_of_strategic_goal(ReadTx& tx, Id goal_id) {
  auto goal = rhythm(tx).find_strategic_goal(goal_id);
  if (!goal) return std::unexpected(Error::not_found("No such strategic goal."));
  return Scope{std::nullopt, std::nullopt, goal->bestuur_id};
}

Result<std::vector<StrategicGoal>> list_strategic_goals(Services& s, const Principal& who, Id bestuur_id) {
  return read_value<std::vector<StrategicGoal>>(s.store, [&](ReadTx& tx) -> Result<std::vector<StrategicGoal>> {
    SB_TRY(scope, scope_of_bestuur(tx, bestuur_id));
    SB_CHECK(authorize(who, Action::view_rhythm, scope));
    return rhythm(tx).list_strategic_goals(bestuur_id);
  });
}

Result<StrategicGoal> create_strategic_goal(Services& s, const Principal& who, Id bestuur_id, const StrategicGoalInput& input) {
  if (!input.school_year) return std::unexpected(Error::required("school_year"));
  if (!input.title) return std::unexpected(Error::required("title"));
  SB_TRY(goal, checked_goal(StrategicGoal{0, bestuur_id, "", "", "", 1}, input));
  return write_value<StrategicGoal>(s.store, [&](WriteTx& tx) -> Result<StrategicGoal> {
    SB_TRY(scope, scope_of_bestuur(tx, bestuur_id));
    SB_CHECK(authorize(who, Action::manage_strategic_goals, scope));
    SB_TRY(id, rhythm(tx).insert_strategic_goal(goal));
    return *rhythm(tx).find_strategic_goal(id);
  });
}

Result<StrategicGoal> update_strategic_goal(Services& s, const Principal& who, Id goal_id, const StrategicGoalInput& input,
                                            std::int64_t version) {
  SB_TRY(unchanged_check, checked_goal(StrategicGoal{}, input));
  (void)unchanged_check;
  return write_value<StrategicGoal>(s.store, [&](WriteTx& tx) -> Result<StrategicGoal> {
    SB_TRY(scope, scope_of_strategic_goal(tx, goal_id));
    SB_CHECK(authorize(who, Action::manage_strategic_goals, scope));
    SB_TRY(goal, checked_goal(*rhythm(tx).find_strategic_goal(goal_id), input));
    SB_CHECK(rhythm(tx).update_strategic_goal(goal, version));
    return *rhythm(tx).find_strategic_goal(goal_id);
  });
}

Result<void> delete_strategic_goal(Services& s, const Principal& who, Id goal_id, std::int64_t version) {
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(scope, scope_of_strategic_goal(tx, goal_id));
    SB_CHECK(authorize(who, Action::manage_strategic_goals, scope));
    return rhythm(tx).delete_strategic_goal(goal_id, version);
  });
}

Result<std::optional<Id>> link_ambition(Services& s, const Principal& who, Id ambition_id, std::optional<Id> strategic_goal_id) {
  return write_value<std::optional<Id>>(s.store, [&](WriteTx& tx) -> Result<std::optional<Id>> {
    auto ambition = board(tx).find_ambition(ambition_id);
    if (!ambition) return std::unexpected(Error::not_found("No such ambition."));
    SB_TRY(scope, scope_of_school(tx, ambition->school_id));
    SB_CHECK(authorize(who, Action::manage_school, scope));
    if (strategic_goal_id) {
      // Only a goal of the school's own bestuur; another bestuur's reads as missing.
      auto goal = rhythm(tx).find_strategic_goal(*strategic_goal_id);
      if (!goal || goal->bestuur_id != scope.bestuur_id) {
        return std::unexpected(Error{ErrorCode::invalid_argument, "No such strategic goal of this school's bestuur.",
                                     "strategic_goal_id"});
      }
    }
    SB_CHECK(rhythm(tx).set_ambition_link(ambition_id, strategic_goal_id));
    return strategic_goal_id;
  });
}

Result<std::vector<Holiday>> list_holidays(Services& s) {
  return read_value<std::vector<Holiday>>(s.store, [&](ReadTx& tx) -> Result<std::vector<Holiday>> {
    auto all = known_holidays(tx);
    std::stable_sort(all.begin(), all.end(), [](const Holiday& a, const Holiday& b) {
      return std::tie(a.starts_on, a.region) < std::tie(b.starts_on, b.region);
    });
    return all;
  });
}

Result<Holiday> add_holiday(Services& s, const Principal& who, const HolidayInput& input) {
  SB_CHECK(authorize(who, Action::manage_holidays, Scope::platform()));
  SB_TRY(holiday, check_holiday(input.region, input.school_year, input.name, input.starts_on, input.ends_on));
  return write_value<Holiday>(s.store, [&](WriteTx& tx) -> Result<Holiday> {
    SB_TRY(id, rhythm(tx).insert_holiday(holiday, who.user.id, s.clock.now()));
    return *rhythm(tx).find_added_holiday(id);
  });
}

Result<void> remove_holiday(Services& s, const Principal& who, Id holiday_id) {
  SB_CHECK(authorize(who, Action::manage_holidays, Scope::platform()));
  return s.store.write([&](WriteTx& tx) -> Result<void> { return rhythm(tx).delete_holiday(holiday_id); });
}

}  // namespace sb
