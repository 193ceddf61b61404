// Mijn acties: a person's own open actions and raised obstacles across their
// teams, called as the use case it is, against the real store with the demo's boards.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/board/core/my_work.h"
#include "modules/board/core/test_board.h"
#include "modules/organisation/core/organisation.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

class MyWorkTest : public ::testing::Test, protected testing::BoardWorld {
 protected:
  Principal coach = world.who(demo("schoolcoach"));

  BoardItem action(const std::string& text, std::vector<Id> owners, std::optional<std::string> due_on,
                   std::optional<Id> on_team = std::nullopt) {
    NewItem item;
    item.kind = "action";
    item.text = text;
    item.due_on = std::move(due_on);
    item.owner_ids = std::move(owners);
    return must(create_item(s, on_team ? leader : teacher, on_team.value_or(team_id), item));
  }

  static std::vector<std::string> texts(const std::vector<MyAction>& actions) {
    std::vector<std::string> out;
    for (const auto& a : actions) out.push_back(a.item.text);
    return out;
  }
};

TEST_F(MyWorkTest, OpenActionsComeOverdueFirstThenByDueDateUndatedLast) {
  // Wednesday 18 November 2026. The demo gave the teacher "Leeshoek opnieuw inrichten…", due on the 24th.
  action("Zonder datum", {teacher.user.id}, std::nullopt);
  action("Morgen klaar", {teacher.user.id, coach.user.id}, "2026-11-19");
  action("Al drie dagen te laat", {teacher.user.id}, "2026-11-15");
  action("Van de coach alleen", {coach.user.id}, "2026-11-01");
  auto done = action("Al gedaan", {teacher.user.id}, "2026-11-02");
  must(move_item(s, teacher, done.id, "done", std::nullopt, done.version));

  const auto work = must(my_work(s, teacher));
  EXPECT_EQ(work.today, "2026-11-18");
  EXPECT_EQ(texts(work.actions), (std::vector<std::string>{"Al drie dagen te laat", "Morgen klaar",
                                                           "Leeshoek opnieuw inrichten met de leerlingen", "Zonder datum"}));
  EXPECT_TRUE(work.actions[0].overdue);
  EXPECT_FALSE(work.actions[1].overdue);
  EXPECT_EQ(work.actions[0].team_name, "Groep 5-6");
  EXPECT_EQ(work.actions[0].school_name, "OBS De Regenboog");
}

TEST_F(MyWorkTest, APersonWithRolesInSeveralTeamsSeesTheirActionsOfEach) {
  // The coach teaches in Groep 3-4 and coaches the whole school.
  const auto other_team = world.team("OBS De Regenboog", "Groep 3-4").id;
  action("Lesbezoek bij Sanne", {coach.user.id}, "2026-11-30");
  action("Rekenhoek opruimen", {coach.user.id}, "2026-11-20", other_team);
  const auto work = must(my_work(s, coach));
  auto find = [&](const std::string& text) {
    return std::find_if(work.actions.begin(), work.actions.end(), [&](const MyAction& a) { return a.item.text == text; });
  };
  ASSERT_NE(find("Lesbezoek bij Sanne"), work.actions.end());
  ASSERT_NE(find("Rekenhoek opruimen"), work.actions.end());
  EXPECT_EQ(find("Lesbezoek bij Sanne")->team_name, "Groep 5-6");
  EXPECT_EQ(find("Rekenhoek opruimen")->team_name, "Groep 3-4");
  // Only her own: none of the teacher's.
  for (const auto& a : work.actions) {
    EXPECT_NE(std::find(a.item.owner_ids.begin(), a.item.owner_ids.end(), coach.user.id), a.item.owner_ids.end()) << a.item.text;
  }
}

TEST_F(MyWorkTest, ATeamThePersonLeftDropsOffTheList) {
  action("Nog te doen", {teacher.user.id}, "2026-11-10");
  add("obstacle", "Geen kopieerpapier");
  EXPECT_FALSE(must(my_work(s, teacher)).actions.empty());
  EXPECT_FALSE(must(my_work(s, teacher)).obstacles.empty());
  for (const auto& m : teacher.memberships) {
    if (m.team_id == team_id) must(remove_membership(s, leader, m.id));
  }
  teacher = world.who(demo("leraar"));
  const auto work = must(my_work(s, teacher));
  EXPECT_TRUE(work.actions.empty());
  EXPECT_TRUE(work.obstacles.empty());
}

TEST_F(MyWorkTest, RaisedObstaclesShowTheLeadershipsAnswerAndResolvedOnesStayAMonth) {
  auto waiting = add("obstacle", "Te weinig leesboeken");
  waiting = must(hand_to_leadership(s, teacher, waiting.id, waiting.version));
  must(answer_obstacle(s, leader, waiting.id, "Ik bestel er twintig bij.", false, waiting.version));
  auto solved = add("obstacle", "Digibord stuk");
  solved = must(hand_to_leadership(s, teacher, solved.id, solved.version));
  must(answer_obstacle(s, leader, solved.id, "De monteur is geweest.", true, solved.version));
  add("obstacle", "Pauzedienst botst");
  add("success", "Geen obstakel");

  auto mine = [&] { return must(my_work(s, teacher)).obstacles; };
  auto list = mine();
  auto at = [&](const std::string& text) {
    return std::find_if(list.begin(), list.end(), [&](const MyObstacle& o) { return o.item.text == text; });
  };
  ASSERT_NE(at("Te weinig leesboeken"), list.end());
  ASSERT_NE(at("Digibord stuk"), list.end());
  ASSERT_NE(at("Pauzedienst botst"), list.end());
  EXPECT_EQ(at("Geen obstakel"), list.end());
  EXPECT_EQ(at("Te weinig leesboeken")->item.leadership_reply, "Ik bestel er twintig bij.");
  EXPECT_EQ(at("Te weinig leesboeken")->item.status, "answered");
  EXPECT_EQ(at("Digibord stuk")->item.status, "resolved");
  // Resolved ones after those still open.
  EXPECT_LT(at("Te weinig leesboeken"), at("Digibord stuk"));
  EXPECT_LT(at("Pauzedienst botst"), at("Digibord stuk"));
  for (const auto& o : list) EXPECT_EQ(o.item.created_by, teacher.user.id) << o.item.text;

  world.clock.advance(31 * 86400);
  list = mine();
  EXPECT_EQ(at("Digibord stuk"), list.end());
  EXPECT_NE(at("Te weinig leesboeken"), list.end());
}

}  // namespace
}  // namespace sb
