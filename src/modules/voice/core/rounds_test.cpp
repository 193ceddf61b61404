// Feedback rounds called as the use cases they are, against the real store
// with the demo's organisation and a clock the test moves: who may open and
// read a round, students answering by code, results from the fifth answer,
// and the retention job deleting rounds when their keeping time comes.
#include <gtest/gtest.h>

#include "kernel/dates.h"
#include "modules/organisation/core/demo.h"
#include "modules/organisation/core/test_world.h"
#include "modules/voice/core/limits.h"
#include "modules/voice/core/rounds.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

class Voice : public ::testing::Test {
 protected:
  testing::World world{{organisation_demo()}};
  Services& s = world.services();
  Principal teacher = world.who(demo("leraar"));
  Principal leader = world.who(demo("schoolleider"));
  Id team = world.team("OBS De Regenboog", "Groep 5-6").id;

  VoiceRound open(int class_size = 6) {
    NewRound input;
    input.title = "Breuken";
    input.level = "po";
    input.template_key = "po-les";
    input.class_size = class_size;
    return must(open_round(s, teacher, team, input));
  }
  static std::string device(int n) { return "device-token-number-" + std::to_string(n); }
  Result<void> answer(const VoiceRound& round, int n, int value = 3) {
    return submit_answers(s, round.code, device(n), {{0, value, ""}, {5, std::nullopt, "Het rekenen met Jan"}}, "10.0.0.1");
  }
};

TEST_F(Voice, ATeacherOpensARoundInHerTeamOnly) {
  const auto round = open();
  EXPECT_EQ(round.owner_id, teacher.user.id);
  EXPECT_EQ(round.code.size(), 7u);
  EXPECT_EQ(must(my_rounds(s, teacher, team)).size(), 1u);
  NewRound input;
  input.title = "x";
  input.level = "po";
  input.template_key = "po-les";
  input.class_size = 20;
  const Id other_team = world.team("OBS De Regenboog", "Groep 3-4").id;
  EXPECT_EQ(open_round(s, teacher, other_team, input).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(open_round(s, leader, team, input).error().code, ErrorCode::permission_denied);
}

TEST_F(Voice, ResultsAppearAtTheFifthAnswerAndOnlyForTheTeacher) {
  const auto round = open();
  EXPECT_EQ(must(find_round_by_code(s, round.code, "10.0.0.1")).id, round.id);
  for (int n = 1; n <= 4; ++n) must(answer(round, n));
  auto view = must(view_round(s, teacher, round.id));
  EXPECT_EQ(view.results.answers, 4);
  EXPECT_FALSE(view.results.visible);
  must(answer(round, 5, 1));
  view = must(view_round(s, teacher, round.id));
  ASSERT_TRUE(view.results.visible);
  EXPECT_EQ(view.results.questions[0].counts, (std::vector<int>{1, 0, 4}));
  EXPECT_EQ(view.results.questions[5].open_answers.size(), 5u);
  must(hide_words_in_round(s, teacher, round.id, {"jan"}));
  EXPECT_EQ(must(view_round(s, teacher, round.id)).results.questions[5].open_answers[0], "Het rekenen met ***");
  // The leader sees nothing until the teacher shares; then the distribution, never the open answers.
  EXPECT_EQ(view_round(s, leader, round.id).error().code, ErrorCode::not_found);
  must(share_round(s, teacher, round.id, true));
  auto shared = must(view_round(s, leader, round.id));
  EXPECT_FALSE(shared.mine);
  EXPECT_EQ(shared.results.questions[0].counts, (std::vector<int>{1, 0, 4}));
  EXPECT_TRUE(shared.results.questions[5].open_answers.empty());
  auto overview = must(school_voice(s, leader, round.school_id));
  ASSERT_EQ(overview.per_team.size(), 1u);
  EXPECT_EQ(overview.per_team[0].rounds, 1);
  EXPECT_EQ(overview.shared.size(), 1u);
  EXPECT_EQ(school_voice(s, teacher, round.school_id).error().code, ErrorCode::permission_denied);
}

TEST_F(Voice, OneAnswerPerDeviceAtMostTheClassSizeAndNoneAfterClosing) {
  const auto round = open(6);
  must(answer(round, 1));
  EXPECT_EQ(answer(round, 1).error().code, ErrorCode::already_exists);
  for (int n = 2; n <= 6; ++n) must(answer(round, n));
  auto full = answer(round, 7);
  EXPECT_EQ(full.error().code, ErrorCode::resource_exhausted);
  EXPECT_EQ(full.error().reason, "class_full");
  const auto other = open(10);
  must(close_round(s, teacher, other.id));
  EXPECT_EQ(answer(other, 1).error().code, ErrorCode::not_found);
  EXPECT_EQ(find_round_by_code(s, other.code, "10.0.0.1").error().code, ErrorCode::not_found);
}

TEST_F(Voice, GuessingCodesIsThrottledPerAddress) {
  const auto round = open();
  for (int n = 0; n < kFailedLookupsPerAddress; ++n) {
    EXPECT_EQ(find_round_by_code(s, "AAAAAAA", "10.0.0.9").error().code, ErrorCode::not_found);
  }
  auto refused = find_round_by_code(s, round.code, "10.0.0.9");  // even the right code, for now
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::resource_exhausted);
  EXPECT_EQ(refused.error().field, "retry_after:600");
  EXPECT_TRUE(find_round_by_code(s, round.code, "10.0.0.10").has_value());  // another address is not affected
  world.clock.advance(kFailedLookupWindow);
  EXPECT_TRUE(find_round_by_code(s, round.code, "10.0.0.9").has_value());
}

TEST_F(Voice, TheRetentionJobDeletesRoundsWhenTheirTimeComesAndATeacherAtOnce) {
  const auto round = open();
  for (int n = 1; n <= 5; ++n) must(answer(round, n));
  const auto job = voice_retention_job();
  EXPECT_EQ(must(job.run(s)), "");
  // The world starts on 18 November 2026: kept until 31 July 2027, 23:59 Amsterdam.
  const UnixTime end = amsterdam_moment(*parse_date("2027-07-31"), 24 * 60 - 1);
  EXPECT_EQ(round.keep_until, end);
  world.clock.advance(end - 1 - world.clock.now());
  EXPECT_EQ(must(job.run(s)), "");
  EXPECT_TRUE(view_round(s, teacher, round.id).has_value());
  world.clock.advance(1);
  EXPECT_EQ(must(job.run(s)), "deleted 1 feedback round(s) past their keeping time");
  EXPECT_EQ(view_round(s, teacher, round.id).error().code, ErrorCode::not_found);

  const auto now_deleted = open();
  EXPECT_EQ(delete_round(s, leader, now_deleted.id).error().code, ErrorCode::not_found);  // not hers
  must(delete_round(s, teacher, now_deleted.id));
  EXPECT_TRUE(must(my_rounds(s, teacher, team)).empty());
}

}  // namespace
}  // namespace sb
