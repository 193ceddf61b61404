#include "modules/rhythm/core/demo.h"

#include <algorithm>
#include <array>
#include <map>

#include "kernel/dates.h"
#include "modules/board/core/store.h"
#include "modules/organisation/core/store.h"
#include "modules/rhythm/core/calendar.h"
#include "modules/rhythm/core/store.h"

namespace sb {
namespace {

// The demo teams in the order the organisation's demo made them, and how each kept its rhythm.
enum class Pattern { gap, steady, mostly, stopped };
constexpr std::array<Pattern, 4> kPatterns{Pattern::gap, Pattern::steady, Pattern::mostly, Pattern::stopped};

// Whether the team held its session in the n-th school week of the year (0 = the first), `left` weeks before
// the board's demo takes over (which adds the last three weeks).
bool holds(Pattern pattern, int n, int left) {
  switch (pattern) {
    case Pattern::steady: return true;
    case Pattern::gap: return n < 4 || n > 6;   // three weeks in a row without a session, in September
    case Pattern::mostly: return n % 5 != 3;    // now and then a week slips
    case Pattern::stopped: return left > 4;     // the sessions stopped some seven weeks ago
  }
  return true;
}

Result<void> add_sessions(WriteTx& tx, const Team& team, const School& school, Pattern pattern, UnixTime now,
                          const std::vector<Holiday>& holidays) {
  std::vector<Id> teachers;
  std::map<Id, std::string> names;
  for (const auto& m : organisation(tx).list_memberships_in_team(team.id)) {
    if (m.role != Role::leraar) continue;
    teachers.push_back(m.user_id);
    names[m.user_id] = m.user_name;
  }
  if (teachers.empty()) return ok();
  std::sort(teachers.begin(), teachers.end());
  const auto today = date_of(now);
  // The board's demo holds the sessions of the last three weeks; this one the school year before them.
  const int last_monday = *parse_date(monday_of(today)) - 28;
  std::vector<int> school_weeks;
  for (const auto& week : weeks_of_school_year(school_year_of(today))) {
    const int day = *parse_date(week);
    if (day > last_monday) break;
    if (!holiday_of_week(week, school.region, holidays)) school_weeks.push_back(day);
  }
  for (std::size_t n = 0; n < school_weeks.size(); ++n) {
    const int left = static_cast<int>(school_weeks.size() - n);
    if (!holds(pattern, static_cast<int>(n), left)) continue;
    BoardSession session;
    session.team_id = team.id;
    session.started_at = static_cast<UnixTime>(school_weeks[n]) * 86400 + 14 * 3600 + 50 * 60;
    session.started_by = teachers[n % teachers.size()];
    session.total_minutes = 20;
    session.step = 4;
    session.step_started_at = session.started_at + 18 * 60;
    session.attendance = teachers;
    if (n % 3 == 1) session.attendance.erase(session.attendance.begin() + static_cast<long>(n % teachers.size()));
    SB_TRY(id, board(tx).insert_board_session(session));
    // The record of an old session: who was there (what was decided then is not part of the demo).
    std::vector<RecordEntry> record;
    for (Id person : session.attendance) record.emplace_back("attendee", person, names[person], "");
    SB_CHECK(board(tx).close_board_session(id, session.started_at + 20 * 60, record, 1));
  }
  return ok();
}

struct DemoAmbition {
  const char* title;
  const char* description;
  int strategic;  // which strategic goal it serves: 0 or 1, -1 none
  const char* serves_goals_with;  // the running team goals whose title holds this word serve it ("" none)
};

Result<void> add_cascade(WriteTx& tx, Id bestuur_id, const std::vector<School>& schools, const std::string& school_year) {
  SB_TRY(reading, rhythm(tx).insert_strategic_goal(
                      {0, bestuur_id, school_year, "Elk kind leest met plezier en begrip",
                       "In 2028 leest 80% van onze leerlingen elke dag, thuis of op school.", 1}));
  SB_TRY(ownership, rhythm(tx).insert_strategic_goal(
                        {0, bestuur_id, school_year, "Leerlingen sturen hun eigen leren",
                         "Leerlingen stellen hun doelen, gebruiken feedback en weten waar ze staan.", 1}));
  const std::array<Id, 2> strategic{reading, ownership};
  const std::array<DemoAmbition, 3> ambitions{{
      {"Lezen: elke dag een kwartier", "Thuis en op school; we volgen het leesplezier per groep.", 0, "lezen"},
      {"Eigenaarschap: eigen doelen en feedback", "Leerlingen werken met een weekdoel en herzien hun werk.", 1, "!lezen"},
      {"Ouders als partner bij het leren", "Ouders weten wat hun kind leert en doen mee.", -1, ""},
  }};
  for (const auto& school : schools) {
    for (const auto& a : ambitions) {
      SB_TRY(ambition_id, board(tx).insert_ambition({0, school.id, school_year, a.title, a.description, 1}));
      if (a.strategic >= 0) SB_CHECK(rhythm(tx).set_ambition_link(ambition_id, strategic[static_cast<std::size_t>(a.strategic)]));
      const std::string_view word = a.serves_goals_with;
      if (word.empty()) continue;
      for (const auto& team : organisation(tx).list_teams_of_school(school.id)) {
        for (auto goal : board(tx).list_goals(team.id)) {
          const auto cycle = board(tx).find_cycle(goal.cycle_id);
          if (!cycle || cycle->retrospective || goal.ambition_id) continue;
          const bool has_word = goal.title.find("lezen") != std::string::npos;
          if (has_word != (word == "lezen")) continue;
          goal.ambition_id = ambition_id;
          SB_CHECK(board(tx).update_goal(goal, goal.version));
        }
      }
    }
  }
  return ok();
}

}  // namespace

DemoStep rhythm_demo() {
  return {"rhythm", [](WriteTx& tx, const DemoContext& context) -> Result<void> {
            auto schools = organisation(tx).list_schools();
            std::sort(schools.begin(), schools.end(), [](const School& a, const School& b) { return a.id < b.id; });
            if (schools.empty()) return ok();
            const auto holidays = builtin_holidays();
            std::size_t index = 0;
            for (const auto& school : schools) {
              auto teams = organisation(tx).list_teams_of_school(school.id);
              std::sort(teams.begin(), teams.end(), [](const Team& a, const Team& b) { return a.id < b.id; });
              for (const auto& team : teams) {
                SB_CHECK(add_sessions(tx, team, school, kPatterns[index++ % kPatterns.size()], context.now, holidays));
              }
            }
            // The demo bestuur is the one of the first school.
            std::vector<School> of_bestuur;
            for (const auto& school : schools) {
              if (school.bestuur_id == schools.front().bestuur_id) of_bestuur.push_back(school);
            }
            return add_cascade(tx, schools.front().bestuur_id, of_bestuur, school_year_of(date_of(context.now)));
          }};
}

}  // namespace sb
