// The academy's demo content holds up: 20 modules, 100 items, each with a title
// and a step plan, and the step plans' Markdown shape.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "modules/academy/core/demo.h"
#include "modules/academy/core/demo_content.h"
#include "modules/academy/core/rules.h"

namespace sb {
namespace {

TEST(AcademyDemo, TwentyModulesOfAHundredItemsThatPassTheRules) {
  std::set<std::string> titles;
  int items = 0;
  for (const auto& module : kAcademyDemoModules) {
    EXPECT_TRUE(check_academy_module({module.title, module.summary}).has_value()) << module.title;
    titles.insert(module.title);
    for (const auto& item : module.items) {
      ++items;
      const auto checked = check_academy_item(
          {item.title, item.minutes, "https://video.example.nl/x", academy_demo_steps(item.goal, item.steps)});
      EXPECT_TRUE(checked.has_value()) << item.title;
    }
  }
  EXPECT_EQ(titles.size(), 20u);
  EXPECT_EQ(items, 100);
}

TEST(AcademyDemo, AStepPlanIsAGoalAndNumberedSteps) {
  const char* const steps[3] = {"Een", "Twee", "Drie"};
  EXPECT_EQ(academy_demo_steps("Het doel.", steps),
            "**Doel:** Het doel.\n\n1. Een\n2. Twee\n3. Drie\n\n_Tip:_ noem wat je merkte in de volgende bordsessie.\n");
}

}  // namespace
}  // namespace sb
