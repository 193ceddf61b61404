#include "modules/academy/core/demo.h"

#include "modules/academy/core/demo_content.h"
#include "modules/academy/core/store.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

constexpr UnixTime kDay = 24 * 60 * 60;

std::string demo_video_link(std::size_t module, std::size_t item) {
  return "https://video.example.nl/samenbeter-academie/" + std::to_string(module + 1) + "-" + std::to_string(item + 1);
}

// How many items (in catalogue order) a teacher has done: teams differ, and teachers within a team.
int demo_done_count(std::size_t team, std::size_t teacher) {
  return static_cast<int>((9 + 13 * team + 5 * teacher) % 31);
}

}  // namespace

std::string academy_demo_steps(const char* goal, const char* const (&steps)[3]) {
  std::string out = "**Doel:** " + std::string(goal) + "\n\n";
  for (int i = 0; i < 3; ++i) out += std::to_string(i + 1) + ". " + steps[i] + "\n";
  out += "\n_Tip:_ noem wat je merkte in de volgende bordsessie.\n";
  return out;
}

DemoStep academy_demo() {
  return {"academy", [](WriteTx& tx, const DemoContext& ctx) -> Result<void> {
            auto& store = academy(tx);
            std::vector<Id> items;
            for (std::size_t m = 0; m < kAcademyDemoModules.size(); ++m) {
              const auto& module = kAcademyDemoModules[m];
              SB_TRY(module_id, store.insert_academy_module({0, 0, module.title, module.summary}));
              for (std::size_t i = 0; i < module.items.size(); ++i) {
                const auto& demo = module.items[i];
                AcademyItem item;
                item.module_id = module_id;
                item.title = demo.title;
                item.minutes = demo.minutes;
                item.video_url = demo_video_link(m, i);
                item.steps = academy_demo_steps(demo.goal, demo.steps);
                item.updated_at = ctx.now - 30 * kDay;
                SB_TRY(id, store.insert_academy_item(item));
                items.push_back(id);
              }
            }
            // Progress for the teachers of every team that the demo has so far (the organisation's two schools).
            auto& org = organisation(tx);
            const auto demo_teacher = org.find_user_by_email("leraar@demo.samenbeter.nl");
            std::size_t team_number = 0;
            for (const auto& school : org.list_schools()) {
              for (const auto& team : org.list_teams_of_school(school.id)) {
                std::size_t teacher_number = 0;
                for (const auto& member : org.list_memberships_in_team(team.id)) {
                  if (member.role != Role::leraar) continue;
                  const bool is_demo_teacher = demo_teacher && member.user_id == demo_teacher->id;
                  const int done = is_demo_teacher ? 4 : demo_done_count(team_number, teacher_number);
                  const int seen = is_demo_teacher ? 3 : static_cast<int>(teacher_number % 3);
                  for (int i = 0; i < done + seen && i < static_cast<int>(items.size()); ++i) {
                    const auto state = i < done ? AcademyMarkState::done : AcademyMarkState::seen;
                    SB_CHECK(store.put_academy_mark(member.user_id, {items[i], state, ctx.now - (done + seen - i) * kDay}));
                  }
                  ++teacher_number;
                }
                ++team_number;
              }
            }
            return ok();
          }};
}

}  // namespace sb
