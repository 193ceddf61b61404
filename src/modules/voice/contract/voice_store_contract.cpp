// The voice module's store contract: what every store implementation must do
// with feedback rounds and their anonymous responses. Each implementation
// instantiates it, e.g. modules/voice/sql/sql_voice_store_test.cpp.
#include "modules/voice/contract/voice_store_contract.h"

#include <algorithm>
#include <tuple>

#include "modules/organisation/contract/tenants.h"
#include "modules/voice/core/store.h"

namespace sb::contract {
namespace {

VoiceRound a_round(const Tenants& w, std::string code, UnixTime opened, UnixTime keep_until) {
  VoiceRound r;
  r.school_id = w.school_a;
  r.team_id = w.team_a;
  r.owner_id = w.alice;
  r.title = "Breuken";
  r.level = Level::po;
  r.code = std::move(code);
  r.questions = {{QuestionKind::scale, "Duidelijk?"}, {QuestionKind::open, "Wat kan beter?"}};
  r.class_size = 6;
  r.min_answers = 5;
  r.opened_at = opened;
  r.closes_at = opened + 3600;
  r.keep_until = keep_until;
  r.hidden_words = {"Jan"};
  return r;
}

Id insert(Store& store, const VoiceRound& round) {
  return write_value<Id>(store, [&](WriteTx& tx) { return voice(tx).insert_round(round); }).value();
}

std::optional<VoiceRound> find(Store& store, Id id) {
  return read_value<std::optional<VoiceRound>>(
             store, [&](ReadTx& tx) -> Result<std::optional<VoiceRound>> { return voice(tx).find_round(id); })
      .value();
}

Result<void> respond(Store& store, Id round, std::string hash, std::vector<Answer> answers) {
  return store.write([&](WriteTx& tx) { return voice(tx).insert_response(round, hash, answers); });
}

}  // namespace

TEST_P(VoiceStoreContract, ARoundKeepsItsQuestionsWordsAndSettings) {
  auto w = make_tenants(*store_);
  const Id id = insert(*store_, a_round(w, "ACE3K79", 1000, 50'000));
  auto round = find(*store_, id);
  ASSERT_TRUE(round.has_value());
  EXPECT_EQ(round->title, "Breuken");
  EXPECT_EQ(round->level, Level::po);
  ASSERT_EQ(round->questions.size(), 2u);
  EXPECT_EQ(round->questions[1].kind, QuestionKind::open);
  EXPECT_EQ(round->questions[1].text, "Wat kan beter?");
  EXPECT_EQ(round->hidden_words, std::vector<std::string>{"Jan"});
  EXPECT_EQ(round->closes_at, 4600);
  EXPECT_EQ(round->keep_until, 50'000);
  EXPECT_FALSE(round->closed_at.has_value());
  EXPECT_EQ(round->answers, 0);

  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    SB_CHECK(voice(tx).set_shared(id, true));
                    SB_CHECK(voice(tx).set_hidden_words(id, {"Piet", "meneer"}));
                    return voice(tx).close_round(id, 2000);
                  })
                  .has_value());
  round = find(*store_, id);
  EXPECT_TRUE(round->shared);
  EXPECT_EQ(round->hidden_words, (std::vector<std::string>{"Piet", "meneer"}));
  EXPECT_EQ(round->closed_at, 2000);
}

TEST_P(VoiceStoreContract, ACodeFindsOnlyAnOpenRound) {
  auto w = make_tenants(*store_);
  const Id id = insert(*store_, a_round(w, "ACE3K79", 1000, 50'000));
  auto by_code = [&](std::string_view code, UnixTime now) {
    return read_value<std::optional<VoiceRound>>(*store_,
                                                 [&](ReadTx& tx) -> Result<std::optional<VoiceRound>> {
                                                   return voice(tx).open_round_with_code(code, now);
                                                 })
        .value();
  };
  EXPECT_EQ(by_code("ACE3K79", 1500)->id, id);
  EXPECT_FALSE(by_code("ACE3K79", 4600).has_value());  // expired at its closing time
  EXPECT_FALSE(by_code("XXXXXXX", 1500).has_value());
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return voice(tx).close_round(id, 1600); }).has_value());
  EXPECT_FALSE(by_code("ACE3K79", 1700).has_value());  // closed by hand
  // An expired code may be drawn again for a new round.
  const Id again = insert(*store_, a_round(w, "ACE3K79", 5000, 50'000));
  EXPECT_EQ(by_code("ACE3K79", 5001)->id, again);
}

TEST_P(VoiceStoreContract, OneResponsePerDeviceHashAndCountedWithTheRound) {
  auto w = make_tenants(*store_);
  const Id id = insert(*store_, a_round(w, "ACE3K79", 1000, 50'000));
  ASSERT_TRUE(respond(*store_, id, "device-1", {{0, 2, ""}, {1, std::nullopt, "Meer oefenen"}}).has_value());
  ASSERT_TRUE(respond(*store_, id, "device-2", {{0, 3, ""}}).has_value());
  auto again = respond(*store_, id, "device-1", {{0, 1, ""}});
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::already_exists);
  EXPECT_EQ(find(*store_, id)->answers, 2);
  auto responses =
      read_value<std::vector<std::vector<Answer>>>(
          *store_, [&](ReadTx& tx) -> Result<std::vector<std::vector<Answer>>> { return voice(tx).responses(id); })
          .value();
  ASSERT_EQ(responses.size(), 2u);
  std::vector<int> values;
  std::string text;
  for (const auto& r : responses) {
    for (const auto& a : r) {
      if (a.value)
        values.push_back(*a.value);
      else
        text = a.text;
    }
  }
  std::ranges::sort(values);
  EXPECT_EQ(values, (std::vector<int>{2, 3}));
  EXPECT_EQ(text, "Meer oefenen");
}

TEST_P(VoiceStoreContract, LeadersCountsAndSharedRoundsStayInTheirSchool) {
  auto w = make_tenants(*store_);
  const Id first = insert(*store_, a_round(w, "ACE3K79", 1000, 50'000));
  insert(*store_, a_round(w, "ACE3K7A", 2000, 50'000));
  auto other = a_round(w, "ACE3K7C", 1000, 50'000);
  other.school_id = w.school_b;
  other.team_id = w.team_b;
  other.owner_id = w.bob;
  other.shared = true;
  insert(*store_, other);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return voice(tx).set_shared(first, true); }).has_value());
  auto [counts, shared, mine] =
      read_value<std::tuple<std::vector<TeamRounds>, std::vector<VoiceRound>, std::vector<VoiceRound>>>(
          *store_,
          [&](ReadTx& tx)
              -> Result<std::tuple<std::vector<TeamRounds>, std::vector<VoiceRound>, std::vector<VoiceRound>>> {
            return std::tuple{voice(tx).rounds_per_team(w.school_a), voice(tx).shared_rounds(w.school_a),
                              voice(tx).rounds_of(w.alice, w.team_a)};
          })
          .value();
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0].team_id, w.team_a);
  EXPECT_EQ(counts[0].rounds, 2);
  ASSERT_EQ(shared.size(), 1u);
  EXPECT_EQ(shared[0].id, first);
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_GT(mine[0].opened_at, mine[1].opened_at);  // the newest first
}

TEST_P(VoiceStoreContract, RetentionDeletesRoundsWithAllTheirAnswers) {
  auto w = make_tenants(*store_);
  const Id old_round = insert(*store_, a_round(w, "ACE3K79", 1000, 10'000));
  const Id kept = insert(*store_, a_round(w, "ACE3K7A", 1000, 20'000));
  ASSERT_TRUE(respond(*store_, old_round, "device-1", {{0, 2, ""}}).has_value());
  EXPECT_EQ(write_value<int>(*store_, [&](WriteTx& tx) { return voice(tx).delete_rounds_kept_until(9'999); }).value(),
            0);
  EXPECT_EQ(write_value<int>(*store_, [&](WriteTx& tx) { return voice(tx).delete_rounds_kept_until(10'000); }).value(),
            1);
  EXPECT_FALSE(find(*store_, old_round).has_value());
  EXPECT_TRUE(find(*store_, kept).has_value());
  auto left = read_value<std::size_t>(*store_, [&](ReadTx& tx) -> Result<std::size_t> {
                return voice(tx).responses(old_round).size();
              }).value();
  EXPECT_EQ(left, 0u);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return voice(tx).delete_round(kept); }).has_value());
  EXPECT_FALSE(find(*store_, kept).has_value());
}

TEST_P(VoiceStoreContract, ARolledBackResponseLeavesNoTrace) {
  auto w = make_tenants(*store_);
  const Id id = insert(*store_, a_round(w, "ACE3K79", 1000, 50'000));
  EXPECT_FALSE(store_
                   ->write([&](WriteTx& tx) -> Result<void> {
                     SB_CHECK(voice(tx).insert_response(id, "device-1", {{0, 2, ""}}));
                     return std::unexpected(Error::invalid("x", "rolled back"));
                   })
                   .has_value());
  EXPECT_EQ(find(*store_, id)->answers, 0);
  EXPECT_TRUE(respond(*store_, id, "device-1", {{0, 2, ""}}).has_value());
}

// A round may name the lesson design it asks about (issue 13): the link round-trips, a round without one reads as
// none, and the rounds of a design are listed newest first, of every owner, and only those.
TEST_P(VoiceStoreContract, ARoundNamesItsLessonDesignAndTheDesignListsItsRounds) {
  auto w = make_tenants(*store_);
  auto about = a_round(w, "ACE3K79", 1000, 50'000);
  about.lesson_design_id = 4711;
  const Id first = insert(*store_, about);
  auto later = a_round(w, "ACE3K7A", 2000, 50'000);
  later.lesson_design_id = 4711;
  const Id second = insert(*store_, later);
  const Id unlinked = insert(*store_, a_round(w, "ACE3K7C", 3000, 50'000));
  auto other = a_round(w, "ACE3K7D", 3000, 50'000);
  other.lesson_design_id = 4712;
  insert(*store_, other);

  EXPECT_EQ(find(*store_, first)->lesson_design_id, 4711);
  EXPECT_FALSE(find(*store_, unlinked)->lesson_design_id.has_value());
  auto rounds = read_value<std::vector<VoiceRound>>(*store_, [&](ReadTx& tx) -> Result<std::vector<VoiceRound>> {
                  return voice(tx).rounds_of_lesson_design(4711);
                }).value();
  ASSERT_EQ(rounds.size(), 2u);
  EXPECT_EQ(rounds[0].id, second);
  EXPECT_EQ(rounds[1].id, first);
  EXPECT_EQ(rounds[1].questions.size(), 2u) << "listed rounds carry their questions";
}

TEST_P(VoiceStoreContract, RoundsAreCountedByTheWeekTheyOpenedForTheAskedTeamsOnly) {
  auto w = make_tenants(*store_);
  constexpr UnixTime monday_nov_2 = 1793613600;  // 2026-11-02 10:00 UTC
  constexpr UnixTime week = 7 * 86400;
  insert(*store_, a_round(w, "ACE3K79", monday_nov_2 - week, 1LL << 40));  // before the weeks asked
  insert(*store_, a_round(w, "ACE3K7A", monday_nov_2, 1LL << 40));
  insert(*store_, a_round(w, "ACE3K7C", monday_nov_2 + 2 * 86400, 1LL << 40));
  insert(*store_, a_round(w, "ACE3K7D", monday_nov_2 + week, 1LL << 40));
  auto other = a_round(w, "ACE3K7E", monday_nov_2, 1LL << 40);
  other.school_id = w.school_b;
  other.team_id = w.team_b;
  other.owner_id = w.bob;
  insert(*store_, other);
  auto count = [&](std::vector<Id> teams) {
    return read_value<std::vector<RhythmSignal>>(
               *store_,
               [&](ReadTx& tx) -> Result<std::vector<RhythmSignal>> {
                 return voice(tx).count_rounds_by_week({teams, "2026-11-02", "2026-11-09"});
               })
        .value();
  };
  auto of_a = count({w.team_a});
  ASSERT_EQ(of_a.size(), 2u);
  EXPECT_EQ(std::tie(of_a[0].team_id, of_a[0].week, of_a[0].kind, of_a[0].count),
            std::make_tuple(w.team_a, "2026-11-02", "voice_round", 2));
  EXPECT_EQ(std::tie(of_a[1].week, of_a[1].count), std::make_tuple("2026-11-09", 1));
  auto of_both = count({w.team_a, w.team_b});
  ASSERT_EQ(of_both.size(), 3u);
  EXPECT_EQ(std::ranges::count_if(of_both, [&](const RhythmSignal& s) { return s.team_id == w.team_b; }), 1);
  EXPECT_TRUE(count({}).empty());
}

}  // namespace sb::contract
