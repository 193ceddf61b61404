#include "modules/board/core/my_work.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "modules/board/core/rules.h"
#include "modules/board/core/store.h"
#include "modules/organisation/core/organisation.h"

namespace sb {
namespace {

struct TeamSeen {
  bool holds_role = false;
  std::string team_name;
  std::string school_name;
};

// Whether `person` still holds a role where each team lives, with its names; each team looked up once.
class TeamsOf {
 public:
  TeamsOf(ReadTx& tx, const Principal& person) : tx_(tx), person_(person) {}

  const TeamSeen& operator()(Id team_id) {
    auto found = seen_.find(team_id);
    if (found != seen_.end()) return found->second;
    TeamSeen seen;
    auto scope = scope_of_team(tx_, team_id);
    if (scope && is_allowed(person_, Action::view_board, *scope)) {
      auto team = organisation(tx_).find_team(team_id);
      auto school = team ? organisation(tx_).find_school(team->school_id) : std::nullopt;
      seen = {team.has_value(), team ? team->name : "", school ? school->name : ""};
    }
    return seen_.emplace(team_id, std::move(seen)).first->second;
  }

 private:
  ReadTx& tx_;
  const Principal& person_;
  std::map<Id, TeamSeen> seen_;
};

}  // namespace

std::vector<MyAction> open_actions_of(ReadTx& tx, const Principal& person, const DateText& today) {
  TeamsOf teams(tx, person);
  std::vector<MyAction> out;
  for (auto& item : board(tx).list_open_actions_of(person.user.id)) {
    const auto& team = teams(item.team_id);
    if (!team.holds_role) continue;
    const bool overdue = is_overdue(item, today);
    out.push_back({std::move(item), team.team_name, team.school_name, overdue});
  }
  // Dates as text (YYYY-MM-DD) sort as dates; overdue ones are the earliest, so they come first.
  std::stable_sort(out.begin(), out.end(), [](const MyAction& a, const MyAction& b) {
    const auto key = [](const MyAction& x) {
      return std::make_tuple(!x.item.due_on.has_value(), x.item.due_on.value_or(""), x.team_name, x.item.position, x.item.id);
    };
    return key(a) < key(b);
  });
  return out;
}

std::vector<Id> owners_of_overdue_actions(ReadTx& tx, const DateText& today) {
  return board(tx).list_owners_of_open_actions_due_before(today);
}

Result<MyWork> my_work(Services& s, const Principal& who) {
  const auto now = s.clock.now();
  return read_value<MyWork>(s.store, [&](ReadTx& tx) -> Result<MyWork> {
    MyWork work;
    work.today = date_of(now);
    work.actions = open_actions_of(tx, who, work.today);
    TeamsOf teams(tx, who);
    for (auto& item : board(tx).list_obstacles_raised_by(who.user.id)) {
      if (item.status == "resolved" && item.status_changed_at < now - kResolvedObstaclesShown) continue;
      const auto& team = teams(item.team_id);
      if (!team.holds_role) continue;
      work.obstacles.push_back({std::move(item), team.team_name, team.school_name});
    }
    std::stable_sort(work.obstacles.begin(), work.obstacles.end(), [](const MyObstacle& a, const MyObstacle& b) {
      const auto key = [](const MyObstacle& x) {
        return std::make_tuple(x.item.status == "resolved", -x.item.updated_at, -x.item.id);
      };
      return key(a) < key(b);
    });
    return work;
  });
}

std::string card_path(Id team_id, Id item_id) {
  return "/teams/" + std::to_string(team_id) + "/bord?kaart=" + std::to_string(item_id);
}

}  // namespace sb
