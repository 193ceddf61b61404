// The academy's store contract: modules and items keep their order, marks are
// one per person and item and go with the item, and a school's team progress
// counts only its own teams' teachers.
#include "modules/academy/contract/academy_store_contract.h"

#include <algorithm>

#include "modules/academy/core/store.h"
#include "modules/organisation/contract/tenants.h"

namespace sb::contract {
namespace {

template <typename T>
T read(Store& store, std::function<T(AcademyReads&)> work) {
  return read_value<T>(store, [&](ReadTx& tx) -> Result<T> { return work(academy(tx)); }).value();
}

AcademyItem item_in(Id module_id, std::string title) {
  AcademyItem item;
  item.module_id = module_id;
  item.title = std::move(title);
  item.minutes = 4;
  item.video_url = "https://video.example.nl/1";
  item.steps = "1. Doen";
  item.updated_at = 10;
  return item;
}

struct Catalogue {
  Id first_module = 0, second_module = 0, a = 0, b = 0, c = 0;
};

Catalogue make_catalogue(Store& store) {
  Catalogue out;
  EXPECT_TRUE(store.write([&](WriteTx& tx) -> Result<void> {
    auto& a = academy(tx);
    SB_TRY(first, a.insert_academy_module({0, 0, "Bordsessie", "Elke week"}));
    SB_TRY(second, a.insert_academy_module({0, 0, "Lesbezoek", ""}));
    out.first_module = first;
    out.second_module = second;
    // Inserted out of catalogue order: the second module's item first.
    SB_TRY(c, a.insert_academy_item(item_in(second, "Kijkvraag")));
    SB_TRY(item_a, a.insert_academy_item(item_in(first, "Leiden")));
    SB_TRY(b, a.insert_academy_item(item_in(first, "Acties")));
    out.a = item_a;
    out.b = b;
    out.c = c;
    return ok();
  }).has_value());
  return out;
}

}  // namespace

TEST_P(AcademyStoreContract, ModulesAndItemsComeInCatalogueOrder) {
  const auto c = make_catalogue(*store_);
  const auto modules = read<std::vector<AcademyModule>>(*store_, [](auto& a) { return a.academy_modules(); });
  ASSERT_EQ(modules.size(), 2u);
  EXPECT_EQ(modules[0].title, "Bordsessie");
  EXPECT_EQ(modules[0].position, 1);
  EXPECT_EQ(modules[1].position, 2);
  const auto items = read<std::vector<AcademyItem>>(*store_, [](auto& a) { return a.academy_items(); });
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].id, c.a);
  EXPECT_EQ(items[1].id, c.b);
  EXPECT_EQ(items[1].position, 2);
  EXPECT_EQ(items[2].id, c.c);
  EXPECT_EQ(items[2].position, 1);
  EXPECT_EQ(items[0].steps, "1. Doen");
  EXPECT_EQ(items[0].video_url, "https://video.example.nl/1");
}

TEST_P(AcademyStoreContract, EditsAreKeptAndAMissingThingIsNone) {
  const auto c = make_catalogue(*store_);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    auto item = *academy(tx).find_academy_item(c.a);
    item.title = "Een sessie leiden";
    item.minutes = 7;
    item.steps = "**Doel:** leiden";
    item.updated_at = 99;
    SB_CHECK(academy(tx).update_academy_item(item));
    return academy(tx).update_academy_module({c.first_module, 1, "De bordsessie", "Vijftien minuten"});
  }).has_value());
  const auto item = read<std::optional<AcademyItem>>(*store_, [&](auto& a) { return a.find_academy_item(c.a); });
  EXPECT_EQ(item->title, "Een sessie leiden");
  EXPECT_EQ(item->minutes, 7);
  EXPECT_EQ(item->steps, "**Doel:** leiden");
  EXPECT_EQ(item->updated_at, 99);
  const auto module = read<std::optional<AcademyModule>>(*store_, [&](auto& a) { return a.find_academy_module(c.first_module); });
  EXPECT_EQ(module->summary, "Vijftien minuten");
  EXPECT_FALSE(read<std::optional<AcademyItem>>(*store_, [](auto& a) { return a.find_academy_item(9999); }).has_value());
  EXPECT_FALSE(read<std::optional<AcademyModule>>(*store_, [](auto& a) { return a.find_academy_module(9999); }).has_value());
}

TEST_P(AcademyStoreContract, AMarkIsOnePerPersonAndItemAndGoesWithTheItem) {
  auto w = make_tenants(*store_);
  const auto c = make_catalogue(*store_);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(academy(tx).put_academy_mark(w.alice, {c.a, AcademyMarkState::seen, 5}));
    SB_CHECK(academy(tx).put_academy_mark(w.alice, {c.a, AcademyMarkState::done, 6}));
    SB_CHECK(academy(tx).put_academy_mark(w.alice, {c.b, AcademyMarkState::seen, 7}));
    return academy(tx).put_academy_mark(w.bob, {c.c, AcademyMarkState::done, 8});
  }).has_value());
  auto marks = read<std::vector<AcademyMark>>(*store_, [&](auto& a) { return a.academy_marks_of(w.alice); });
  ASSERT_EQ(marks.size(), 2u);
  EXPECT_EQ(marks[0].item_id, c.a);
  EXPECT_EQ(marks[0].state, AcademyMarkState::done);
  EXPECT_EQ(marks[0].marked_at, 6);
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(academy(tx).clear_academy_mark(w.alice, c.b));
    return academy(tx).delete_academy_item(c.a);
  }).has_value());
  EXPECT_TRUE(read<std::vector<AcademyMark>>(*store_, [&](auto& a) { return a.academy_marks_of(w.alice); }).empty());
  EXPECT_EQ(read<std::vector<AcademyMark>>(*store_, [&](auto& a) { return a.academy_marks_of(w.bob); }).size(), 1u);
}

TEST_P(AcademyStoreContract, ASchoolsTeamProgressCountsOnlyItsOwnTeachers) {
  auto w = make_tenants(*store_);
  const auto c = make_catalogue(*store_);
  Id carol = 0;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    User user;
    user.email = "carol@a.nl";
    user.name = "Carol";
    user.created_at = 1;
    SB_TRY(id, organisation(tx).insert_user(user));
    carol = id;
    // Carol coaches school A: not a teacher of team A, so her marks do not count for it.
    Membership coach;
    coach.user_id = carol;
    coach.role = Role::schoolcoach;
    coach.school_id = w.school_a;
    SB_CHECK(drop_value(organisation(tx).insert_membership(coach)));
    SB_CHECK(academy(tx).put_academy_mark(w.alice, {c.a, AcademyMarkState::done, 1}));
    SB_CHECK(academy(tx).put_academy_mark(w.alice, {c.b, AcademyMarkState::seen, 1}));
    SB_CHECK(academy(tx).put_academy_mark(w.alice, {c.c, AcademyMarkState::done, 1}));
    SB_CHECK(academy(tx).put_academy_mark(carol, {c.a, AcademyMarkState::done, 1}));
    return academy(tx).put_academy_mark(w.bob, {c.a, AcademyMarkState::done, 1});
  }).has_value());
  const auto teams = read<std::vector<AcademyTeam>>(*store_, [&](auto& a) { return a.academy_teams_of_school(w.school_a); });
  ASSERT_EQ(teams.size(), 1u);
  EXPECT_EQ(teams[0].team_id, w.team_a);
  EXPECT_EQ(teams[0].name, "Team A");
  EXPECT_EQ(teams[0].members, 1);
  auto done = read<std::vector<AcademyTeamDone>>(*store_, [&](auto& a) { return a.academy_done_by_team(w.school_a); });
  std::sort(done.begin(), done.end(), [](const auto& x, const auto& y) { return x.module_id < y.module_id; });
  ASSERT_EQ(done.size(), 2u);
  EXPECT_EQ(done[0].team_id, w.team_a);
  EXPECT_EQ(done[0].module_id, c.first_module);
  EXPECT_EQ(done[0].done, 1);  // alice's done mark; her seen mark and carol's do not count
  EXPECT_EQ(done[1].module_id, c.second_module);
  EXPECT_EQ(done[1].done, 1);
  const auto other = read<std::vector<AcademyTeamDone>>(*store_, [&](auto& a) { return a.academy_done_by_team(w.school_b); });
  ASSERT_EQ(other.size(), 1u);
  EXPECT_EQ(other[0].team_id, w.team_b);
}

}  // namespace sb::contract
