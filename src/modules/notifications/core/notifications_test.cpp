// Mail about one's work, called as the use cases they are — the board's
// changes and the weekly digest — against the real store with the demo's
// boards, the board's mail installed and a mailer that keeps what it sends.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/board/core/board_state.h"
#include "modules/board/core/test_board.h"
#include "modules/notifications/core/board_mail.h"
#include "modules/notifications/core/digest.h"
#include "modules/notifications/core/preferences.h"
#include "modules/notifications/core/store.h"
#include "modules/organisation/core/auth.h"
#include "modules/organisation/core/organisation.h"

namespace sb {
namespace {

using testing::demo;
using testing::must;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class Notifications : public ::testing::Test, protected testing::BoardWorld {
 protected:
  void SetUp() override { install_board_mail(s); }

  Principal coach = world.who(demo("schoolcoach"));

  std::vector<Mail> mails() { return world.mailer.sent(); }
  std::vector<Mail> mails_to(const Principal& who) {
    std::vector<Mail> out;
    for (auto& mail : world.mailer.sent()) {
      if (mail.to == who.user.email) out.push_back(mail);
    }
    return out;
  }

  BoardItem action_for(const std::vector<Id>& owners, std::optional<std::string> due_on = std::nullopt,
                       const Principal* by = nullptr) {
    NewItem item;
    item.kind = "action";
    item.text = "Leesouders vragen voor groep 5";
    item.due_on = std::move(due_on);
    item.owner_ids = owners;
    return must(create_item(s, by ? *by : teacher, team_id, item));
  }

  BoardItem obstacle_with_leadership(const std::string& text) {
    const auto obstacle = add("obstacle", text);
    return must(hand_to_leadership(s, teacher, obstacle.id, obstacle.version));
  }

  void switch_off(const Principal& who, Topic topic) { must(set_preferences(s, who, {{topic, false}})); }

  void speaks_english(Principal& who) {
    who = must(update_profile(s, who, {std::nullopt, std::string("en")}));
  }

  // Takes the teacher out of her team: she keeps her account, not her role there.
  void teacher_leaves_the_team() {
    for (const auto& m : teacher.memberships) {
      if (m.team_id == team_id) must(remove_membership(s, leader, m.id));
    }
    teacher = world.who(demo("leraar"));
  }
};

TEST_F(Notifications, AnActionGivenToOthersMailsEachOfThemInTheirLanguageButNotWhoGaveIt) {
  speaks_english(coach);
  const auto action = action_for({teacher.user.id, coach.user.id, leader.user.id}, "2026-11-20");
  ASSERT_EQ(mails().size(), 2u);
  EXPECT_TRUE(mails_to(teacher).empty());

  const auto dutch = mails_to(leader).at(0);
  EXPECT_EQ(dutch.subject, "SamenBeter: een nieuwe actie voor jou in Groep 5-6");
  EXPECT_TRUE(contains(dutch.body, "Hallo Karin Hofman,")) << dutch.body;
  EXPECT_TRUE(contains(dutch.body, "Sanne de Vries heeft je een actie gegeven op het bord van Groep 5-6 (OBS De Regenboog)"));
  EXPECT_TRUE(contains(dutch.body, "Leesouders vragen voor groep 5"));
  EXPECT_TRUE(contains(dutch.body, "Klaar op: 20-11-2026"));
  const auto card = s.public_base_url + "/teams/" + std::to_string(team_id) + "/bord?kaart=" + std::to_string(action.id);
  EXPECT_TRUE(contains(dutch.body, card)) << dutch.body;
  EXPECT_TRUE(contains(dutch.body, s.public_base_url + "/account"));

  const auto english = mails_to(coach).at(0);
  EXPECT_EQ(english.subject, "SamenBeter: a new action for you in Groep 5-6");
  EXPECT_TRUE(contains(english.body, "Sanne de Vries gave you an action on the board of Groep 5-6"));
  EXPECT_TRUE(contains(english.body, "Due: 20 November 2026"));
  EXPECT_TRUE(contains(english.body, card));
}

TEST_F(Notifications, GivingYourselfAnActionMailsNobody) {
  action_for({teacher.user.id});
  const auto obstacle = obstacle_with_leadership("Geen kopieerpapier");
  must(take_obstacle_as_action(s, leader, obstacle.id, "Papier bestellen", std::nullopt, obstacle.version));
  // The leader took the obstacle on as her own action: she is not mailed about it; the teacher hears of the answer.
  EXPECT_TRUE(mails_to(leader).empty());
  ASSERT_EQ(mails().size(), 1u);
  EXPECT_EQ(mails_to(teacher).size(), 1u);
}

TEST_F(Notifications, AddingAnOwnerMailsOnlyTheNewOneAndOtherChangesMailNobody) {
  auto action = action_for({teacher.user.id});
  ItemChange change;
  change.version = action.version;
  change.owner_ids = std::vector<Id>{teacher.user.id, coach.user.id};
  action = must(update_item(s, teacher, action.id, change));
  ASSERT_EQ(mails().size(), 1u);
  EXPECT_EQ(mails_to(coach).size(), 1u);

  // The leader adds herself and renames the card: the coach, already an owner, is not mailed again.
  change = {};
  change.version = action.version;
  change.text = "Leesouders vragen voor de hele school";
  change.owner_ids = std::vector<Id>{teacher.user.id, coach.user.id, leader.user.id};
  action = must(update_item(s, leader, action.id, change));
  EXPECT_EQ(mails().size(), 1u);

  // Nor is anyone mailed about an action that is done.
  action = must(move_item(s, teacher, action.id, "done", std::nullopt, action.version));
  change = {};
  change.version = action.version;
  change.owner_ids = std::vector<Id>{teacher.user.id};
  action = must(update_item(s, teacher, action.id, change));
  change.version = action.version;
  change.owner_ids = std::vector<Id>{teacher.user.id, coach.user.id};
  must(update_item(s, teacher, action.id, change));
  EXPECT_EQ(mails().size(), 1u);
}

TEST_F(Notifications, APersonWhoSwitchedTheMailOffGetsNone) {
  switch_off(coach, Topic::action_assigned);
  EXPECT_FALSE(must(get_preferences(s, coach))[0].wanted);
  EXPECT_TRUE(must(get_preferences(s, leader))[0].wanted);
  action_for({coach.user.id, leader.user.id});
  ASSERT_EQ(mails().size(), 1u);
  EXPECT_EQ(mails_to(leader).size(), 1u);
}

TEST_F(Notifications, AChangeThatIsRolledBackMailsNothing) {
  const auto action = action_for({teacher.user.id});
  // The notice is given inside a unit of work that then fails: its mail never leaves.
  auto failed = s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(board_state(s).notices->action_assigned(tx, action, {coach.user.id}, teacher));
    return std::unexpected(Error::invalid("text", "rolled back"));
  });
  EXPECT_FALSE(failed.has_value());
  EXPECT_TRUE(mails().empty());
  // A stale change of the owners is refused and mails nobody.
  ItemChange change;
  change.version = action.version + 5;
  change.owner_ids = std::vector<Id>{teacher.user.id, coach.user.id};
  EXPECT_EQ(update_item(s, teacher, action.id, change).error().code, ErrorCode::conflict);
  EXPECT_TRUE(mails().empty());
}

TEST_F(Notifications, TheAuthorOfAnObstacleHearsTheLeadershipsAnswerAndWhenItIsResolved) {
  auto obstacle = obstacle_with_leadership("Te weinig leesboeken op niveau");
  EXPECT_TRUE(mails().empty());  // handing it to the leadership mails nobody
  obstacle = must(answer_obstacle(s, leader, obstacle.id, "Ik bestel er twintig bij.", false, obstacle.version));
  ASSERT_EQ(mails_to(teacher).size(), 1u);
  const auto answered = mails_to(teacher)[0];
  EXPECT_EQ(answered.subject, "SamenBeter: de schoolleiding antwoordde op je obstakel — Groep 5-6");
  EXPECT_TRUE(contains(answered.body, "Karin Hofman van de schoolleiding heeft gereageerd")) << answered.body;
  EXPECT_TRUE(contains(answered.body, "Te weinig leesboeken op niveau"));
  EXPECT_TRUE(contains(answered.body, "Antwoord: Ik bestel er twintig bij."));
  EXPECT_TRUE(contains(answered.body, "Status: Beantwoord"));
  EXPECT_TRUE(contains(answered.body, "/bord?kaart=" + std::to_string(obstacle.id)));

  must(answer_obstacle(s, leader, obstacle.id, "", true, obstacle.version));
  ASSERT_EQ(mails_to(teacher).size(), 2u);
  EXPECT_EQ(mails_to(teacher)[1].subject, "SamenBeter: je obstakel is opgelost — Groep 5-6");
  EXPECT_TRUE(contains(mails_to(teacher)[1].body, "Status: Opgelost"));
  EXPECT_EQ(mails().size(), 2u);
}

TEST_F(Notifications, NoMailAboutAnObstacleWhenTheAuthorSwitchedItOffAnsweredItHerselfOrLeftTheTeam) {
  auto first = obstacle_with_leadership("Geen tijd voor de bordsessie");
  switch_off(teacher, Topic::obstacle_answered);
  must(answer_obstacle(s, leader, first.id, "Ik regel een invaller.", false, first.version));
  EXPECT_TRUE(mails().empty());

  // The leader raises an obstacle on the team's board and answers it herself.
  NewItem own{"obstacle", "Rooster knelt", "", std::nullopt, std::nullopt, std::nullopt, {}};
  auto mine = must(create_item(s, leader, team_id, own));
  mine = must(hand_to_leadership(s, leader, mine.id, mine.version));
  must(answer_obstacle(s, leader, mine.id, "Opgelost in het nieuwe rooster.", true, mine.version));
  EXPECT_TRUE(mails().empty());

  must(set_preferences(s, teacher, {{Topic::obstacle_answered, true}}));
  auto second = obstacle_with_leadership("Het digibord doet het niet");
  teacher_leaves_the_team();
  must(answer_obstacle(s, leader, second.id, "De monteur komt dinsdag.", true, second.version));
  EXPECT_TRUE(mails().empty());
}

TEST_F(Notifications, TheWeeklyDigestListsEachPersonsOverdueActionsOnceAWeek) {
  // Wednesday 18 November 2026: the digest of the week of Monday the 16th is due.
  action_for({teacher.user.id}, "2026-11-17");
  action_for({teacher.user.id}, "2026-11-10");
  action_for({teacher.user.id}, "2026-11-25");  // not due yet
  action_for({teacher.user.id});                // no date
  const auto outcome = must(send_weekly_digest(s));
  EXPECT_EQ(outcome.week, "2026-11-16");
  EXPECT_FALSE(outcome.done_before);
  const auto digests = mails_to(teacher);
  ASSERT_EQ(digests.size(), 1u);
  EXPECT_EQ(digests[0].subject, "SamenBeter: 2 acties over tijd");
  const auto& body = digests[0].body;
  const auto older = body.find("klaar op 10-11-2026");
  const auto newer = body.find("klaar op 17-11-2026");
  ASSERT_NE(older, std::string::npos) << body;
  ASSERT_NE(newer, std::string::npos) << body;
  EXPECT_LT(older, newer);  // the longest overdue first
  EXPECT_FALSE(contains(body, "25-11-2026"));
  EXPECT_TRUE(contains(body, "Groep 5-6"));
  EXPECT_TRUE(contains(body, s.public_base_url + "/mijn-acties"));
  // The demo's own overdue actions went to their owners too, one mail each.
  EXPECT_EQ(static_cast<std::size_t>(outcome.mails), mails().size());
  EXPECT_GT(outcome.mails, 1);

  // Not twice in a week, however often it runs.
  const auto sent = mails().size();
  world.clock.advance(2 * 86400);
  const auto again = must(send_weekly_digest(s));
  EXPECT_TRUE(again.done_before);
  EXPECT_EQ(mails().size(), sent);
  const auto deliveries = read_value<std::vector<Delivery>>(s.store, [&](ReadTx& tx) -> Result<std::vector<Delivery>> {
    return notifications(tx).list_deliveries(teacher.user.id);
  });
  ASSERT_EQ(deliveries->size(), 1u);
  EXPECT_EQ(deliveries->front().period, "2026-11-16");

  // Next Monday, 07:59 in Amsterdam, is still this week; at 08:00 the next week's digest goes.
  world.clock.advance(2 * 86400 + 20 * 3600 + 59 * 60);  // Monday 23 November, 06:59 UTC
  EXPECT_TRUE(must(send_weekly_digest(s)).done_before);
  world.clock.advance(60);
  const auto next = must(send_weekly_digest(s));
  EXPECT_EQ(next.week, "2026-11-23");
  EXPECT_FALSE(next.done_before);
  EXPECT_EQ(mails_to(teacher).size(), 2u);
  EXPECT_EQ(mails_to(teacher)[1].subject, "SamenBeter: 2 acties over tijd");  // the 25th is not due yet
}

TEST_F(Notifications, NoDigestForWhoSwitchedItOffNorAboutATeamThePersonLeft) {
  action_for({teacher.user.id, coach.user.id}, "2026-11-10");
  switch_off(coach, Topic::overdue_digest);
  teacher_leaves_the_team();
  const auto given = mails().size();  // the coach heard that she was given the action
  const auto outcome = must(send_weekly_digest(s));
  EXPECT_FALSE(outcome.done_before);
  EXPECT_TRUE(mails_to(teacher).empty());
  EXPECT_EQ(mails_to(coach).size(), 1u);
  EXPECT_GT(outcome.mails, 0);  // the demo's other owners still get theirs
  EXPECT_EQ(mails().size(), given + static_cast<std::size_t>(outcome.mails));
}

}  // namespace
}  // namespace sb
