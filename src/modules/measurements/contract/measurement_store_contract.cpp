// The measurements module's store contract: what every store implementation must do with questionnaires,
// rounds, single-use links and answer counts. Each implementation instantiates it, e.g.
// modules/measurements/sql/sql_measurement_store_test.cpp.
#include "modules/measurements/contract/measurement_store_contract.h"

#include "modules/measurements/core/store.h"
#include "modules/organisation/contract/tenants.h"

namespace sb::contract {
namespace {

Id a_questionnaire(Store& store) {
  Questionnaire q;
  q.title = "Leercultuur";
  q.description = "Kort";
  q.statements = {{"Samen leren", "We bereiden samen voor."}, {"Feedback", "Ik krijg feedback."}};
  q.created_at = 100;
  return write_value<Id>(store, [&](WriteTx& tx) { return measurements(tx).insert_questionnaire(q); }).value();
}

Id a_round(Store& store, const Tenants& w, Id questionnaire, MeasurementKind kind, UnixTime opened) {
  MeasurementRound r;
  r.school_id = w.school_a;
  r.questionnaire_id = questionnaire;
  r.kind = kind;
  r.title = "Nulmeting";
  r.opened_by = w.alice;
  r.opened_at = opened;
  r.teams = {{w.team_a, 7, 0, {}}};
  return write_value<Id>(store, [&](WriteTx& tx) { return measurements(tx).insert_round(r); }).value();
}

template <class T, class F>
T read(Store& store, F f) {
  return read_value<T>(store, [&](ReadTx& tx) -> Result<T> { return f(measurements(tx)); }).value();
}

}  // namespace

TEST_P(MeasurementStoreContract, AQuestionnaireKeepsItsStatementsInOrder) {
  const Id id = a_questionnaire(*store_);
  auto q = read<std::optional<Questionnaire>>(*store_, [&](MeasurementReads& m) { return m.find_questionnaire(id); });
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->title, "Leercultuur");
  ASSERT_EQ(q->statements.size(), 2u);
  EXPECT_EQ(q->statements[1].dimension, "Feedback");
  EXPECT_EQ(q->statements[0].text, "We bereiden samen voor.");
  EXPECT_EQ(
      read<std::vector<Questionnaire>>(*store_, [](MeasurementReads& m) { return m.list_questionnaires(); }).size(),
      1u);
}

TEST_P(MeasurementStoreContract, ARoundKeepsItsTeamsAndASchoolListsItsRoundsNewestFirst) {
  auto w = make_tenants(*store_);
  const Id q = a_questionnaire(*store_);
  const Id first = a_round(*store_, w, q, MeasurementKind::baseline, 1000);
  const Id second = a_round(*store_, w, q, MeasurementKind::follow_up, 2000);
  auto round = read<std::optional<MeasurementRound>>(*store_, [&](MeasurementReads& m) { return m.find_round(first); });
  ASSERT_TRUE(round.has_value());
  EXPECT_EQ(round->kind, MeasurementKind::baseline);
  ASSERT_EQ(round->teams.size(), 1u);
  EXPECT_EQ(round->teams[0].invited, 7);
  EXPECT_EQ(round->teams[0].answered, 0);
  auto rounds =
      read<std::vector<MeasurementRound>>(*store_, [&](MeasurementReads& m) { return m.rounds_of_school(w.school_a); });
  ASSERT_EQ(rounds.size(), 2u);
  EXPECT_EQ(rounds[0].id, second);
  EXPECT_TRUE(read<std::vector<MeasurementRound>>(*store_, [&](MeasurementReads& m) {
                return m.rounds_of_school(w.school_b);
              }).empty());
}

TEST_P(MeasurementStoreContract, ALinkAnswersOnceAndOnlyRaisesTheCountsOfItsTeam) {
  auto w = make_tenants(*store_);
  const Id q = a_questionnaire(*store_);
  const Id round = a_round(*store_, w, q, MeasurementKind::baseline, 1000);
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    SB_CHECK(measurements(tx).insert_link(round, w.team_a, "hash-1"));
                    return measurements(tx).insert_link(round, w.team_a, "hash-2");
                  })
                  .has_value());
  EXPECT_EQ(read<int>(*store_, [&](MeasurementReads& m) { return m.count_open_links(round); }), 2);
  auto answered = write_value<OpenMeasurementLink>(*store_, [&](WriteTx& tx) {
    return measurements(tx).record_answers("hash-1", {4, 2});
  });
  ASSERT_TRUE(answered.has_value());
  EXPECT_EQ(answered->team_id, w.team_a);
  EXPECT_TRUE(read<bool>(*store_, [](MeasurementReads& m) { return m.link_was_used("hash-1"); }));
  EXPECT_FALSE(read<bool>(*store_, [](MeasurementReads& m) { return m.find_open_link("hash-1").has_value(); }));
  EXPECT_FALSE(read<bool>(*store_, [](MeasurementReads& m) { return m.link_was_used("hash-2"); }));
  EXPECT_EQ(read<int>(*store_, [&](MeasurementReads& m) { return m.count_open_links(round); }), 1);
  // The same link again: refused, and nothing counted twice.
  auto again = store_->write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(link, measurements(tx).record_answers("hash-1", {5, 5}));
    (void)link;
    return ok();
  });
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::not_found);
  ASSERT_TRUE(write_value<OpenMeasurementLink>(*store_, [&](WriteTx& tx) {
                return measurements(tx).record_answers("hash-2", {4, 5});
              }).has_value());
  auto counts = read<std::vector<TeamCounts>>(*store_, [&](MeasurementReads& m) { return m.team_counts(round); });
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0].answered, 2);
  ASSERT_EQ(counts[0].statements.size(), 2u);
  EXPECT_EQ(counts[0].statements[0], (PointCounts{0, 0, 0, 2, 0}));
  EXPECT_EQ(counts[0].statements[1], (PointCounts{0, 1, 0, 0, 1}));
  auto summed = read<std::vector<PointCounts>>(*store_, [&](MeasurementReads& m) { return m.summed_counts(round); });
  ASSERT_EQ(summed.size(), 2u);
  EXPECT_EQ(summed[1], (PointCounts{0, 1, 0, 0, 1}));
}

TEST_P(MeasurementStoreContract, ARoundClosesAndIsReleased) {
  auto w = make_tenants(*store_);
  const Id round = a_round(*store_, w, a_questionnaire(*store_), MeasurementKind::baseline, 1000);
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    SB_CHECK(measurements(tx).close_round(round, 5000));
                    return measurements(tx).set_released(round, true);
                  })
                  .has_value());
  auto found = read<std::optional<MeasurementRound>>(*store_, [&](MeasurementReads& m) { return m.find_round(round); });
  EXPECT_EQ(found->closed_at, std::optional<UnixTime>(5000));
  EXPECT_TRUE(found->released);
}

TEST_P(MeasurementStoreContract, ATeamWithoutAnswersHasNoCounts) {
  auto w = make_tenants(*store_);
  const Id round = a_round(*store_, w, a_questionnaire(*store_), MeasurementKind::baseline, 1000);
  auto counts = read<std::vector<TeamCounts>>(*store_, [&](MeasurementReads& m) { return m.team_counts(round); });
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0].answered, 0);
  EXPECT_TRUE(counts[0].statements.empty());
}

}  // namespace sb::contract
