// The mails as a person reads them: in their language, with links into the app.
#include <gtest/gtest.h>

#include "modules/notifications/core/mails.h"

namespace sb {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

User person(Locale locale) {
  User user;
  user.id = 5;
  user.email = "sanne@school.nl";
  user.name = "Sanne";
  user.locale = locale;
  return user;
}

BoardItem card(ItemKind kind, std::string text) {
  BoardItem item;
  item.id = 42;
  item.team_id = 7;
  item.kind = kind;
  item.text = std::move(text);
  return item;
}

TEST(Mails, DatesReadAsThePersonWritesThem) {
  EXPECT_EQ(date_for(Locale::nl, "2026-11-09"), "09-11-2026");
  EXPECT_EQ(date_for(Locale::en, "2026-11-09"), "9 November 2026");
  EXPECT_EQ(date_for(Locale::en, "not a date"), "not a date");
  EXPECT_EQ(date_for(Locale::en, "2026-13-01"), "2026-13-01");
  EXPECT_EQ(date_for(Locale::nl, ""), "");
}

TEST(Mails, AnActionWithoutADateSaysNoDate) {
  const auto mail = action_assigned_mail(person(Locale::nl), "Karin", card(ItemKind::action, "Boeken tellen"), "Groep 5-6",
                                         "OBS De Regenboog", "https://sb.example");
  EXPECT_EQ(mail.to, "sanne@school.nl");
  EXPECT_FALSE(contains(mail.body, "Klaar op"));
  EXPECT_TRUE(contains(mail.body, "https://sb.example/teams/7/bord?kaart=42"));
  EXPECT_TRUE(contains(mail.body, "https://sb.example/mijn-acties"));
  EXPECT_TRUE(contains(mail.body, "Uitzetten kan op je accountpagina: https://sb.example/account"));
}

TEST(Mails, AnAnswerInEnglishNamesTheStatus) {
  auto obstacle = card(ItemKind::obstacle, "Too few books");
  obstacle.status = "leadership";
  obstacle.leadership_reply = "Ordering twenty more.";
  const auto mail = obstacle_answered_mail(person(Locale::en), "Karin", obstacle, "Group 5-6", "http://x");
  EXPECT_EQ(mail.subject, "SamenBeter: the school leadership answered your obstacle — Group 5-6");
  EXPECT_TRUE(contains(mail.body, "Answer: Ordering twenty more."));
  EXPECT_TRUE(contains(mail.body, "Status: With the school leadership"));
  EXPECT_TRUE(contains(mail.body, "http://x/teams/7/bord?kaart=42"));
  EXPECT_TRUE(contains(mail.body, "Switch it off on your account page: http://x/account"));
}

TEST(Mails, TheDigestListsEachActionWithItsTeamDateAndCard) {
  auto first = card(ItemKind::action, "Call the parents");
  first.due_on = "2026-11-10";
  auto second = first;
  second.id = 43;
  second.text = "Count the books";
  second.due_on = "2026-11-17";
  const std::vector<MyAction> overdue{{first, "Group 5-6", "School", true}, {second, "Group 3-4", "School", true}};
  const auto mail = overdue_digest_mail(person(Locale::en), overdue, "http://x");
  EXPECT_EQ(mail.subject, "SamenBeter: 2 overdue actions");
  EXPECT_TRUE(contains(mail.body, "- Call the parents\n  Group 5-6 · due 10 November 2026\n  http://x/teams/7/bord?kaart=42"))
      << mail.body;
  EXPECT_TRUE(contains(mail.body, "- Count the books\n  Group 3-4 · due 17 November 2026"));
  EXPECT_EQ(overdue_digest_mail(person(Locale::nl), {overdue[0]}, "http://x").subject, "SamenBeter: 1 actie over tijd");
}

}  // namespace
}  // namespace sb
