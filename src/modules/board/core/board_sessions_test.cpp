// The weekly board session, called as the use cases it is, against the real
// store with the demo's boards: start, follow the agenda, close into a record.
#include <gtest/gtest.h>

#include "modules/board/core/board_sessions.h"
#include "modules/board/core/goals.h"
#include "modules/board/core/test_board.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

class BoardSessions : public ::testing::Test, protected testing::BoardWorld {
 protected:
  BoardSession start() { return must(start_board_session(s, teacher, team_id, std::nullopt)); }

  static std::vector<std::string> lines(const SessionRecord& record, const std::string& kind) {
    std::vector<std::string> out;
    for (const auto& entry : record.entries) {
      if (entry.kind == kind) out.push_back(entry.text);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
};

TEST_F(BoardSessions, ASessionFollowsItsAgendaAndClosesIntoARecordThatNeverChanges) {
  const auto started = start();
  EXPECT_EQ(started.total_minutes, 20);
  EXPECT_EQ(started.attendance, std::vector<Id>{teacher.user.id});
  EXPECT_EQ(board().session->id, started.id);

  world.clock.advance(60);
  const auto coach = world.who(demo("schoolcoach"));
  auto session = must(update_board_session(s, teacher, started.id, {started.version, 1, std::vector<Id>{teacher.user.id, coach.user.id}}));
  EXPECT_EQ(session.step, 1);
  EXPECT_EQ(session.step_started_at, world.clock.now());
  world.clock.advance(60);
  const auto goal = goals_of(current_cycle().id).front();
  const auto week = must(find_measurement_for(s, teacher, goal.id, "2026-11-16"));
  must(put_measurement(s, teacher, goal.id, "2026-11-16", week.value + 1, week.version));
  const auto success = add("success", "Iedereen las twintig minuten");
  const auto action = add("action", "Boekenkast aanvullen");
  must(move_item(s, teacher, action.id, "done", std::nullopt, action.version));
  world.clock.advance(60);
  session = must(update_board_session(s, teacher, session.id, {session.version, 4, std::nullopt}));

  const auto record = must(close_board_session(s, teacher, session.id, session.version));
  EXPECT_TRUE(record.session.closed_at.has_value());
  EXPECT_EQ(lines(record, "attendee"), (std::vector<std::string>{"Lotte Jansen", "Sanne de Vries"}));
  EXPECT_EQ(lines(record, "success"), std::vector<std::string>{"Iedereen las twintig minuten"});
  EXPECT_EQ(lines(record, "action_created"), std::vector<std::string>{"Boekenkast aanvullen"});
  EXPECT_EQ(lines(record, "action_closed"), std::vector<std::string>{"Boekenkast aanvullen"});
  // The week's measurements: this one, entered during the session, among them.
  const auto measured = lines(record, "measurement");
  EXPECT_NE(std::find(measured.begin(), measured.end(), goal.title), measured.end());
  EXPECT_FALSE(board().session.has_value());

  // What the team changes afterwards leaves the record as it was.
  must(update_item(s, teacher, success.id, {success.version, "Later aangepast", {}, {}, {}, {}}));
  const auto kept = must(get_session_record(s, teacher, session.id));
  EXPECT_EQ(lines(kept, "success"), std::vector<std::string>{"Iedereen las twintig minuten"});
  const auto history = must(list_board_sessions(s, teacher, team_id));
  const auto listed = std::find_if(history.begin(), history.end(), [&](const auto& h) { return h.id == session.id; });
  ASSERT_NE(listed, history.end());
  EXPECT_EQ(listed->attendee_count, 2);
}

TEST_F(BoardSessions, OneSessionRunsAtATime) {
  const auto first = start();
  const auto second = start_board_session(s, leader, team_id, 30);
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code, ErrorCode::already_exists);
  EXPECT_EQ(must(find_open_board_session_for(s, leader, team_id)).id, first.id);
  must(close_board_session(s, teacher, first.id, first.version, true));
  EXPECT_EQ(find_open_board_session_for(s, leader, team_id).error().code, ErrorCode::not_found);
  EXPECT_NE(must(start_board_session(s, leader, team_id, 30)).id, first.id);
}

TEST_F(BoardSessions, AClosedSessionDoesNotChangeAgain) {
  const auto started = start();
  const auto record = must(close_board_session(s, teacher, started.id, started.version, true));
  const auto closed = record.session;
  const auto changed = update_board_session(s, teacher, closed.id, {closed.version, 2, std::nullopt});
  ASSERT_FALSE(changed.has_value());
  EXPECT_EQ(changed.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(close_board_session(s, teacher, closed.id, closed.version, true).error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(must(find_board_session_for(s, teacher, closed.id)).version, closed.version);
}

TEST_F(BoardSessions, AChangeOnAStaleVersionOfTheSessionIsAConflict) {
  const auto started = start();
  must(update_board_session(s, teacher, started.id, {started.version, 1, std::nullopt}));
  const auto stale = update_board_session(s, leader, started.id, {started.version, 2, std::nullopt});
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  EXPECT_EQ(close_board_session(s, leader, started.id, started.version, true).error().code, ErrorCode::conflict);
  const auto now = must(find_board_session_for(s, teacher, started.id));
  EXPECT_EQ(now.step, 1);
  EXPECT_FALSE(now.closed_at.has_value());
}

TEST_F(BoardSessions, ASessionLastsTenToSixtyMinutesHasFiveStepsAndCountsPeopleOfTheSchool) {
  EXPECT_EQ(start_board_session(s, teacher, team_id, 5).error().field, "total_minutes");
  EXPECT_EQ(start_board_session(s, teacher, team_id, 61).error().field, "total_minutes");
  EXPECT_EQ(start_board_session(s, teacher, team_id, std::int64_t{1} << 40).error().field, "total_minutes");
  const auto started = must(start_board_session(s, teacher, team_id, 30));
  EXPECT_EQ(started.total_minutes, 30);
  EXPECT_EQ(update_board_session(s, teacher, started.id, {started.version, 5, std::nullopt}).error().field, "step");
  const auto stranger = update_board_session(s, teacher, started.id, {started.version, std::nullopt, std::vector<Id>{other_leader.user.id}});
  EXPECT_EQ(stranger.error().field, "attendance");
  EXPECT_EQ(must(find_board_session_for(s, teacher, started.id)).version, started.version);
}

TEST_F(BoardSessions, AttendanceStartsWithThePeopleOfTheBoardWhoHaveItOpen) {
  const auto coach = world.who(demo("schoolcoach"));
  const auto bestuurder = world.who(demo("bestuurder"));
  // The coach and the leader have the board open; so do a reader of the bestuur and someone of another school.
  const auto started = must(start_board_session(s, teacher, team_id, std::nullopt,
                                                {coach.user.id, leader.user.id, bestuurder.user.id, other_leader.user.id, coach.user.id}));
  auto expected = std::vector<Id>{teacher.user.id, coach.user.id, leader.user.id};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(started.attendance, expected);
}

TEST_F(BoardSessions, ClosingWithOnePersonPresentNeedsToBeConfirmed) {
  const auto started = start();
  const auto unconfirmed = close_board_session(s, teacher, started.id, started.version);
  ASSERT_FALSE(unconfirmed.has_value());
  EXPECT_EQ(unconfirmed.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(unconfirmed.error().field, "confirm_alone");
  EXPECT_FALSE(must(find_board_session_for(s, teacher, started.id)).closed_at.has_value());
  // Nobody ticked at all is the same; two people present need no confirmation.
  const auto nobody = must(update_board_session(s, teacher, started.id, {started.version, std::nullopt, std::vector<Id>{}}));
  EXPECT_EQ(close_board_session(s, teacher, nobody.id, nobody.version).error().field, "confirm_alone");
  const auto two = must(update_board_session(s, teacher, started.id, {nobody.version, std::nullopt, std::vector<Id>{teacher.user.id, leader.user.id}}));
  EXPECT_TRUE(must(close_board_session(s, teacher, two.id, two.version)).session.closed_at.has_value());
  const auto alone = start();
  EXPECT_TRUE(must(close_board_session(s, teacher, alone.id, alone.version, true)).session.closed_at.has_value());
}

TEST_F(BoardSessions, TheRecordTellsTheWeekSinceThePreviousSessionWithItsUnits) {
  // The demo's last session closed last Monday; since then, before this session starts:
  const auto goal = goals_of(current_cycle().id).front();
  ASSERT_GE(goal.measurements.size(), 2u);
  const auto old_week = goal.measurements.front();                  // entered weeks ago: not this week's
  const auto corrected = goal.measurements[goal.measurements.size() - 2];
  world.clock.advance(60);
  must(put_measurement(s, teacher, goal.id, corrected.week, 33, corrected.version));  // corrected since: this week's news
  const auto card = add("action", "Voorleesochtend plannen");
  const auto items = board().items;
  const auto older = *std::find_if(items.begin(), items.end(), [](const auto& i) { return i.text == "Leeshoek opnieuw inrichten met de leerlingen"; });
  must(move_item(s, teacher, older.id, "doing", std::nullopt, older.version));  // made weeks ago, moved since the last session
  world.clock.advance(3600);

  auto session = start();
  session = must(update_board_session(s, teacher, session.id, {session.version, std::nullopt, std::vector<Id>{teacher.user.id, leader.user.id}}));
  const auto record = must(close_board_session(s, teacher, session.id, session.version));
  std::vector<std::string> weeks;
  for (const auto& e : record.entries) {
    if (e.kind != "measurement" || e.ref_id != goal.id) continue;
    weeks.push_back(e.detail.substr(0, 10));
    if (e.detail.starts_with(corrected.week)) {
      EXPECT_EQ(e.unit, to_string(goal.unit));
      EXPECT_EQ(e.value, 33.0);
    }
  }
  EXPECT_NE(std::find(weeks.begin(), weeks.end(), corrected.week), weeks.end());
  EXPECT_EQ(std::find(weeks.begin(), weeks.end(), old_week.week), weeks.end());
  // Created and moved since the previous session, though not during this one.
  EXPECT_EQ(lines(record, "action_created"), std::vector<std::string>{card.text});
  EXPECT_EQ(lines(record, "action_moved"), std::vector<std::string>{older.text});
}

}  // namespace
}  // namespace sb
