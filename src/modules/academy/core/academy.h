// Use cases of the academy: everyone signed in reads the catalogue and the
// items and marks their own progress (seen, done); programme staff add and
// edit modules and items; a school's coaches, leaders and expert coach see, per
// team, how much of each module its teachers have done.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/academy/core/rules.h"

namespace sb {

struct AcademyCatalogue {
  std::vector<AcademyModule> modules;
  std::vector<AcademyItem> items;  // by module, then position
  std::vector<AcademyMark> marks;  // the caller's
};

struct AcademyItemPage {
  AcademyModule module;
  AcademyItem item;
  std::optional<AcademyMarkState> mark;  // the caller's
  std::optional<Id> previous;            // in catalogue order, across modules
  std::optional<Id> next;
};

struct AcademySchoolProgress {
  std::vector<AcademyModule> modules;
  std::vector<int> items_per_module;  // in the order of modules
  std::vector<AcademyTeamProgress> teams;
};

Result<AcademyCatalogue> academy_catalogue(Services& s, const Principal& who);
Result<AcademyItemPage> academy_item_page(Services& s, const Principal& who, Id item_id);
// Sets the caller's mark; nullopt clears it. Answers the mark as stored.
Result<std::optional<AcademyMarkState>> mark_academy_item(Services& s, const Principal& who, Id item_id,
                                                          std::optional<AcademyMarkState> state);

Result<AcademyModule> add_academy_module(Services& s, const Principal& who, const AcademyModuleInput& input);
Result<AcademyModule> change_academy_module(Services& s, const Principal& who, Id module_id,
                                            const AcademyModuleInput& input);
Result<AcademyItem> add_academy_item(Services& s, const Principal& who, Id module_id, const AcademyItemInput& input);
Result<AcademyItem> change_academy_item(Services& s, const Principal& who, Id item_id, const AcademyItemInput& input);
Result<void> remove_academy_item(Services& s, const Principal& who, Id item_id);

Result<AcademySchoolProgress> academy_school_progress(Services& s, const Principal& who, Id school_id);

}  // namespace sb
