// The lessons module's store contract: what every store implementation must do
// with designs and their versions, visits, observations and reflections. Each
// implementation instantiates it, e.g. modules/lessons/sql/sql_lesson_store_test.cpp.
#include "modules/lessons/contract/lessons_store_contract.h"

#include <tuple>

#include "modules/lessons/core/materials_store.h"
#include "modules/lessons/core/store.h"
#include "modules/organisation/contract/tenants.h"

namespace sb::contract {
namespace {

// A second teacher in team A, so a visit has a visitor.
Id add_carol(Store& store, Id team_a) {
  return write_value<Id>(store,
                         [&](WriteTx& tx) -> Result<Id> {
                           User carol;
                           carol.email = "carol@a.nl";
                           carol.name = "Carol";
                           carol.created_at = 1;
                           SB_TRY(id, organisation(tx).insert_user(carol));
                           Membership m;
                           m.user_id = id;
                           m.role = Role::leraar;
                           m.team_id = team_a;
                           SB_CHECK(drop_value(organisation(tx).insert_membership(m)));
                           return id;
                         })
      .value();
}

LessonDesign a_design(Id team, Id author) {
  LessonDesign d;
  d.team_id = team;
  d.goal_id = 77;
  d.content.title = "Breuken \"vergelijken\"";
  d.content.criteria = {"Ze leggen het uit", "Ze tekenen een getallenlijn"};
  d.content.phases = {{"Instructie", 10, "Met \\ en \n regels"}};
  d.content.links = {{"Werkblad", "https://example.org/a.pdf"}};
  d.content.planned_on = "2026-12-03";
  d.author_ids = {author};
  d.created_by = d.updated_by = author;
  d.created_at = d.updated_at = 100;
  return d;
}

LessonVisit a_visit(Id design, Id team, Id teacher, Id visitor, UnixTime starts_at) {
  LessonVisit v;
  v.design_id = design;
  v.team_id = team;
  v.teacher_id = teacher;
  v.visitor_id = visitor;
  v.starts_at = starts_at;
  v.planned_by = teacher;
  v.created_at = 100;
  return v;
}

}  // namespace

TEST_P(LessonsStoreContract, ADesignKeepsEverySaveAsAVersionAndAStaleSaveIsAConflict) {
  auto w = make_tenants(*store_);
  const auto carol = add_carol(*store_, w.team_a);
  auto id =
      write_value<Id>(*store_, [&](WriteTx& tx) { return lessons(tx).insert_design(a_design(w.team_a, w.alice)); });
  ASSERT_TRUE(id.has_value());
  auto read = [&] {
    return read_value<LessonDesign>(*store_,
                                    [&](ReadTx& tx) -> Result<LessonDesign> { return *lessons(tx).find_design(*id); })
        .value();
  };
  auto design = read();
  EXPECT_EQ(design.version, 1);
  EXPECT_EQ(design.content, a_design(w.team_a, w.alice).content);  // lists round-trip whole, quotes and all
  EXPECT_EQ(design.author_ids, std::vector<Id>{w.alice});
  design.content.lesson_goal = "Nieuw doel";
  design.author_ids = {w.alice, carol, w.alice};  // a name given twice is one author
  design.updated_by = carol;
  design.updated_at = 200;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return lessons(tx).update_design(design, 1); }).has_value());
  auto stale = store_->write([&](WriteTx& tx) { return lessons(tx).update_design(design, 1); });
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  const auto now = read();
  EXPECT_EQ(now.version, 2);
  EXPECT_EQ(now.content.lesson_goal, "Nieuw doel");
  EXPECT_EQ(now.updated_by, carol);
  EXPECT_EQ(now.author_ids.size(), 2u);
  auto versions =
      read_value<std::vector<DesignVersion>>(*store_, [&](ReadTx& tx) -> Result<std::vector<DesignVersion>> {
        return lessons(tx).list_design_versions(*id);
      }).value();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].version, 2);  // the newest first
  EXPECT_EQ(versions[1].content.lesson_goal, "");
  EXPECT_EQ(versions[0].saved_by_name, "Carol");
  // Another team's listing never holds it.
  auto other = read_value<std::size_t>(
      *store_, [&](ReadTx& tx) -> Result<std::size_t> { return lessons(tx).list_designs(w.team_b).size(); });
  EXPECT_EQ(other.value(), 0u);
}

TEST_P(LessonsStoreContract, VisitsObservationsAndReflectionsRoundTripAndCount) {
  auto w = make_tenants(*store_);
  const auto carol = add_carol(*store_, w.team_a);
  auto design_id = write_value<Id>(*store_, [&](WriteTx& tx) {
                     return lessons(tx).insert_design(a_design(w.team_a, w.alice));
                   }).value();
  auto visit = a_visit(design_id, w.team_a, w.alice, carol, 5000);
  visit.minutes = 45;
  visit.location = "Lokaal 12";
  auto visit_id = write_value<Id>(*store_, [&](WriteTx& tx) { return lessons(tx).insert_visit(visit); }).value();
  auto found = read_value<LessonVisit>(*store_, [&](ReadTx& tx) -> Result<LessonVisit> {
                 return *lessons(tx).find_visit(visit_id);
               }).value();
  EXPECT_EQ(found.teacher_name, "Alice");
  EXPECT_EQ(found.visitor_name, "Carol");
  EXPECT_EQ(found.design_title, "Breuken \"vergelijken\"");
  EXPECT_EQ(found.minutes, 45);
  auto mine = [&](Id user) {
    return read_value<std::size_t>(
               *store_,
               [&](ReadTx& tx) -> Result<std::size_t> { return lessons(tx).list_visits_of_person(user).size(); })
        .value();
  };
  EXPECT_EQ(mine(w.alice), 1u);
  EXPECT_EQ(mine(carol), 1u);
  EXPECT_EQ(mine(w.bob), 0u);

  Observation o;
  o.visit_id = visit_id;
  o.criteria = {{"Ze leggen het uit", "Zes van acht", 3}, {"Ze tekenen een getallenlijn", "", std::nullopt}};
  o.notes = "Rustige klas";
  o.client_key = "phone-1234";
  o.client_seq = 4;
  o.updated_at = 5100;
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    SB_CHECK(lessons(tx).save_observation(o));
                    found.status = LessonVisitStatus::held;
                    return lessons(tx).update_visit(found, 1);
                  })
                  .has_value());
  auto stored = read_value<Observation>(*store_, [&](ReadTx& tx) -> Result<Observation> {
                  return *lessons(tx).find_observation(visit_id);
                }).value();
  EXPECT_EQ(stored.criteria, o.criteria);
  EXPECT_EQ(stored.client_seq, 4);

  Reflection r;
  r.visit_id = visit_id;
  r.students_did = "Uitleggen";
  r.updated_by = w.alice;
  r.updated_at = 6000;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return lessons(tx).save_reflection(r, 0); }).has_value());
  // A second first reflection (the other teacher at the same moment) is a conflict, as is a stale version.
  EXPECT_EQ(store_->write([&](WriteTx& tx) { return lessons(tx).save_reflection(r, 0); }).error().code,
            ErrorCode::conflict);
  r.conclusion = "Getallenlijn in elke les";
  r.conclusion_kind = ConclusionKind::action;
  r.concluded_at = 6100;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return lessons(tx).save_reflection(r, 1); }).has_value());
  EXPECT_EQ(store_->write([&](WriteTx& tx) { return lessons(tx).save_reflection(r, 1); }).error().code,
            ErrorCode::conflict);

  auto counts = read_value<LessonCounts>(*store_, [&](ReadTx& tx) -> Result<LessonCounts> {
                  return lessons(tx).count_lessons(w.team_a);
                }).value();
  EXPECT_EQ(counts.designs, 1);
  EXPECT_EQ(counts.visits_planned, 0);
  EXPECT_EQ(counts.visits_held, 1);
  EXPECT_EQ(counts.reflections_done, 1);
  auto others = read_value<LessonCounts>(*store_, [&](ReadTx& tx) -> Result<LessonCounts> {
                  return lessons(tx).count_lessons(w.team_b);
                }).value();
  EXPECT_EQ(others.designs + others.visits_held + others.reflections_done, 0);
}

TEST_P(LessonsStoreContract, AReminderIsMarkedOnceAndARolledBackUnitLeavesNothing) {
  auto w = make_tenants(*store_);
  const auto carol = add_carol(*store_, w.team_a);
  // A unit of work that fails after writing a design leaves no design, version or author.
  EXPECT_FALSE(store_
                   ->write([&](WriteTx& tx) -> Result<void> {
                     SB_CHECK(drop_value(lessons(tx).insert_design(a_design(w.team_a, w.alice))));
                     return std::unexpected(Error::invalid("x", "rolled back"));
                   })
                   .has_value());
  EXPECT_EQ(read_value<std::size_t>(
                *store_, [&](ReadTx& tx) -> Result<std::size_t> { return lessons(tx).list_designs(w.team_a).size(); })
                .value(),
            0u);
  auto design_id = write_value<Id>(*store_, [&](WriteTx& tx) {
                     return lessons(tx).insert_design(a_design(w.team_a, w.alice));
                   }).value();
  const auto visit = a_visit(design_id, w.team_a, w.alice, carol, 90'000);
  auto visit_id = write_value<Id>(*store_, [&](WriteTx& tx) { return lessons(tx).insert_visit(visit); }).value();
  auto starting = read_value<std::size_t>(*store_, [&](ReadTx& tx) -> Result<std::size_t> {
    return lessons(tx).list_visits_starting(86'400, 172'800).size();
  });
  EXPECT_EQ(starting.value(), 1u);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return lessons(tx).mark_reminder_sent(visit_id, 10); }).has_value());
  EXPECT_EQ(store_->write([&](WriteTx& tx) { return lessons(tx).mark_reminder_sent(visit_id, 11); }).error().code,
            ErrorCode::already_exists);
  EXPECT_TRUE(read_value<bool>(*store_, [&](ReadTx& tx) -> Result<bool> {
                return lessons(tx).reminder_sent(visit_id);
              }).value());
}

}  // namespace sb::contract

namespace sb::contract {

// The rows of uploaded materials: they round-trip, list per design, name their bytes once, go with their row and
// with their design, and a rolled-back unit of work leaves none.
TEST_P(LessonsStoreContract, MaterialRowsRoundTripNameTheirBytesOnceAndGoWithTheirDesign) {
  auto w = make_tenants(*store_);
  auto design_a =
      write_value<Id>(*store_, [&](WriteTx& tx) { return lessons(tx).insert_design(a_design(w.team_a, w.alice)); });
  auto design_b =
      write_value<Id>(*store_, [&](WriteTx& tx) { return lessons(tx).insert_design(a_design(w.team_b, w.bob)); });
  ASSERT_TRUE(design_a && design_b);
  auto a_material = [&](Id design, Id team, Id by, std::string key) {
    LessonMaterial m;
    m.design_id = design;
    m.team_id = team;
    m.name = "Werkblad \"breuken\" é.pdf";
    m.content_type = "application/pdf";
    m.bytes = 12'345'678;
    m.storage_key = std::move(key);
    m.uploaded_by = by;
    m.uploaded_at = 300;
    return m;
  };
  auto first = write_value<Id>(*store_, [&](WriteTx& tx) {
    return lesson_materials(tx).insert_material(a_material(*design_a, w.team_a, w.alice, "lesson-designs/1/aa"));
  });
  ASSERT_TRUE(first.has_value());
  auto second = write_value<Id>(*store_, [&](WriteTx& tx) {
    return lesson_materials(tx).insert_material(a_material(*design_b, w.team_b, w.bob, "lesson-designs/2/bb"));
  });
  ASSERT_TRUE(second.has_value());
  EXPECT_NE(*first, *second);

  auto same_key = store_->write([&](WriteTx& tx) {
    return drop_value(
        lesson_materials(tx).insert_material(a_material(*design_a, w.team_a, w.alice, "lesson-designs/1/aa")));
  });
  ASSERT_FALSE(same_key.has_value());
  EXPECT_EQ(same_key.error().code, ErrorCode::already_exists);

  auto listed =
      read_value<std::vector<LessonMaterial>>(*store_, [&](ReadTx& tx) -> Result<std::vector<LessonMaterial>> {
        return lesson_materials(tx).list_materials(*design_a);
      }).value();
  ASSERT_EQ(listed.size(), 1u) << "a design lists its own materials only";
  const auto& m = listed[0];
  EXPECT_EQ(m.id, *first);
  EXPECT_EQ(m.name, "Werkblad \"breuken\" é.pdf");
  EXPECT_EQ(m.content_type, "application/pdf");
  EXPECT_EQ(m.bytes, 12'345'678u);
  EXPECT_EQ(m.storage_key, "lesson-designs/1/aa");
  EXPECT_EQ(m.team_id, w.team_a);
  EXPECT_EQ(m.uploaded_by, w.alice);
  EXPECT_FALSE(m.uploaded_by_name.empty());
  EXPECT_EQ(m.uploaded_at, 300);

  // A unit of work that fails after the insert leaves no row.
  auto rolled_back = store_->write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(drop_value(
        lesson_materials(tx).insert_material(a_material(*design_a, w.team_a, w.alice, "lesson-designs/1/cc"))));
    return std::unexpected(Error::invalid("x", "fail on purpose"));
  });
  ASSERT_FALSE(rolled_back.has_value());
  auto known = [&](std::string key) {
    return read_value<bool>(*store_,
                            [&](ReadTx& tx) -> Result<bool> { return lesson_materials(tx).material_key_known(key); })
        .value();
  };
  EXPECT_FALSE(known("lesson-designs/1/cc"));
  EXPECT_TRUE(known("lesson-designs/1/aa"));

  ASSERT_TRUE(store_->write([&](WriteTx& tx) { return lesson_materials(tx).delete_material(*first); }).has_value());
  EXPECT_FALSE(known("lesson-designs/1/aa"));
  auto again = store_->write([&](WriteTx& tx) { return lesson_materials(tx).delete_material(*first); });
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::not_found);

  // The team's removal takes its designs and their material rows with it.
  ASSERT_TRUE(store_
                  ->write([&](WriteTx& tx) -> Result<void> {
                    auto q = organisation(tx).delete_team(w.team_b);
                    return q;
                  })
                  .has_value());
  EXPECT_FALSE(known("lesson-designs/2/bb"));
  auto after = write_value<Id>(*store_, [&](WriteTx& tx) {
    return lesson_materials(tx).insert_material(a_material(*design_a, w.team_a, w.alice, "lesson-designs/1/dd"));
  });
  ASSERT_TRUE(after.has_value());
  EXPECT_GT(*after, *second) << "ids are never reused";
}

TEST_P(LessonsStoreContract, DesignsAndHeldVisitsAreCountedByWeekForTheAskedTeamsOnly) {
  auto w = make_tenants(*store_);
  const auto carol = add_carol(*store_, w.team_a);
  constexpr UnixTime monday_nov_2 = 1793613600;  // 2026-11-02 10:00 UTC
  constexpr UnixTime day = 86400;
  auto design_at = [&](Id team, Id author, UnixTime at) {
    auto d = a_design(team, author);
    d.created_at = at;
    return write_value<Id>(*store_, [&](WriteTx& tx) { return lessons(tx).insert_design(d); }).value();
  };
  const Id design = design_at(w.team_a, w.alice, monday_nov_2);
  design_at(w.team_a, w.alice, monday_nov_2 + 2 * day);
  design_at(w.team_a, w.alice, monday_nov_2 - 7 * day);  // before the weeks asked
  design_at(w.team_b, w.bob, monday_nov_2);
  for (auto [status, at] : {std::pair{LessonVisitStatus::held, monday_nov_2 + day},
                            std::pair{LessonVisitStatus::planned, monday_nov_2 + day},  // not held: not counted
                            std::pair{LessonVisitStatus::reflected, monday_nov_2 + 8 * day}}) {
    auto visit = a_visit(design, w.team_a, w.alice, carol, at);
    visit.status = status;
    ASSERT_TRUE(write_value<Id>(*store_, [&](WriteTx& tx) { return lessons(tx).insert_visit(visit); }).has_value());
  }
  auto count = [&](std::vector<Id> teams) {
    return read_value<std::vector<RhythmSignal>>(
               *store_,
               [&](ReadTx& tx) -> Result<std::vector<RhythmSignal>> {
                 return lessons(tx).count_lesson_work_by_week({teams, "2026-11-02", "2026-11-09"});
               })
        .value();
  };
  auto of_a = count({w.team_a});
  ASSERT_EQ(of_a.size(), 3u);
  EXPECT_EQ(std::tie(of_a[0].team_id, of_a[0].week, of_a[0].kind, of_a[0].count),
            std::make_tuple(w.team_a, "2026-11-02", "lesson_design", 2));
  EXPECT_EQ(std::tie(of_a[1].week, of_a[1].kind, of_a[1].count), std::make_tuple("2026-11-02", "lesson_visit", 1));
  EXPECT_EQ(std::tie(of_a[2].week, of_a[2].kind, of_a[2].count), std::make_tuple("2026-11-09", "lesson_visit", 1));
  EXPECT_EQ(count({w.team_a, w.team_b}).size(), 4u);
  EXPECT_TRUE(count({}).empty());
}

}  // namespace sb::contract
