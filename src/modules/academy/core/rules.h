// The academy's rules: what a module and an item may hold, and how a team's
// progress is counted (the share of done marks its teachers could have made).
// Thread-safety: pure functions.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "kernel/error.h"
#include "modules/academy/core/model.h"

namespace sb {

inline constexpr std::size_t kMaxAcademySummaryLength = 1000;
inline constexpr std::size_t kMaxAcademyStepsLength = 20000;
inline constexpr int kMaxAcademyMinutes = 180;

struct AcademyModuleInput {
  std::string title;
  std::string summary;
};

struct AcademyItemInput {
  std::string title;
  std::int64_t minutes = 0;
  std::string video_url;
  std::string steps;
};

// Trimmed and within limits; title required, summary optional.
Result<AcademyModuleInput> check_academy_module(const AcademyModuleInput& in);
// Title required; 1..180 minutes; an http(s) link; the step plan required, at most 20,000 characters.
Result<AcademyItemInput> check_academy_item(const AcademyItemInput& in);

// Whole percent, rounded down so 100 means every teacher did every item; 0 when nothing could be done.
int academy_percent(int done, int members, int items);

struct AcademyModuleShare {
  Id module_id = 0;
  int done = 0;      // done marks of the team's teachers in this module
  int possible = 0;  // teachers × items
  int percent = 0;
};

struct AcademyTeamProgress {
  Id team_id = 0;
  std::string name;
  int members = 0;
  int percent = 0;  // over all modules
  std::vector<AcademyModuleShare> modules;  // in catalogue order
};

// Per team, per module the share done; `items_per_module` in catalogue order (module id, item count).
std::vector<AcademyTeamProgress> count_team_progress(const std::vector<std::pair<Id, int>>& items_per_module,
                                                     const std::vector<AcademyTeam>& teams,
                                                     const std::vector<AcademyTeamDone>& done);

}  // namespace sb
