#include "modules/board/core/demo.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "modules/board/core/board_sessions.h"
#include "modules/board/core/rules.h"
#include "modules/board/core/store.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

struct GoalTemplate {
  const char* title;
  const char* students;
  const char* measure;
  GoalUnit unit;
  double baseline;
  double target;
};

constexpr std::array<GoalTemplate, 4> kGoals{{
    {"Meer leerlingen lezen thuis elke dag", "alle leerlingen van de groep", "leerlingen die 5 van de 7 dagen thuis lazen",
     GoalUnit::percentage, 40, 70},
    {"Leerlingen stellen zelf hun leerdoel", "leerlingen met een eigen weekdoel", "weekdoelen in het logboek",
     GoalUnit::count, 6, 20},
    {"Rustige start van elke les", "de hele klas", "minuten tot iedereen aan het werk is", GoalUnit::score, 9, 4},
    {"Feedback die leerlingen verder helpt", "leerlingen die feedback gebruikten", "aandeel herziene opdrachten",
     GoalUnit::percentage, 25, 60},
}};

// The demo team (by the order the organisation's demo made them) that no longer holds board sessions.
constexpr std::size_t kStoppedDemoTeam = 3;

// A board with two cycles of history for a demo team: goals with weekly
// measurements, actions in every column, successes, obstacles (one waiting for
// the leadership), an idea, an agreement, and closed sessions with their records.
Result<void> add_demo_board(WriteTx& tx, Id team_id, std::size_t seed, const std::vector<Id>& teachers, Id leader,
                            UnixTime now) {
  const auto today = date_of(now);
  const auto start_days = *parse_date(monday_of(today)) - 21;
  const std::array<std::pair<int, std::string>, 2> cycles{{{start_days - 42, "Cyclus 1"}, {start_days, "Cyclus 2"}}};
  std::vector<Id> cycle_ids;
  std::vector<Id> goal_ids;
  for (std::size_t c = 0; c < cycles.size(); ++c) {
    Cycle cycle;
    cycle.team_id = team_id;
    cycle.name = cycles[c].second;
    cycle.starts_on = format_date(cycles[c].first);
    cycle.ends_on = format_date(cycles[c].first + 41);
    SB_TRY(cycle_id, board(tx).insert_cycle(cycle));
    cycle_ids.push_back(cycle_id);
    for (std::size_t g = 0; g < 2; ++g) {
      const auto& t = kGoals[(seed + c + g) % kGoals.size()];
      Goal goal;
      goal.team_id = team_id;
      goal.cycle_id = cycle_id;
      goal.title = t.title;
      goal.students = t.students;
      goal.measure = t.measure;
      goal.unit = t.unit;
      goal.baseline = t.baseline;
      goal.target = t.target;
      goal.direction = t.target >= t.baseline ? Direction::higher : Direction::lower;
      // The first goal of Cyclus 2 is the second of Cyclus 1, continued: it starts where that one ended.
      if (c == 1 && g == 0) goal.baseline = carried_baseline(*board(tx).find_goal(goal_ids[1]));
      SB_TRY(goal_id, board(tx).insert_goal(goal));
      goal_ids.push_back(goal_id);
      // Weekly values moving from baseline towards target, with a little wobble.
      for (int week = 0; week < 6; ++week) {
        const int day = cycles[c].first + week * 7;
        if (format_date(day) > today) break;
        const double progress = (week + 1) / 7.0 + ((week + g + seed) % 3 == 0 ? -0.06 : 0.03);
        double value = goal.baseline + (goal.target - goal.baseline) * progress;
        value = std::round(value);
        Measurement m{0, goal_id, format_date(day), value, teachers[(week + g) % teachers.size()], "",
                      static_cast<UnixTime>(day) * 86400 + 15 * 3600, 1};
        SB_CHECK(drop_value(board(tx).insert_measurement(m)));
      }
    }
  }
  // Cyclus 1 was closed with its retrospective: both goals partly reached, the second one goes on in Cyclus 2.
  std::vector<GoalResult> results;
  for (std::size_t g = 0; g < 2; ++g) {
    auto line = goal_result(*board(tx).find_goal(goal_ids[g]), "partly");
    if (g == 1) line.continued_as = goal_ids[2];
    results.push_back(std::move(line));
  }
  SB_CHECK(board(tx).close_cycle(cycle_ids[0],
                          Retrospective{"partly", "Elke week samen naar de cijfers kijken hield ons scherp.",
                                        "Kleinere acties, met één eigenaar per actie.", now - 22 * 86400},
                          results, 1));
  const Id current_goal = goal_ids.back();
  struct DemoItem {
    ItemKind kind;
    const char* text;
    const char* status;
    int due_in_days;  // 0: none
  };
  const std::array<DemoItem, 12> items{{
      {ItemKind::action, "Leeshoek opnieuw inrichten met de leerlingen", "todo", 6},
      {ItemKind::action, "Ouders mailen over thuis lezen", "todo", -2},
      {ItemKind::action, "Logboekjes uitdelen en uitleggen", "doing", 3},
      {ItemKind::action, "Lesbezoek bij elkaar plannen", "doing", 10},
      {ItemKind::action, "Startritueel afspreken met de klas", "done", -5},
      {ItemKind::action, "Meetlijst in de teamkamer ophangen", "done", -9},
      {ItemKind::success, "Tien leerlingen haalden hun weekdoel", "open", 0},
      {ItemKind::success, "De les begon drie keer binnen vier minuten", "open", 0},
      {ItemKind::obstacle, "Te weinig boeken op AVI-niveau E5", "leadership", 0},
      {ItemKind::obstacle, "Bordsessie valt samen met de pauzedienst", "open", 0},
      {ItemKind::idea, "Voorleeswedstrijd tussen de groepen", "open", 0},
      {ItemKind::agreement, "We beginnen elke bordsessie op tijd, ook als niet iedereen er is", "open", 0},
  }};
  // The weekly sessions were on Mondays at 14:50, when the week's values were entered (15:00).
  const int this_monday = *parse_date(monday_of(today));
  auto session_start = [&](int weeks_ago) {
    return static_cast<UnixTime>(this_monday - 7 * weeks_ago) * 86400 + 14 * 3600 + 50 * 60;
  };
  double position = 1;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& d = items[i];
    BoardItem item;
    item.team_id = team_id;
    item.kind = d.kind;
    item.text = d.text;
    item.status = d.status;
    item.position = position++;
    if (d.kind == ItemKind::action || d.kind == ItemKind::success) item.goal_id = current_goal;
    if (d.due_in_days != 0) item.due_on = format_date(*parse_date(today) + d.due_in_days);
    if (d.kind == ItemKind::action) item.owner_ids = {teachers[i % teachers.size()]};
    item.created_by = teachers[(i + seed) % teachers.size()];
    // Made during one of the three past board sessions (below), so their records tell what was decided.
    item.created_at = item.updated_at = item.status_changed_at = session_start(1 + static_cast<int>(i % 3)) + 5 * 60;
    if (d.kind == ItemKind::obstacle && std::string_view(d.status) == "leadership") item.previous_status = "open";
    SB_CHECK(drop_value(board(tx).insert_item(item)));
  }
  // Three closed weekly sessions, each with its record from the board as it stood — except in the
  // fourth demo team, which stopped holding them (the rhythm's demo shows a team that stopped).
  for (int weeks_ago = 3; weeks_ago >= 1 && seed != kStoppedDemoTeam; --weeks_ago) {
    BoardSession session;
    session.team_id = team_id;
    session.started_at = session_start(weeks_ago);
    session.started_by = teachers[static_cast<std::size_t>(weeks_ago) % teachers.size()];
    session.total_minutes = 20;
    session.step = 4;
    session.step_started_at = session.started_at + 18 * 60;
    session.attendance = teachers;
    session.attendance.push_back(leader);
    SB_TRY(session_id, board(tx).insert_board_session(session));
    session.id = session_id;
    const auto record = build_record(tx, session, session.started_at + 20 * 60);
    SB_CHECK(board(tx).close_board_session(session_id, session.started_at + 20 * 60, record, 1));
  }
  return ok();
}

// The teachers of a team and the school leader who joins its sessions, as the organisation's demo made them.
struct DemoTeamPeople {
  std::vector<Id> teachers;
  Id leader = 0;
};

DemoTeamPeople people_of(ReadTx& tx, const Team& team) {
  DemoTeamPeople people;
  for (const auto& m : organisation(tx).list_memberships_in_team(team.id)) {
    if (m.role == Role::leraar) people.teachers.push_back(m.user_id);
  }
  for (const auto& m : organisation(tx).list_memberships_in_school(team.school_id)) {
    if (m.role == Role::schoolleider && !m.team_id) people.leader = m.user_id;
  }
  std::sort(people.teachers.begin(), people.teachers.end());
  return people;
}

}  // namespace

DemoStep board_demo() {
  return {"board", [](WriteTx& tx, const DemoContext& context) -> Result<void> {
            // Schools and teams in the order they were made, so each team keeps its own demo goals.
            auto schools = organisation(tx).list_schools();
            std::sort(schools.begin(), schools.end(), [](const School& a, const School& b) { return a.id < b.id; });
            std::size_t seed = 0;
            for (const auto& school : schools) {
              auto teams = organisation(tx).list_teams_of_school(school.id);
              std::sort(teams.begin(), teams.end(), [](const Team& a, const Team& b) { return a.id < b.id; });
              for (const auto& team : teams) {
                const auto people = people_of(tx, team);
                if (people.teachers.empty()) continue;
                SB_CHECK(add_demo_board(tx, team.id, seed++, people.teachers, people.leader, context.now));
              }
            }
            return ok();
          }};
}

}  // namespace sb
