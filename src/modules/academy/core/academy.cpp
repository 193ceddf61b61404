#include "modules/academy/core/academy.h"

#include <algorithm>
#include <iterator>

#include "modules/academy/core/store.h"
#include "modules/organisation/core/organisation.h"

namespace sb {
namespace {

Error item_not_found() { return Error::not_found("Academy item not found."); }
Error module_not_found() { return Error::not_found("Academy module not found."); }

Result<void> staff_only(const Principal& who) { return authorize(who, Action::manage_academy, Scope::platform()); }

Result<AcademyItem> item_or_404(ReadTx& tx, Id item_id) {
  auto item = academy(tx).find_academy_item(item_id);
  if (!item) return std::unexpected(item_not_found());
  return *item;
}

}  // namespace

Result<AcademyCatalogue> academy_catalogue(Services& s, const Principal& who) {
  return read_value<AcademyCatalogue>(s.store, [&](ReadTx& tx) -> Result<AcademyCatalogue> {
    return AcademyCatalogue{academy(tx).academy_modules(), academy(tx).academy_items(),
                            academy(tx).academy_marks_of(who.user.id)};
  });
}

Result<AcademyItemPage> academy_item_page(Services& s, const Principal& who, Id item_id) {
  return read_value<AcademyItemPage>(s.store, [&](ReadTx& tx) -> Result<AcademyItemPage> {
    SB_TRY(item, item_or_404(tx, item_id));
    AcademyItemPage page;
    page.module = *academy(tx).find_academy_module(item.module_id);
    page.item = item;
    for (const auto& mark : academy(tx).academy_marks_of(who.user.id)) {
      if (mark.item_id == item_id) page.mark = mark.state;
    }
    const auto all = academy(tx).academy_items();
    const auto at = std::find_if(all.begin(), all.end(), [&](const AcademyItem& i) { return i.id == item_id; });
    if (at != all.begin() && at != all.end()) page.previous = std::prev(at)->id;
    if (at != all.end() && std::next(at) != all.end()) page.next = std::next(at)->id;
    return page;
  });
}

Result<std::optional<AcademyMarkState>> mark_academy_item(Services& s, const Principal& who, Id item_id,
                                                          std::optional<AcademyMarkState> state) {
  const UnixTime now = s.clock.now();
  return write_value<std::optional<AcademyMarkState>>(
      s.store, [&](WriteTx& tx) -> Result<std::optional<AcademyMarkState>> {
        SB_CHECK(drop_value(item_or_404(tx, item_id)));
        if (state) {
          SB_CHECK(academy(tx).put_academy_mark(who.user.id, {item_id, *state, now}));
        } else {
          SB_CHECK(academy(tx).clear_academy_mark(who.user.id, item_id));
        }
        return state;
      });
}

Result<AcademyModule> add_academy_module(Services& s, const Principal& who, const AcademyModuleInput& input) {
  SB_CHECK(staff_only(who));
  SB_TRY(clean, check_academy_module(input));
  return write_value<AcademyModule>(s.store, [&](WriteTx& tx) -> Result<AcademyModule> {
    SB_TRY(id, academy(tx).insert_academy_module({0, 0, clean.title, clean.summary}));
    return *academy(tx).find_academy_module(id);
  });
}

Result<AcademyModule> change_academy_module(Services& s, const Principal& who, Id module_id,
                                            const AcademyModuleInput& input) {
  SB_CHECK(staff_only(who));
  SB_TRY(clean, check_academy_module(input));
  return write_value<AcademyModule>(s.store, [&](WriteTx& tx) -> Result<AcademyModule> {
    auto module = academy(tx).find_academy_module(module_id);
    if (!module) return std::unexpected(module_not_found());
    module->title = clean.title;
    module->summary = clean.summary;
    SB_CHECK(academy(tx).update_academy_module(*module));
    return *module;
  });
}

Result<AcademyItem> add_academy_item(Services& s, const Principal& who, Id module_id, const AcademyItemInput& input) {
  SB_CHECK(staff_only(who));
  SB_TRY(clean, check_academy_item(input));
  const UnixTime now = s.clock.now();
  return write_value<AcademyItem>(s.store, [&](WriteTx& tx) -> Result<AcademyItem> {
    if (!academy(tx).find_academy_module(module_id)) return std::unexpected(module_not_found());
    AcademyItem item;
    item.module_id = module_id;
    item.title = clean.title;
    item.minutes = static_cast<int>(clean.minutes);
    item.video_url = clean.video_url;
    item.steps = clean.steps;
    item.updated_at = now;
    SB_TRY(id, academy(tx).insert_academy_item(item));
    return *academy(tx).find_academy_item(id);
  });
}

Result<AcademyItem> change_academy_item(Services& s, const Principal& who, Id item_id, const AcademyItemInput& input) {
  SB_CHECK(staff_only(who));
  SB_TRY(clean, check_academy_item(input));
  const UnixTime now = s.clock.now();
  return write_value<AcademyItem>(s.store, [&](WriteTx& tx) -> Result<AcademyItem> {
    SB_TRY(item, item_or_404(tx, item_id));
    item.title = clean.title;
    item.minutes = static_cast<int>(clean.minutes);
    item.video_url = clean.video_url;
    item.steps = clean.steps;
    item.updated_at = now;
    SB_CHECK(academy(tx).update_academy_item(item));
    return item;
  });
}

Result<void> remove_academy_item(Services& s, const Principal& who, Id item_id) {
  SB_CHECK(staff_only(who));
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(drop_value(item_or_404(tx, item_id)));
    return academy(tx).delete_academy_item(item_id);
  });
}

Result<AcademySchoolProgress> academy_school_progress(Services& s, const Principal& who, Id school_id) {
  return read_value<AcademySchoolProgress>(s.store, [&](ReadTx& tx) -> Result<AcademySchoolProgress> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::view_academy_progress, scope));
    AcademySchoolProgress out;
    out.modules = academy(tx).academy_modules();
    std::vector<std::pair<Id, int>> counts;
    for (const auto& module : out.modules) counts.emplace_back(module.id, 0);
    for (const auto& item : academy(tx).academy_items()) {
      auto at = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == item.module_id; });
      if (at != counts.end()) ++at->second;
    }
    for (const auto& count : counts) out.items_per_module.push_back(count.second);
    out.teams = count_team_progress(counts, academy(tx).academy_teams_of_school(school_id),
                                    academy(tx).academy_done_by_team(school_id));
    return out;
  });
}

}  // namespace sb
