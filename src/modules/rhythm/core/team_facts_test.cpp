// The overview's cache of team facts (team_facts.h) against the real store: on a generated bestuur, after each
// kind of write that changes a team's figures, the overview from the warm cache equals the one computed from
// nothing, and equals the heatmap's figures (the straightforward path, which keeps nothing); and each such write
// moves the team's data version in its own unit of work.
#include <gtest/gtest.h>

#include <sstream>

#include "kernel/dates.h"
#include "modules/board/core/board.h"
#include "modules/board/core/board_sessions.h"
#include "modules/board/core/demo.h"
#include "modules/board/core/retrospective.h"
#include "modules/board/core/rhythm_signals.h"
#include "modules/board/core/store.h"
#include "modules/organisation/core/demo.h"
#include "modules/organisation/core/store.h"
#include "modules/organisation/core/test_world.h"
#include "modules/rhythm/core/calendar.h"
#include "modules/rhythm/core/rhythm_state.h"
#include "modules/rhythm/core/store.h"
#include "modules/rhythm/core/views.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

std::string describe(const RhythmFigures& f) {
  std::ostringstream out;
  out << f.school_weeks << '/' << f.held_weeks << '/' << f.recent_weeks << '/' << f.recent_held << '/'
      << f.missed_in_a_row << '/' << (f.session_rate ? std::to_string(*f.session_rate) : "-") << '/'
      << (f.attendance_rate ? std::to_string(*f.attendance_rate) : "-") << '/'
      << (f.trend ? to_string(*f.trend) : "-");
  return out.str();
}

std::string describe(const OverviewTeam& t) {
  std::ostringstream out;
  out << t.team_id << ' ' << t.name << " people " << t.people << " goals " << t.goals_reached << '/' << t.goals_partly
      << '/' << t.goals_judged << " obstacles " << t.open_obstacles << '/'
      << (t.oldest_obstacle_days ? std::to_string(*t.oldest_obstacle_days) : "-") << ' ' << describe(t.figures);
  return out.str();
}

std::string describe(const Overview& o) {
  std::ostringstream out;
  out << o.school_year << ' ' << o.this_week << '\n';
  for (const auto& school : o.schools) {
    out << "school " << school.school_id << ' ' << school.name << ' ' << describe(school.total) << '\n';
    for (const auto& team : school.teams) out << "  " << describe(team) << '\n';
  }
  return out.str();
}

class OverviewCache : public ::testing::Test {
 protected:
  testing::World world{{organisation_demo(), board_demo()}};
  Services& s = world.services();
  Principal bestuurder = world.who(demo("bestuurder"));
  Principal teacher = world.who(demo("leraar"));
  Principal leader = world.who(demo("schoolleider"));
  Id team_id = world.team("OBS De Regenboog", "Groep 5-6").id;
  Id bestuur_id = world.school("OBS De Regenboog").bestuur_id;
  std::vector<Id> generated_teams;

  void SetUp() override {
    rhythm_state(s).sources = {board_rhythm_source()};  // as the composition root registers it: the heatmap's
    generate(12, 5);
  }

  // SCHOOLS more schools of the demo bestuur with TEAMS teams of 1 to 5 teachers each, and closed board sessions in
  // most weeks of this school year so far (which ones and how many came differ per team), straight into the store.
  void generate(int schools, int teams) {
    const auto today = date_of(world.clock.now());
    const auto weeks = weeks_of_school_year(school_year_of(today));
    must(s.store.write([&](WriteTx& tx) -> Result<void> {
      auto& org = organisation(tx);
      for (int i = 0; i < schools; ++i) {
        const std::string brin = std::to_string(10 + i) + "QQ";
        SB_TRY(school_id, org.insert_school({0, bestuur_id, "Gegenereerde school " + std::to_string(i + 1), Sector::po,
                                             brin, static_cast<Region>(i % 3)}));
        for (int t = 0; t < teams; ++t) {
          SB_TRY(team, org.insert_team({0, school_id, "Team " + std::to_string(t + 1)}));
          generated_teams.push_back(team);
          std::vector<Id> people;
          for (int p = 0; p < 1 + (i + t) % 5; ++p) {
            SB_TRY(user, org.insert_user({0, "gen-" + std::to_string(team) + "-" + std::to_string(p) + "@example.org",
                                          "Leraar", "", false, Locale::nl, world.clock.now()}));
            SB_CHECK(drop_value(org.insert_membership({0, user, Role::leraar, team, std::nullopt, std::nullopt})));
            people.push_back(user);
          }
          for (std::size_t w = 0; w < weeks.size() && weeks[w] < monday_of(today); ++w) {
            if ((w * 7 + static_cast<std::size_t>(i * 3 + t)) % 5 == 0) continue;  // a missed week
            BoardSession session;
            session.team_id = team;
            session.started_at = static_cast<UnixTime>(*parse_date(weeks[w]) + 1) * 86400 + 14 * 3600;
            session.started_by = people.front();
            session.total_minutes = 20;
            session.attendance = std::vector<Id>(people.begin(), people.begin() + 1 + static_cast<long>(w % people.size()));
            SB_TRY(id, board(tx).insert_board_session(session));
            SB_CHECK(board(tx).close_board_session(id, session.started_at + 1200, {}, 1));
          }
        }
      }
      return ok();
    }));
  }

  Overview overview() { return must(bestuur_overview(s, bestuurder, bestuur_id, std::nullopt)); }

  std::int64_t version_of(Id team) {
    return must(read_value<std::int64_t>(s.store, [&](ReadTx& tx) -> Result<std::int64_t> {
      const auto school = organisation(tx).find_team(team)->school_id;
      for (const auto& size : rhythm(tx).list_team_sizes({school})) {
        if (size.team_id == team) return size.data_version;
      }
      return std::unexpected(Error::not_found("team"));
    }));
  }

  // The overview now, from the warm cache, equals the one computed with nothing kept and the heatmap's figures.
  void expect_cache_holds(const std::string& after) {
    SCOPED_TRACE(after);
    const auto cached = overview();
    const auto kept = rhythm_state(s).team_facts.size();
    EXPECT_GT(kept, 0u);
    rhythm_state(s).team_facts.clear();
    const auto fresh = overview();
    EXPECT_EQ(describe(cached), describe(fresh));
    const auto heatmap = must(bestuur_heatmap(s, bestuurder, bestuur_id, std::nullopt));
    for (const auto& school : fresh.schools) {
      const auto rows = must(school_heatmap(s, bestuurder, school.school_id, std::nullopt)).rows;
      ASSERT_EQ(rows.size(), school.teams.size());
      for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& team = school.teams[i];
        ASSERT_EQ(rows[i].id, team.team_id);
        EXPECT_EQ(describe(rows[i].figures), describe(team.figures)) << team.name;
      }
      for (const auto& row : heatmap.rows) {
        if (row.id == school.school_id) {
          EXPECT_EQ(describe(row.figures), describe(school.total.figures)) << school.name;
        }
      }
    }
  }

  OverviewTeam team_in(const Overview& o, Id team) {
    for (const auto& school : o.schools) {
      for (const auto& t : school.teams) {
        if (t.team_id == team) return t;
      }
    }
    throw std::runtime_error("team not in the overview");
  }
};

TEST_F(OverviewCache, EachKindOfWriteMovesTheTeamsVersionAndTheCachedOverviewStaysEqualToAFreshOne) {
  ASSERT_GT(overview().schools.size(), 12u);
  expect_cache_holds("the first read");

  // A board session closed, with who attended.
  auto version = version_of(team_id);
  const auto before = team_in(overview(), team_id);
  const auto session = must(start_board_session(s, teacher, team_id, 20));
  EXPECT_GT(version_of(team_id), version) << "a session started";
  version = version_of(team_id);
  must(close_board_session(s, teacher, session.id, session.version, true));
  EXPECT_GT(version_of(team_id), version) << "a session closed";
  EXPECT_NE(describe(team_in(overview(), team_id).figures), describe(before.figures));
  expect_cache_holds("a session closed");

  // An obstacle handed to the leadership, then answered and resolved by the leader.
  NewItem input;
  input.kind = "obstacle";
  input.text = "Geen invaller op dinsdag";
  const auto obstacle = must(create_item(s, teacher, team_id, input));
  version = version_of(team_id);
  const auto handed = must(hand_to_leadership(s, teacher, obstacle.id, obstacle.version));
  EXPECT_GT(version_of(team_id), version) << "an obstacle handed to the leadership";
  EXPECT_EQ(team_in(overview(), team_id).open_obstacles, before.open_obstacles + 1);
  expect_cache_holds("an obstacle handed to the leadership");
  version = version_of(team_id);
  must(answer_obstacle(s, leader, obstacle.id, "Geregeld", true, handed.version));
  EXPECT_GT(version_of(team_id), version) << "an obstacle resolved";
  EXPECT_EQ(team_in(overview(), team_id).open_obstacles, before.open_obstacles);
  expect_cache_holds("an obstacle resolved");

  // An obstacle with the leadership deleted by the team.
  const auto second = must(create_item(s, teacher, team_id, input));
  const auto second_handed = must(hand_to_leadership(s, teacher, second.id, second.version));
  EXPECT_EQ(team_in(overview(), team_id).open_obstacles, before.open_obstacles + 1);
  version = version_of(team_id);
  must(delete_item(s, teacher, second.id, second_handed.version));
  EXPECT_GT(version_of(team_id), version) << "an obstacle deleted";
  EXPECT_EQ(team_in(overview(), team_id).open_obstacles, before.open_obstacles);
  expect_cache_holds("an obstacle deleted");

  // A cycle closed with a verdict on each goal.
  const auto view = must(get_board(s, teacher, team_id));
  const auto cycle = *std::find_if(view.cycles.begin(), view.cycles.end(), [&](const Cycle& c) { return c.id == view.current_cycle_id; });
  RetrospectiveInput retro;
  retro.helped = "Samen meten";
  retro.change = "Kleiner";
  for (const auto& goal : view.goals) {
    if (goal.cycle_id == cycle.id) retro.goals.push_back({goal.id, "yes", false, std::nullopt});
  }
  ASSERT_FALSE(retro.goals.empty());
  version = version_of(team_id);
  must(close_cycle(s, teacher, cycle.id, retro, cycle.version));
  EXPECT_GT(version_of(team_id), version) << "a cycle closed";
  EXPECT_EQ(team_in(overview(), team_id).goals_reached, before.goals_reached + static_cast<int>(retro.goals.size()));
  expect_cache_holds("a cycle closed");

  // A teacher joins a generated team: its size is read at every request, so no version is needed for it.
  const Id grown = generated_teams.front();
  const auto size_before = team_in(overview(), grown).people;
  must(s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(user, organisation(tx).insert_user({0, "nieuw@example.org", "Nieuw", "", false, Locale::nl, world.clock.now()}));
    return drop_value(organisation(tx).insert_membership({0, user, Role::leraar, grown, std::nullopt, std::nullopt}));
  }));
  EXPECT_EQ(team_in(overview(), grown).people, size_before + 1);
  expect_cache_holds("a teacher joined");

  // A week later, with no write at all: this week, the last six weeks and the obstacles' ages move on.
  world.clock.advance(7 * 86400);
  expect_cache_holds("a week later");
}

TEST_F(OverviewCache, ATeamsFactsAreReadAgainOnlyWhenItsVersionMoved) {
  overview();
  const auto kept = rhythm_state(s).team_facts.size();
  ASSERT_GT(kept, 60u);
  // Another team's write leaves every other team's facts kept: the cache still holds them at their versions.
  const auto other = world.team("OBS De Regenboog", "Groep 5-6").id;
  must(start_board_session(s, teacher, other, 20));
  overview();
  EXPECT_EQ(rhythm_state(s).team_facts.size(), kept);
}

}  // namespace
}  // namespace sb
