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
  EXPECT_EQ(lines(record, "measurement"), std::vector<std::string>{goal.title});
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
  must(close_board_session(s, teacher, first.id, first.version));
  EXPECT_EQ(find_open_board_session_for(s, leader, team_id).error().code, ErrorCode::not_found);
  EXPECT_NE(must(start_board_session(s, leader, team_id, 30)).id, first.id);
}

TEST_F(BoardSessions, AClosedSessionDoesNotChangeAgain) {
  const auto started = start();
  const auto record = must(close_board_session(s, teacher, started.id, started.version));
  const auto closed = record.session;
  const auto changed = update_board_session(s, teacher, closed.id, {closed.version, 2, std::nullopt});
  ASSERT_FALSE(changed.has_value());
  EXPECT_EQ(changed.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(close_board_session(s, teacher, closed.id, closed.version).error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(must(find_board_session_for(s, teacher, closed.id)).version, closed.version);
}

TEST_F(BoardSessions, AChangeOnAStaleVersionOfTheSessionIsAConflict) {
  const auto started = start();
  must(update_board_session(s, teacher, started.id, {started.version, 1, std::nullopt}));
  const auto stale = update_board_session(s, leader, started.id, {started.version, 2, std::nullopt});
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  EXPECT_EQ(close_board_session(s, leader, started.id, started.version).error().code, ErrorCode::conflict);
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

}  // namespace
}  // namespace sb
