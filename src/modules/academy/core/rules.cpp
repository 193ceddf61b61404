#include "modules/academy/core/rules.h"

#include <algorithm>

#include "kernel/validation.h"

namespace sb {

Result<AcademyModuleInput> check_academy_module(const AcademyModuleInput& in) {
  SB_TRY(title, clean_name("title", in.title));
  SB_TRY(summary, clean_text("summary", in.summary, kMaxAcademySummaryLength, Required::no));
  return AcademyModuleInput{title, summary};
}

Result<AcademyItemInput> check_academy_item(const AcademyItemInput& in) {
  SB_TRY(title, clean_name("title", in.title));
  if (in.minutes < 1 || in.minutes > kMaxAcademyMinutes) {
    return std::unexpected(Error::invalid("minutes", "A video lasts 1 to 180 minutes.")
                               .because("out_of_range", 1, kMaxAcademyMinutes));
  }
  SB_TRY(link, clean_web_link("video_url", in.video_url));
  SB_TRY(steps, clean_text("steps", in.steps, kMaxAcademyStepsLength, Required::yes));
  return AcademyItemInput{title, in.minutes, link, steps};
}

int academy_percent(int done, int members, int items) {
  const long long possible = static_cast<long long>(members) * items;
  if (possible <= 0 || done <= 0) return 0;
  return static_cast<int>(std::min<long long>(100, done * 100LL / possible));
}

std::vector<AcademyTeamProgress> count_team_progress(const std::vector<std::pair<Id, int>>& items_per_module,
                                                     const std::vector<AcademyTeam>& teams,
                                                     const std::vector<AcademyTeamDone>& done) {
  std::map<std::pair<Id, Id>, int> done_of;  // (team, module) -> done marks
  for (const auto& d : done) done_of[{d.team_id, d.module_id}] += d.done;
  int all_items = 0;
  for (const auto& module : items_per_module) all_items += module.second;
  std::vector<AcademyTeamProgress> out;
  out.reserve(teams.size());
  for (const auto& team : teams) {
    AcademyTeamProgress progress{team.team_id, team.name, team.members, 0, {}};
    int all_done = 0;
    for (const auto& [module_id, items] : items_per_module) {
      auto found = done_of.find({team.team_id, module_id});
      // A mark on an item of a module no longer counted (a mark of a teacher who left) cannot exceed the whole.
      const int team_done = std::min(found == done_of.end() ? 0 : found->second, team.members * items);
      all_done += team_done;
      progress.modules.push_back({module_id, team_done, team.members * items,
                                  academy_percent(team_done, team.members, items)});
    }
    progress.percent = academy_percent(all_done, team.members, all_items);
    out.push_back(std::move(progress));
  }
  return out;
}

}  // namespace sb
