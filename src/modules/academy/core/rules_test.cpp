// The academy's rules: what content may hold (links only http or https) and
// how a team's progress is counted.
#include "modules/academy/core/rules.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

AcademyItemInput item(std::string link = "https://video.example.nl/bord-1") {
  return {"  Het bord inrichten ", 4, std::move(link), "1. Hang het bord op\n2. Zet de kolommen klaar"};
}

TEST(AcademyRules, AnItemIsCleanedAndKeepsItsMarkdown) {
  const auto clean = check_academy_item(item());
  ASSERT_TRUE(clean.has_value());
  EXPECT_EQ(clean->title, "Het bord inrichten");
  EXPECT_EQ(clean->steps, "1. Hang het bord op\n2. Zet de kolommen klaar");
}

TEST(AcademyRules, AVideoLinkIsHttpOrHttpsAndNothingElse) {
  for (const char* bad : {"javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "//video.example.nl", "video.nl"}) {
    const auto refused = check_academy_item(item(bad));
    ASSERT_FALSE(refused.has_value()) << bad;
    EXPECT_EQ(refused.error().field, "video_url");
    EXPECT_EQ(refused.error().reason, "not_a_link");
  }
  EXPECT_TRUE(check_academy_item(item("http://video.example.nl/x")).has_value());
}

TEST(AcademyRules, MinutesTitleAndStepsHaveLimits) {
  auto in = item();
  in.minutes = 0;
  EXPECT_EQ(check_academy_item(in).error().reason, "out_of_range");
  EXPECT_EQ(check_academy_item(in).error().max, 180);
  in.minutes = 181;
  EXPECT_EQ(check_academy_item(in).error().field, "minutes");
  in = item();
  in.title = "  ";
  EXPECT_EQ(check_academy_item(in).error().field, "title");
  in = item();
  in.steps = std::string(20001, 'x');
  EXPECT_EQ(check_academy_item(in).error().reason, "too_long");
  EXPECT_EQ(check_academy_module({"", "x"}).error().field, "title");
  EXPECT_EQ(check_academy_module({" Bordsessie ", ""}).value().title, "Bordsessie");
}

TEST(AcademyRules, APercentIsRoundedDownAndZeroWhenNothingCanBeDone) {
  EXPECT_EQ(academy_percent(0, 6, 5), 0);
  EXPECT_EQ(academy_percent(29, 6, 5), 96);
  EXPECT_EQ(academy_percent(30, 6, 5), 100);
  EXPECT_EQ(academy_percent(3, 0, 5), 0);
  EXPECT_EQ(academy_percent(3, 4, 0), 0);
  EXPECT_EQ(academy_percent(99, 1, 5), 100);
}

TEST(AcademyRules, TeamProgressIsTheShareOfDoneMarksPerModuleAndOverall) {
  const std::vector<std::pair<Id, int>> modules{{10, 5}, {20, 5}};
  const std::vector<AcademyTeam> teams{{1, "Groep 3-4", 4}, {2, "Groep 5-6", 2}, {3, "Leeg", 0}};
  const std::vector<AcademyTeamDone> done{{1, 10, 10}, {1, 20, 2}, {2, 20, 10}, {9, 10, 3}};
  const auto progress = count_team_progress(modules, teams, done);
  ASSERT_EQ(progress.size(), 3u);
  EXPECT_EQ(progress[0].modules[0].percent, 50);    // 10 of 4 × 5
  EXPECT_EQ(progress[0].modules[1].percent, 10);    // 2 of 20
  EXPECT_EQ(progress[0].percent, 30);               // 12 of 40
  EXPECT_EQ(progress[1].modules[0].percent, 0);
  EXPECT_EQ(progress[1].modules[1].percent, 100);
  EXPECT_EQ(progress[1].modules[1].possible, 10);
  EXPECT_EQ(progress[1].percent, 50);
  EXPECT_EQ(progress[2].percent, 0);
}

}  // namespace
}  // namespace sb
