// The programmes module's store contract for assignments and hand-ins (core/assignments_store.h): part of the
// ProgrammesStoreContract suite, so every store implementation that instantiates it is held to this too.
#include "modules/organisation/contract/tenants.h"
#include "modules/programmes/contract/programmes_store_contract.h"
#include "modules/programmes/core/assignments_store.h"
#include "modules/programmes/core/store.h"

namespace sb::contract {
namespace {

struct Setup {
  ProgrammeRound round;
  Id enrolment = 0;
  Id other_enrolment = 0;
};

Setup set_up(Store& store, const Tenants& w) {
  return write_value<Setup>(store, [&](WriteTx& tx) -> Result<Setup> {
           Programme p;
           p.title = "Lerende Leiders";
           p.provider = "ESSB Academy";
           p.audience = {{Sector::po, "Directeuren"}};
           p.parts = {{"Thema's", 100, ""}, {"Project", 100, ""}};
           SB_TRY(programme, programmes(tx).insert_programme(p));
           ProgrammeRound r{0, programme, "Start september", false, 1000, {{0, "Groep", 25}}, {}, {}};
           r.sessions = {{0, "Thema 1, contactdag 2", 2000, 3000, "Rotterdam", "", std::nullopt, 0, 360}};
           SB_TRY(round_id, programmes(tx).insert_round(r));
           Setup out{*programmes(tx).find_round(round_id), 0, 0};
           for (Id user : {w.alice, w.bob}) {
             Enrolment e;
             e.round_id = round_id;
             e.user_id = user;
             e.bestuur_id = w.bestuur_a;
             e.role = "Directeuren";
             e.status = EnrolmentStatus::placed;
             e.enrolled_by = user;
             SB_TRY(id, programmes(tx).insert_enrolment(e));
             (out.enrolment ? out.other_enrolment : out.enrolment) = id;
           }
           return out;
         })
      .value();
}

}  // namespace

TEST_P(ProgrammesStoreContract, AssignmentsComeByDueDateAndAStaleChangeIsAConflict) {
  auto w = make_tenants(*store_);
  auto s = set_up(*store_, w);
  const Id session = s.round.sessions[0].id;
  auto ids = write_value<std::pair<Id, Id>>(*store_, [&](WriteTx& tx) -> Result<std::pair<Id, Id>> {
    SB_TRY(later, assignments(tx).insert_assignment({0, s.round.id, "Take to School 2", "", 0, std::nullopt, 900, 60, 1}));
    SB_TRY(sooner, assignments(tx).insert_assignment({0, s.round.id, "Take to School 1", "Pas toe", 0, session, 500, 0, 1}));
    return std::pair{later, sooner};
  });
  ASSERT_TRUE(ids.has_value());
  auto list = read_value<std::vector<Assignment>>(*store_, [&](ReadTx& tx) -> Result<std::vector<Assignment>> {
    return assignments(tx).list_assignments(s.round.id);
  });
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, ids->second);
  EXPECT_EQ((*list)[0].session_id, session);
  EXPECT_EQ((*list)[0].instructions, "Pas toe");
  EXPECT_EQ((*list)[1].part, 0);
  EXPECT_EQ((*list)[1].session_id, std::nullopt);
  EXPECT_EQ((*list)[1].credit_minutes, 60);

  auto changed = (*list)[1];
  changed.title = "Take to School: Organisatiekunde";
  changed.part = std::nullopt;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return assignments(tx).update_assignment(changed); }).has_value());
  auto stale = store_->write([&](WriteTx& tx) { return assignments(tx).update_assignment(changed); });
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  auto read = read_value<Assignment>(*store_, [&](ReadTx& tx) -> Result<Assignment> {
    return *assignments(tx).find_assignment(changed.id);
  });
  EXPECT_EQ(read->title, "Take to School: Organisatiekunde");
  EXPECT_EQ(read->part, std::nullopt);
  EXPECT_EQ(read->version, 2);

  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return assignments(tx).delete_assignment(changed.id); }).has_value());
  auto gone = store_->write([&](WriteTx& tx) { return assignments(tx).delete_assignment(changed.id); });
  EXPECT_EQ(gone.error().code, ErrorCode::not_found);
}

TEST_P(ProgrammesStoreContract, AHandInIsOncePerAssignmentAndParticipantAndChangesByVersion) {
  auto w = make_tenants(*store_);
  auto s = set_up(*store_, w);
  auto assignment = write_value<Id>(*store_, [&](WriteTx& tx) {
    return assignments(tx).insert_assignment({0, s.round.id, "Voorbereiding", "", std::nullopt, std::nullopt, 500, 0, 1});
  });
  ASSERT_TRUE(assignment.has_value());
  HandIn first{0, *assignment, s.enrolment, "Mijn vraag", 400, 400, HandInStatus::submitted, "", std::nullopt, std::nullopt, 1};
  auto id = write_value<Id>(*store_, [&](WriteTx& tx) { return assignments(tx).insert_hand_in(first); });
  ASSERT_TRUE(id.has_value());
  auto twice = write_value<Id>(*store_, [&](WriteTx& tx) { return assignments(tx).insert_hand_in(first); });
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code, ErrorCode::already_exists);
  auto other = first;
  other.enrolment_id = s.other_enrolment;
  ASSERT_TRUE(write_value<Id>(*store_, [&](WriteTx& tx) { return assignments(tx).insert_hand_in(other); }).has_value());

  auto stored = read_value<HandIn>(*store_, [&](ReadTx& tx) -> Result<HandIn> {
    return *assignments(tx).find_hand_in_of(*assignment, s.enrolment);
  });
  EXPECT_EQ(stored->id, *id);
  EXPECT_EQ(stored->text, "Mijn vraag");
  EXPECT_EQ(stored->reviewed_at, std::nullopt);
  auto reviewed = *stored;
  reviewed.status = HandInStatus::returned;
  reviewed.feedback = "Maak het concreter.";
  reviewed.reviewed_at = 600;
  reviewed.reviewed_by = w.alice;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return assignments(tx).update_hand_in(reviewed); }).has_value());
  auto stale = store_->write([&](WriteTx& tx) { return assignments(tx).update_hand_in(reviewed); });
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);

  auto all = read_value<std::vector<HandIn>>(*store_, [&](ReadTx& tx) -> Result<std::vector<HandIn>> {
    return assignments(tx).list_hand_ins(s.round.id);
  });
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].status, HandInStatus::returned);
  EXPECT_EQ((*all)[0].feedback, "Maak het concreter.");
  EXPECT_EQ((*all)[0].reviewed_at, 600);
  EXPECT_EQ((*all)[0].reviewed_by, w.alice);
  EXPECT_EQ((*all)[0].version, 2);
  EXPECT_EQ((*all)[0].first_submitted_at, 400);
  EXPECT_EQ((*all)[1].enrolment_id, s.other_enrolment);
  auto count = read_value<int>(*store_, [&](ReadTx& tx) -> Result<int> { return assignments(tx).count_hand_ins(*assignment); });
  EXPECT_EQ(*count, 2);
  // An assignment with hand-ins stays: the store refuses to take participants' work with it.
  EXPECT_FALSE(store_->write([&](WriteTx& tx) { return assignments(tx).delete_assignment(*assignment); }).has_value());
}

}  // namespace sb::contract
