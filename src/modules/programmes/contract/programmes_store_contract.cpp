// The programmes module's store contract: what every store implementation must
// do with programmes, rounds, enrolments, attendance and hours. Each
// implementation instantiates it, e.g. modules/programmes/sql/sql_programmes_store_test.cpp.
#include "modules/programmes/contract/programmes_store_contract.h"

#include "modules/organisation/contract/tenants.h"
#include "modules/programmes/core/store.h"

#include <map>
#include <type_traits>
#include <utility>

namespace sb::contract {
namespace {

Programme sample() {
  Programme p;
  p.title = "Leergang";
  p.provider = "ESSB Academy";
  p.co_producers = {"Schoolleiders"};
  p.audience = {{Sector::po, "Directeuren"}, {Sector::po, "Adjunct-directeuren"}};
  p.goals = {"Doel 1", "Doel 2"};
  p.themes = {"Thema 1"};
  p.parts = {{"Thema's", 100, "vijf thema's"}, {"Project", 100, ""}};
  p.registration_points = 100;
  p.price_cents = 90000;
  p.vat_percent = 21;
  p.enrolment_rule = EnrolmentRule::with_colleague;
  p.address_after_enrolment = true;
  return p;
}

ProgrammeRound sample_round(Id programme_id) {
  ProgrammeRound r{0, programme_id, "Najaar", true, 1000, {{0, "Groep 1", 2}, {0, "Groep 2", 3}}, {{0, "Ontwerp"}}, {}};
  r.sessions = {{0, "Dag 1", 2000, 3000, "Utrecht", "Berlijnplein 300", Id{1}, 0, 360},
                {0, "Dag 2", 4000, 5000, "Utrecht", "", std::nullopt, std::nullopt, 0}};
  return r;
}

// What `what` reads, in a read unit of its own.
template <class F>
auto reading(Store& store, F what) {
  using T = std::decay_t<decltype(what(std::declval<ReadTx&>()))>;
  return read_value<T>(store, [&](ReadTx& tx) -> Result<T> { return what(tx); }).value();
}

}  // namespace

TEST_P(ProgrammesStoreContract, AProgrammeComesBackWithEveryListAndAStaleUpdateIsAConflict) {
  auto created = write_value<Id>(*store_, [&](WriteTx& tx) { return programmes(tx).insert_programme(sample()); });
  ASSERT_TRUE(created.has_value());
  auto read = [&] {
    return read_value<Programme>(
               *store_,
               [&](ReadTx& tx) -> Result<Programme> { return programmes(tx).find_programme(*created).value(); })
        .value();
  };
  auto p = read();
  EXPECT_EQ(p.title, "Leergang");
  EXPECT_EQ(p.audience.size(), 2u);
  EXPECT_EQ(p.audience[1].role, "Adjunct-directeuren");
  EXPECT_EQ(p.goals, (std::vector<std::string>{"Doel 1", "Doel 2"}));
  EXPECT_EQ(p.parts[0].hours, 100);
  EXPECT_EQ(p.enrolment_rule, EnrolmentRule::with_colleague);
  EXPECT_TRUE(p.address_after_enrolment);
  EXPECT_EQ(p.version, 1);
  p.goals = {"Nieuw"};
  p.price_cents = 95000;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return programmes(tx).update_programme(p); }).has_value());
  EXPECT_EQ(read().goals, (std::vector<std::string>{"Nieuw"}));
  EXPECT_EQ(read().version, 2);
  auto stale = store_->write([&](WriteTx& tx) { return programmes(tx).update_programme(p); });
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  p.id = 999999;
  EXPECT_EQ(store_->write([&](WriteTx& tx) { return programmes(tx).update_programme(p); }).error().code,
            ErrorCode::not_found);
}

TEST_P(ProgrammesStoreContract, ARoundKeepsItsGroupsTracksAndSessionsAndEnrolmentsKeepArrivalOrder) {
  auto w = make_tenants(*store_);
  auto ids = write_value<std::pair<Id, Id>>(*store_, [&](WriteTx& tx) -> Result<std::pair<Id, Id>> {
    SB_TRY(programme, programmes(tx).insert_programme(sample()));
    SB_TRY(round, programmes(tx).insert_round(sample_round(programme)));
    return std::pair{programme, round};
  });
  ASSERT_TRUE(ids.has_value());
  auto round = read_value<ProgrammeRound>(*store_, [&](ReadTx& tx) -> Result<ProgrammeRound> {
                 return *programmes(tx).find_round(ids->second);
               }).value();
  ASSERT_EQ(round.groups.size(), 2u);
  ASSERT_EQ(round.sessions.size(), 2u);
  EXPECT_EQ(round.sessions[0].group_id, round.groups[1].id);  // named by position when created
  EXPECT_EQ(round.sessions[0].address, "Berlijnplein 300");
  EXPECT_EQ(round.sessions[0].part, 0);
  EXPECT_FALSE(round.sessions[1].group_id.has_value());
  EXPECT_EQ(round.tracks[0].name, "Ontwerp");

  auto enrol = [&](Id user, Id bestuur) {
    return write_value<Id>(*store_, [&](WriteTx& tx) {
      Enrolment e;
      e.round_id = round.id;
      e.user_id = user;
      e.bestuur_id = bestuur;
      e.role = "Directeuren";
      e.status = EnrolmentStatus::placed;
      e.group_id = round.groups[0].id;
      e.enrolled_by = user;
      e.created_at = 10;
      return programmes(tx).insert_enrolment(e);
    });
  };
  auto first = enrol(w.alice, w.bestuur_a);
  auto second = enrol(w.bob, w.bestuur_b);
  ASSERT_TRUE(first && second);
  EXPECT_LT(*first, *second);
  // Nobody holds two live enrolments in one round.
  EXPECT_EQ(enrol(w.alice, w.bestuur_a).error().code, ErrorCode::already_exists);
  auto list = read_value<std::vector<Enrolment>>(*store_, [&](ReadTx& tx) -> Result<std::vector<Enrolment>> {
                return programmes(tx).list_enrolments(round.id);
              }).value();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].user_name, "Alice");
  EXPECT_EQ(list[1].bestuur_name, "Bestuur B");
  // Cancelled, alice may enrol again; the new enrolment comes after bob's.
  auto cancelled = list[0];
  cancelled.status = EnrolmentStatus::cancelled;
  cancelled.group_id.reset();
  cancelled.cancelled_at = 20;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return programmes(tx).update_enrolment(cancelled); }).has_value());
  auto again = enrol(w.alice, w.bestuur_a);
  ASSERT_TRUE(again.has_value());
  EXPECT_GT(*again, *second);
  auto of_alice = read_value<std::vector<Enrolment>>(*store_, [&](ReadTx& tx) -> Result<std::vector<Enrolment>> {
                    return programmes(tx).list_enrolments_of_user(w.alice);
                  }).value();
  ASSERT_EQ(of_alice.size(), 2u);
  EXPECT_EQ(of_alice[0].status, EnrolmentStatus::cancelled);
  EXPECT_EQ(of_alice[0].cancelled_at, 20);
}

TEST_P(ProgrammesStoreContract, APlaceHeldForAnAddressCountsUntilItIsBoundToTheAccountThatAccepted) {
  auto w = make_tenants(*store_);
  auto round = write_value<ProgrammeRound>(*store_, [&](WriteTx& tx) -> Result<ProgrammeRound> {
                 SB_TRY(programme, programmes(tx).insert_programme(sample()));
                 SB_TRY(id, programmes(tx).insert_round(sample_round(programme)));
                 return *programmes(tx).find_round(id);
               }).value();
  Enrolment held;
  held.round_id = round.id;
  held.bestuur_id = w.bestuur_a;
  held.role = "Directeuren";
  held.status = EnrolmentStatus::placed;
  held.group_id = round.groups[0].id;
  held.enrolled_by = w.alice;
  held.created_at = 10;
  held.invited_email = "nieuw@school.test";
  held.held_until = 500;
  held.id = write_value<Id>(*store_, [&](WriteTx& tx) { return programmes(tx).insert_enrolment(held); }).value();
  const auto stored = reading(*store_, [&](ReadTx& tx) { return *programmes(tx).find_enrolment(held.id); });
  EXPECT_EQ(stored.user_id, 0);
  EXPECT_EQ(stored.user_email, "nieuw@school.test");
  EXPECT_EQ(stored.held_until, 500);
  EXPECT_EQ(reading(*store_, [&](ReadTx& tx) { return programmes(tx).count_placed(round.id); }), (std::map<Id, int>{{round.groups[0].id, 1}}));
  EXPECT_EQ(reading(*store_, [&](ReadTx& tx) { return programmes(tx).list_held_enrolments().size(); }), 1u);
  EXPECT_EQ(reading(*store_, [&](ReadTx& tx) { return programmes(tx).list_enrolments_by(w.alice).size(); }), 1u);
  EXPECT_FALSE(reading(*store_, [&](ReadTx& tx) { return programmes(tx).has_expired_hold(round.id, 500); }));
  EXPECT_TRUE(reading(*store_, [&](ReadTx& tx) { return programmes(tx).has_expired_hold(round.id, 501); }));
  EXPECT_FALSE(reading(*store_, [&](ReadTx& tx) { return programmes(tx).is_enrolled(round.id, w.bob); }));
  // Bob accepted: the place is his.
  auto bound = stored;
  bound.user_id = w.bob;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return programmes(tx).update_enrolment(bound); }).has_value());
  EXPECT_TRUE(reading(*store_, [&](ReadTx& tx) { return programmes(tx).is_enrolled(round.id, w.bob); }));
  EXPECT_EQ(reading(*store_, [&](ReadTx& tx) { return programmes(tx).list_held_enrolments().size(); }), 0u);
  EXPECT_EQ(reading(*store_, [&](ReadTx& tx) { return programmes(tx).find_enrolment(held.id)->user_name; }), "Bob");
}

TEST_P(ProgrammesStoreContract, AttendanceIsOverwrittenHoursAddUpAndARolledBackUnitLeavesNothing) {
  auto w = make_tenants(*store_);
  auto setup =
      write_value<std::pair<ProgrammeRound, Id>>(*store_, [&](WriteTx& tx) -> Result<std::pair<ProgrammeRound, Id>> {
        SB_TRY(programme, programmes(tx).insert_programme(sample()));
        SB_TRY(round_id, programmes(tx).insert_round(sample_round(programme)));
        auto round = *programmes(tx).find_round(round_id);
        Enrolment e;
        e.round_id = round_id;
        e.user_id = w.alice;
        e.bestuur_id = w.bestuur_a;
        e.role = "Directeuren";
        e.status = EnrolmentStatus::placed;
        e.enrolled_by = w.alice;
        SB_TRY(enrolment, programmes(tx).insert_enrolment(e));
        return std::pair{round, enrolment};
      });
  ASSERT_TRUE(setup.has_value());
  auto [round, enrolment] = *setup;
  const Id session = round.sessions[0].id;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) {
                      return programmes(tx).set_attendance({session, enrolment, false});
                    })
                  .has_value());
  ASSERT_TRUE(store_->write([&](WriteTx& tx) {
                      return programmes(tx).set_attendance({session, enrolment, true});
                    })
                  .has_value());
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) {
                    return drop_value(programmes(tx).insert_hours({0, enrolment, 1, 90, "coaching", 5, w.alice}));
                  })
                  .has_value());
  EXPECT_FALSE(store_
                   ->write([&](WriteTx& tx) -> Result<void> {
                     SB_CHECK(drop_value(programmes(tx).insert_hours({0, enrolment, 1, 60, "", 6, w.alice})));
                     SB_CHECK(programmes(tx).set_attendance({round.sessions[1].id, enrolment, true}));
                     return std::unexpected(Error::invalid("x", "rolled back"));
                   })
                   .has_value());
  auto attendance = read_value<std::vector<Attendance>>(*store_, [&](ReadTx& tx) -> Result<std::vector<Attendance>> {
                      return programmes(tx).list_attendance(round.id);
                    }).value();
  ASSERT_EQ(attendance.size(), 1u);
  EXPECT_TRUE(attendance[0].present);
  auto hours = read_value<std::vector<HoursEntry>>(*store_, [&](ReadTx& tx) -> Result<std::vector<HoursEntry>> {
                 return programmes(tx).list_hours(round.id);
               }).value();
  ASSERT_EQ(hours.size(), 1u);
  EXPECT_EQ(hours[0].minutes, 90);
  EXPECT_EQ(hours[0].note, "coaching");
}

TEST_P(ProgrammesStoreContract, RoundsComeLatestFirstAndARoundWithoutSessionsLast) {
  auto ids = write_value<std::vector<Id>>(*store_, [&](WriteTx& tx) -> Result<std::vector<Id>> {
    SB_TRY(programme, programmes(tx).insert_programme(sample()));
    auto unplanned = sample_round(programme);
    unplanned.name = "Nog te plannen";
    unplanned.sessions.clear();
    auto late = sample_round(programme);
    late.name = "Voorjaar";
    for (auto& session : late.sessions) {
      session.starts_at += 10000;
      session.ends_at += 10000;
    }
    // The round without sessions first, so that an order with NULLs first (PostgreSQL's default) shows.
    SB_TRY(without_sessions, programmes(tx).insert_round(unplanned));
    SB_TRY(earlier, programmes(tx).insert_round(sample_round(programme)));
    SB_TRY(later, programmes(tx).insert_round(late));
    return std::vector<Id>{programme, without_sessions, earlier, later};
  });
  ASSERT_TRUE(ids.has_value());
  auto rounds =
      read_value<std::vector<ProgrammeRound>>(*store_, [&](ReadTx& tx) -> Result<std::vector<ProgrammeRound>> {
        return programmes(tx).list_rounds((*ids)[0]);
      }).value();
  ASSERT_EQ(rounds.size(), 3u);
  EXPECT_EQ(rounds[0].id, (*ids)[3]);
  EXPECT_EQ(rounds[1].id, (*ids)[2]);
  EXPECT_EQ(rounds[2].id, (*ids)[1]);
}

TEST_P(ProgrammesStoreContract, ProjectGroupsAreReplacedWhole) {
  auto w = make_tenants(*store_);
  auto setup = write_value<std::vector<Id>>(*store_, [&](WriteTx& tx) -> Result<std::vector<Id>> {
    SB_TRY(programme, programmes(tx).insert_programme(sample()));
    SB_TRY(round_id, programmes(tx).insert_round(sample_round(programme)));
    std::vector<Id> out{round_id};
    for (auto [user, bestuur] : {std::pair{w.alice, w.bestuur_a}, std::pair{w.bob, w.bestuur_b}}) {
      Enrolment e;
      e.round_id = round_id;
      e.user_id = user;
      e.bestuur_id = bestuur;
      e.role = "Directeuren";
      e.status = EnrolmentStatus::placed;
      e.enrolled_by = user;
      SB_TRY(enrolment, programmes(tx).insert_enrolment(e));
      out.push_back(enrolment);
    }
    return out;
  });
  ASSERT_TRUE(setup.has_value());
  const Id round = (*setup)[0], alice = (*setup)[1], bob = (*setup)[2];
  auto groups = [&] {
    return read_value<std::vector<std::pair<Id, int>>>(*store_,
                                                       [&](ReadTx& tx) -> Result<std::vector<std::pair<Id, int>>> {
                                                         return programmes(tx).list_project_groups(round);
                                                       })
        .value();
  };
  auto replace = [&](std::vector<std::vector<Id>> with) {
    return store_->write([&](WriteTx& tx) { return programmes(tx).replace_project_groups(round, with); });
  };
  ASSERT_TRUE(replace({{bob}, {alice}}).has_value());
  EXPECT_EQ(groups(), (std::vector<std::pair<Id, int>>{{bob, 1}, {alice, 2}}));
  ASSERT_TRUE(replace({{alice, bob}}).has_value());
  EXPECT_EQ(groups(), (std::vector<std::pair<Id, int>>{{alice, 1}, {bob, 1}}));
  // A participant is in one group only: the whole replacement is refused and the groups stay.
  EXPECT_FALSE(replace({{alice}, {alice}}).has_value());
  EXPECT_EQ(groups(), (std::vector<std::pair<Id, int>>{{alice, 1}, {bob, 1}}));
}

}  // namespace sb::contract
