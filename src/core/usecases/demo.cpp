#include "core/usecases/demo.h"

#include <array>
#include <cmath>

#include "core/board_rules.h"
#include "core/usecases/board_sessions.h"

namespace sb {
namespace {

constexpr const char* kDomain = "@demo.samenbeter.nl";

struct DemoTeam {
  const char* name;
  std::array<const char*, 7> teachers;
};

struct DemoSchool {
  const char* name;
  Sector sector;
  const char* brin;
  Region region;
  std::array<DemoTeam, 2> teams;
};

const std::array<DemoSchool, 2> kSchools{{
    {"OBS De Regenboog", Sector::po, "07XK", Region::midden,
     {{{"Groep 3-4", {"Lotte Jansen", "Daan de Boer", "Fleur Visser", "Bram Smit", "Noor Meijer", "Ruben de Groot",
                      "Iris Bos"}},
       {"Groep 5-6", {"Sanne de Vries", "Thijs Mulder", "Eva van Dijk", "Jesse Peters", "Lieke Hendriks",
                      "Milan Dekker", "Anouk Brouwer"}}}}},
    {"Het Baken College", Sector::vo, "21QP", Region::midden,
     {{{"Sectie Nederlands", {"Femke van Leeuwen", "Sven de Wit", "Julia Kok", "Tim Jacobs", "Sophie van der Linden",
                              "Lars Willems", "Emma Schouten"}},
       {"Onderbouw havo/vwo", {"Tessa Hoekstra", "Rik van den Berg", "Maud Koster", "Joris Prins", "Lisa Verhoeven",
                               "Koen Huisman", "Nina Postma"}}}}},
}};

std::string address_for(std::string_view name) {
  // "Sanne de Vries" -> "sanne.devries"
  std::string out;
  bool first_word_done = false;
  for (char c : name) {
    if (c == ' ') {
      if (!first_word_done) out += '.';
      first_word_done = true;
      continue;
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out + kDomain;
}

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

// A board with two cycles of history for a demo team: goals with weekly
// measurements, actions in every column, successes, obstacles (one with the
// leadership), an idea, an agreement, and closed sessions with their records.
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
    SB_TRY(cycle_id, tx.insert_cycle(cycle));
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
      if (c == 1 && g == 0) goal.baseline = carried_baseline(*tx.find_goal(goal_ids[1]));
      SB_TRY(goal_id, tx.insert_goal(goal));
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
        SB_CHECK(drop_value(tx.insert_measurement(m)));
      }
    }
  }
  // Cyclus 1 was closed with its retrospective: both goals partly reached, the second one goes on in Cyclus 2.
  std::vector<GoalResult> results;
  for (std::size_t g = 0; g < 2; ++g) {
    auto line = goal_result(*tx.find_goal(goal_ids[g]), "partly");
    if (g == 1) line.continued_as = goal_ids[2];
    results.push_back(std::move(line));
  }
  SB_CHECK(tx.close_cycle(cycle_ids[0],
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
    if (d.kind == ItemKind::obstacle && std::string_view(d.status) == "leadership") {
      item.leadership_reply = "Ik vraag de bibliotheek om een wisselcollectie. — de schoolleider";
    }
    SB_CHECK(drop_value(tx.insert_item(item)));
  }
  // Three closed weekly sessions, each with its record from the board as it stood.
  for (int weeks_ago = 3; weeks_ago >= 1; --weeks_ago) {
    BoardSession session;
    session.team_id = team_id;
    session.started_at = session_start(weeks_ago);
    session.started_by = teachers[static_cast<std::size_t>(weeks_ago) % teachers.size()];
    session.total_minutes = 20;
    session.step = 4;
    session.step_started_at = session.started_at + 18 * 60;
    session.attendance = teachers;
    session.attendance.push_back(leader);
    SB_TRY(session_id, tx.insert_board_session(session));
    session.id = session_id;
    const auto record = build_record(tx, session, session.started_at + 20 * 60);
    SB_CHECK(tx.close_board_session(session_id, session.started_at + 20 * 60, record, 1));
  }
  return ok();
}

}  // namespace

std::vector<DemoAccount> demo_accounts() {
  return {
      {std::string("leraar") + kDomain, "leraar in Groep 5-6, OBS De Regenboog (PO)"},
      {std::string("schoolcoach") + kDomain, "schoolcoach van OBS De Regenboog, ook leraar in Groep 3-4"},
      {std::string("schoolleider") + kDomain, "schoolleider (directeur) van OBS De Regenboog"},
      {std::string("bestuurder") + kDomain, "bestuurder van Stichting Samen Leren (beide scholen)"},
      {std::string("expertcoach") + kDomain, "expertcoach voor beide scholen"},
      {std::string("programma") + kDomain, "programmabeheerder"},
      {std::string("beheer") + kDomain, "platformbeheerder (admin)"},
  };
}

Result<bool> load_demo_data(Services& s, DemoMode mode) {
  auto users = read_value<std::int64_t>(s.store, [](ReadTx& tx) -> Result<std::int64_t> { return tx.count_users(); });
  if (!users) return std::unexpected(users.error());
  if (*users > 0) {
    if (mode == DemoMode::skip_if_not_empty) return false;
    return std::unexpected(Error{ErrorCode::failed_precondition, "The database is not empty; demo data goes into a new one.", ""});
  }
  // One hash for every demo account: they share the demo password by design.
  auto hash = s.hasher.hash(kDemoPassword);
  if (!hash) return std::unexpected(hash.error());
  const auto now = s.clock.now();

  auto written = s.store.write([&](WriteTx& tx) -> Result<void> {
    auto add_user = [&](std::string email, std::string name, bool admin = false) -> Result<Id> {
      User user;
      user.email = std::move(email);
      user.name = std::move(name);
      user.password_hash = *hash;
      user.is_admin = admin;
      user.created_at = now;
      return tx.insert_user(user);
    };
    auto add_role = [&](Id user, Role role, std::optional<Id> team, std::optional<Id> school, std::optional<Id> bestuur) {
      Membership m;
      m.user_id = user;
      m.role = role;
      m.team_id = team;
      m.school_id = school;
      m.bestuur_id = bestuur;
      return drop_value(tx.insert_membership(m));
    };

    SB_TRY(bestuur, tx.insert_bestuur({0, "Stichting Samen Leren"}));
    SB_TRY(bestuurder, add_user(std::string("bestuurder") + kDomain, "Hans Vermeulen"));
    SB_CHECK(add_role(bestuurder, Role::bestuurder, std::nullopt, std::nullopt, bestuur));
    SB_TRY(expert, add_user(std::string("expertcoach") + kDomain, "Marieke Kuipers"));
    SB_TRY(manager, add_user(std::string("programma") + kDomain, "Wouter Bakker"));
    SB_CHECK(add_role(manager, Role::programmabeheerder, std::nullopt, std::nullopt, std::nullopt));
    SB_TRY(admin, add_user(std::string("beheer") + kDomain, "Petra Dijkstra", true));
    (void)admin;

    for (std::size_t school_index = 0; school_index < kSchools.size(); ++school_index) {
      const auto& demo = kSchools[school_index];
      SB_TRY(school, tx.insert_school({0, bestuur, demo.name, demo.sector, demo.brin, demo.region}));
      SB_CHECK(add_role(expert, Role::expertcoach, std::nullopt, school, std::nullopt));
      const bool first = school_index == 0;
      SB_TRY(leader, first ? add_user(std::string("schoolleider") + kDomain, "Karin Hofman")
                           : add_user(address_for("Gerard Timmermans"), "Gerard Timmermans"));
      SB_CHECK(add_role(leader, Role::schoolleider, std::nullopt, school, std::nullopt));
      std::optional<Id> coach;
      if (!first) {
        SB_TRY(vo_coach, add_user(address_for("Yvonne Scholten"), "Yvonne Scholten"));
        SB_CHECK(add_role(vo_coach, Role::schoolcoach, std::nullopt, school, std::nullopt));
      }
      for (std::size_t team_index = 0; team_index < demo.teams.size(); ++team_index) {
        const auto& demo_team = demo.teams[team_index];
        SB_TRY(team, tx.insert_team({0, school, demo_team.name}));
        std::vector<Id> teachers;
        for (std::size_t i = 0; i < demo_team.teachers.size(); ++i) {
          const std::string name = demo_team.teachers[i];
          std::string email = address_for(name);
          // The demo accounts are real members of the first school's teams.
          if (first && name == "Sanne de Vries") email = std::string("leraar") + kDomain;
          if (first && name == "Lotte Jansen") email = std::string("schoolcoach") + kDomain;
          SB_TRY(teacher, add_user(email, name));
          teachers.push_back(teacher);
          SB_CHECK(add_role(teacher, Role::leraar, team, std::nullopt, std::nullopt));
          if (first && name == "Lotte Jansen") {
            SB_CHECK(add_role(teacher, Role::schoolcoach, std::nullopt, school, std::nullopt));
            coach = teacher;
          }
        }
        SB_CHECK(add_demo_board(tx, team, school_index * 2 + team_index, teachers, leader, now));
      }
      (void)coach;
    }
    return tx.append_audit({now, std::nullopt, "demo.load", "database", "demo data loaded"});
  });
  if (!written) return std::unexpected(written.error());
  return true;
}

}  // namespace sb
