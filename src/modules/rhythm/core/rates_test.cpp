// The rhythm's rules: week states from signals and holidays, rates, the
// privacy floor and the trend.
#include <gtest/gtest.h>

#include <random>

#include "modules/rhythm/core/calendar.h"
#include "modules/rhythm/core/rates.h"

namespace sb {
namespace {

const std::vector<std::string> kWeeks{"2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02"};
const std::vector<Holiday> kHolidays{{0, Region::midden, "2026-2027", "herfstvakantie", "2026-10-17", "2026-10-25", "t"}};

RhythmSignal session(Id team, std::string week, int attended) {
  return RhythmSignal{team, std::move(week), "board_session", 1, attended};
}

TEST(RhythmRules, WeeksAreHeldMissedHolidayOpenOrToCome) {
  const std::vector<RhythmSignal> signals{session(1, "2026-10-05", 5), {1, "2026-10-05", "measurement", 2, {}},
                                          session(2, "2026-10-12", 4)};
  const auto weeks = team_weeks(1, kWeeks, "2026-10-26", Region::midden, kHolidays, signals);
  ASSERT_EQ(weeks.size(), 5u);
  EXPECT_EQ(weeks[0].state, WeekState::held);
  EXPECT_EQ(weeks[0].counts.at("measurement"), 2);
  EXPECT_EQ(weeks[0].attended, 5);
  EXPECT_EQ(weeks[1].state, WeekState::missed);  // team 2's session is not team 1's
  EXPECT_EQ(weeks[2].state, WeekState::holiday);
  EXPECT_EQ(weeks[2].holiday, "herfstvakantie");
  EXPECT_EQ(weeks[3].state, WeekState::open);
  EXPECT_EQ(weeks[4].state, WeekState::future);
}

TEST(RhythmRules, AHolidayWeekNeverCountsAsMissed) {
  const auto weeks = team_weeks(1, kWeeks, "2026-11-02", Region::midden, kHolidays,
                                {session(1, "2026-10-05", 4), session(1, "2026-10-12", 4), session(1, "2026-10-26", 4)});
  const auto f = figures_of(weeks, 5);
  EXPECT_EQ(f.school_weeks, 3);
  EXPECT_EQ(f.held_weeks, 3);
  EXPECT_DOUBLE_EQ(*f.session_rate, 1.0);
  EXPECT_EQ(f.missed_in_a_row, 0);
}

TEST(RhythmRules, RatesCountHeldSchoolWeeksAndAttendance) {
  const auto weeks = team_weeks(1, kWeeks, "2026-11-09", Region::midden, kHolidays,
                                {session(1, "2026-10-05", 4), session(1, "2026-10-26", 2)});
  const auto f = figures_of(weeks, 4);
  EXPECT_EQ(f.school_weeks, 4);
  EXPECT_EQ(f.held_weeks, 2);
  EXPECT_DOUBLE_EQ(*f.session_rate, 0.5);
  EXPECT_DOUBLE_EQ(*f.attendance_rate, 6.0 / 8.0);
  EXPECT_EQ(f.missed_in_a_row, 1);  // 2 November went by without a session
}

TEST(RhythmRules, ATeamUnderThreePeopleShowsNoRates) {
  const auto weeks = team_weeks(1, kWeeks, "2026-11-09", Region::midden, kHolidays, {session(1, "2026-10-05", 2)});
  const auto small = figures_of(weeks, 2);
  EXPECT_EQ(small.held_weeks, 1);  // counts stay
  EXPECT_FALSE(small.session_rate);
  EXPECT_FALSE(small.attendance_rate);
  EXPECT_FALSE(small.trend);
  EXPECT_FALSE(rate(1, 2, 2));
  EXPECT_TRUE(rate(1, 2, 3));
  EXPECT_FALSE(rate(1, 0, 5));
}

// Mondays from 7 September 2026 on; region noord has no holiday before 10 October, and the tests pass none.
std::vector<std::string> mondays(int count) {
  static const std::vector<std::string> kMondays{"2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28",
                                                 "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26",
                                                 "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"};
  return {kMondays.begin(), kMondays.begin() + count};
}

Trend trend_with(std::initializer_list<int> held_positions) {
  const auto weeks = mondays(12);
  std::vector<RhythmSignal> signals;
  for (int i : held_positions) signals.push_back(session(1, weeks[static_cast<std::size_t>(i)], 4));
  return trend_of(team_weeks(1, weeks, "2026-11-30", Region::noord, {}, signals));
}

TEST(RhythmRules, TheTrendComparesTheLastSixSchoolWeeksWithTheSixBefore) {
  EXPECT_EQ(trend_with({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}), Trend::steady);
  EXPECT_EQ(trend_with({0, 1, 2, 3, 4, 5}), Trend::falling);       // stopped halfway
  EXPECT_EQ(trend_with({6, 7, 8, 9, 10, 11}), Trend::rising);
  EXPECT_EQ(trend_with({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), Trend::steady);  // one week less is noise
  EXPECT_EQ(trend_with({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}), Trend::falling);
  // Too few weeks to compare.
  const auto weeks = mondays(5);
  EXPECT_EQ(trend_of(team_weeks(1, weeks, "2026-11-30", Region::noord, {}, {})), Trend::unknown);
}

TEST(RhythmRules, ASchoolsWeekIsHeldPartlyOrMissedByItsTeams) {
  const auto a = team_weeks(1, kWeeks, "2026-11-09", Region::midden, kHolidays,
                            {session(1, "2026-10-05", 4), session(1, "2026-10-12", 4)});
  const auto b = team_weeks(2, kWeeks, "2026-11-09", Region::midden, kHolidays, {session(2, "2026-10-05", 3)});
  const auto school = school_weeks({&a, &b});
  ASSERT_EQ(school.size(), 5u);
  EXPECT_EQ(school[0].state, WeekState::held);
  EXPECT_EQ(school[0].counts.at("board_session"), 2);
  EXPECT_EQ(school[1].state, WeekState::partly);
  EXPECT_EQ(school[1].teams_held, 1);
  EXPECT_EQ(school[1].teams_counted, 2);
  EXPECT_EQ(school[2].state, WeekState::holiday);
  EXPECT_EQ(school[3].state, WeekState::missed);
  const auto f = school_figures_of(school, 10);
  EXPECT_EQ(f.school_weeks, 8);  // four school weeks of two teams
  EXPECT_EQ(f.held_weeks, 3);
  EXPECT_DOUBLE_EQ(*f.session_rate, 3.0 / 8);
  EXPECT_FALSE(school_figures_of(school, 2).session_rate);  // the floor holds for a school's people too
}

// The overview's fast path (team_figures, school_figures) against the heatmap's straightforward one
// (team_weeks, figures_of, school_weeks, school_figures_of) on generated schools: sessions in holidays, in this
// week and later ones, weeks with two sessions, gaps, teams of every size around the floor, and every "today".
bool same(const RhythmFigures& a, const RhythmFigures& b) {
  return a.school_weeks == b.school_weeks && a.held_weeks == b.held_weeks && a.recent_weeks == b.recent_weeks &&
         a.recent_held == b.recent_held && a.missed_in_a_row == b.missed_in_a_row && a.session_rate == b.session_rate &&
         a.attendance_rate == b.attendance_rate && a.trend == b.trend;
}

TEST(RhythmRules, TheOverviewsFastFiguresEqualTheHeatmapsOnGeneratedSchools) {
  std::mt19937 random(17);
  const auto weeks = weeks_of_school_year("2026-2027");
  const auto holidays = builtin_holidays();
  int schools_compared = 0;
  for (int school = 0; school < 300; ++school) {
    const auto region = static_cast<Region>(school % 3);
    const auto this_week = weeks[random() % weeks.size()];
    const auto holiday_names = holidays_by_week(weeks, region, holidays);
    WeekFrame frame;
    for (const auto& name : holiday_names) frame.holiday.push_back(!name.empty());
    frame.over = static_cast<std::size_t>(std::lower_bound(weeks.begin(), weeks.end(), this_week) - weeks.begin());
    const int teams = static_cast<int>(random() % 6);  // a school without teams too
    const int habit = static_cast<int>(random() % 100);  // how often its teams hold a session, in percent
    std::vector<std::vector<int>> sessions(teams, std::vector<int>(weeks.size())), attended = sessions;
    std::vector<std::vector<TeamWeek>> team_rows;
    int people = 0;
    for (int t = 0; t < teams; ++t) {
      const int size = static_cast<int>(random() % 7);
      people += size;
      std::vector<RhythmSignal> signals;
      for (std::size_t w = 0; w < weeks.size(); ++w) {
        if (static_cast<int>(random() % 100) >= habit) continue;
        const int count = 1 + static_cast<int>(random() % 4 == 0);
        const int present = static_cast<int>(random() % 9);
        sessions[t][w] = count;
        attended[t][w] = present;
        signals.push_back({t + 1, weeks[w], "board_session", count, present});
        if (random() % 2) signals.push_back({t + 1, weeks[w], "measurement", 2, {}});
      }
      team_rows.push_back(team_weeks(t + 1, weeks, this_week, holiday_names, signals));
      ASSERT_TRUE(same(team_figures(sessions[t], attended[t], frame, size), figures_of(team_rows.back(), size)))
          << "school " << school << " team " << t;
    }
    std::vector<const std::vector<TeamWeek>*> rows;
    std::vector<std::span<const int>> spans;
    for (int t = 0; t < teams; ++t) rows.push_back(&team_rows[t]), spans.emplace_back(sessions[t]);
    ASSERT_TRUE(same(school_figures(spans, frame, people), school_figures_of(school_weeks(rows), people)))
        << "school " << school;
    ++schools_compared;
  }
  EXPECT_EQ(schools_compared, 300);
}

}  // namespace
}  // namespace sb
