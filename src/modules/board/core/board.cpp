#include "modules/board/core/board.h"
#include "kernel/ports/team_versions.h"
#include "modules/board/core/board_state.h"
#include "modules/board/core/item_sources.h"

#include <algorithm>
#include <cmath>

#include "modules/board/core/rules.h"
#include "modules/organisation/core/organisation.h"
#include "kernel/validation.h"

namespace sb {
namespace {

constexpr std::size_t kMaxItemText = 500;
constexpr std::size_t kMaxNotes = 4000;

Result<Id> team_of_item(ReadTx& tx, Id item_id) {
  auto item = board(tx).find_item(item_id);
  if (!item) return std::unexpected(Error::not_found("No such item."));
  return item->team_id;
}

// An optional date of the input, checked when given.
Result<std::optional<DateText>> optional_date(std::string_view field, const std::optional<std::string>& text) {
  if (!text) return std::optional<DateText>{};
  SB_TRY(date, check_date(field, *text));
  return std::optional<DateText>{std::move(date)};
}

}  // namespace

std::vector<MembershipView> board_members(ReadTx& tx, const Team& team) {
  // The people who work on the board: the team's teachers and the school's leaders and coaches, once each.
  std::vector<MembershipView> out;
  for (auto& m : organisation(tx).list_memberships_in_school(team.school_id)) {
    const bool in_team = m.role == Role::leraar && m.team_id == team.id;
    const bool staff = !m.team_id && (m.role == Role::schoolleider || m.role == Role::schoolcoach);
    if (!in_team && !staff) continue;
    auto same = std::find_if(out.begin(), out.end(), [&](const auto& o) { return o.user_id == m.user_id; });
    if (same == out.end()) out.push_back(std::move(m));
    else if (in_team) *same = std::move(m);  // a coach who also teaches here is listed as the team's teacher
  }
  return out;
}

namespace {

// Owners come from the board's people (board_members).
Result<void> check_owners(ReadTx& tx, const Team& team, const std::vector<Id>& owner_ids) {
  if (owner_ids.size() > 20) return std::unexpected(Error::invalid("owner_ids", "At most 20 owners."));
  const auto people = board_members(tx, team);
  for (auto owner : owner_ids) {
    const bool known = std::any_of(people.begin(), people.end(), [&](const auto& m) { return m.user_id == owner; });
    if (!known) return std::unexpected(Error::invalid("owner_ids", "An owner is a teacher of the team or a school leader or coach."));
  }
  return ok();
}

Result<void> check_goal_of_team(ReadTx& tx, const std::optional<Id>& goal_id, Id team_id) {
  if (!goal_id) return ok();
  auto goal = board(tx).find_goal(*goal_id);
  if (!goal || goal->team_id != team_id) {
    return std::unexpected(Error{ErrorCode::not_found, "No such goal in this team.", "goal_id"});
  }
  return ok();
}

std::vector<Id> sorted_unique(std::vector<Id> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// Writes an item as changed by `by` and reports it as stored (at the next version) as a change.
Result<BoardItem> store_item(WriteTx& tx, BoardItem item, std::int64_t version, const Principal& by,
                             std::vector<BoardChange>& changes) {
  item.updated_by = by.user.id;
  SB_CHECK(board(tx).update_item(item, version));
  item.version = version + 1;
  item.updated_by_name = by.user.name;
  changes.emplace_back(item);
  return item;
}

// Tells whoever listens (board_notices.h) who was given an open action: its owners now that were not
// among `before`, except the person who did it — giving yourself an action tells nobody.
Result<void> tell_assigned(Services& s, WriteTx& tx, const BoardItem& item, const std::vector<Id>& before,
                           const Principal& who) {
  const auto& notices = board_state(s).notices;
  if (!notices || !is_open_action(item)) return ok();
  std::vector<Id> given;
  for (auto owner : item.owner_ids) {
    if (owner != who.user.id && std::find(before.begin(), before.end(), owner) == before.end()) given.push_back(owner);
  }
  if (given.empty()) return ok();
  return notices->action_assigned(tx, item, given, who);
}

// Tells whoever listens that the leadership answered an obstacle, unless its author answered it.
Result<void> tell_answered(Services& s, WriteTx& tx, const BoardItem& obstacle, const Principal& who) {
  const auto& notices = board_state(s).notices;
  if (!notices || obstacle.created_by == who.user.id) return ok();
  return notices->obstacle_answered(tx, obstacle, who);
}

}  // namespace

Result<Scope> scope_of_item(ReadTx& tx, Id item_id) {
  SB_TRY(team_id, team_of_item(tx, item_id));
  return scope_of_team(tx, team_id);
}

Result<Scope> scope_of_goal(ReadTx& tx, Id goal_id) {
  auto goal = board(tx).find_goal(goal_id);
  if (!goal) return std::unexpected(Error::not_found("No such goal."));
  return scope_of_team(tx, goal->team_id);
}

Result<Scope> scope_of_cycle(ReadTx& tx, Id cycle_id) {
  auto cycle = board(tx).find_cycle(cycle_id);
  if (!cycle) return std::unexpected(Error::not_found("No such cycle."));
  return scope_of_team(tx, cycle->team_id);
}

Result<Scope> scope_of_board_session(ReadTx& tx, Id session_id) {
  auto session = board(tx).find_board_session(session_id);
  if (!session) return std::unexpected(Error::not_found("No such board session."));
  return scope_of_team(tx, session->team_id);
}

namespace {

// change_board, with the team found inside the unit of work by `team_of`.
Result<void> change_board_of(Services& s, const Principal& who, Action action,
                             const std::function<Result<Id>(WriteTx&)>& team_of, const BoardWork<void>& work) {
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(team_id, team_of(tx));
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, action, scope));
    std::vector<BoardChange> changes;
    SB_CHECK(work(tx, changes));
    return publish_board_changes(s, tx, team_id, std::move(changes));
  });
}

template <typename T>
using ItemWork = std::function<Result<T>(WriteTx& tx, BoardItem& item, std::vector<BoardChange>& changes)>;

// A change of one item, as change_board: the item is read inside the change's unit of work (who may change it is
// decided on the item as it is then, with no read before the write), and `work` gets it when it is still at
// `version`.
template <typename T>
Result<T> change_item(Services& s, const Principal& who, Id item_id, std::int64_t version, Action action,
                      const ItemWork<T>& work) {
  std::optional<BoardItem> item;
  std::optional<T> out;
  const auto team_of = [&](WriteTx& tx) -> Result<Id> {
    item = board(tx).find_item(item_id);
    if (!item) return std::unexpected(Error::not_found("No such item."));
    return item->team_id;
  };
  auto done = change_board_of(s, who, action, team_of, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<void> {
    if (item->version != version) {
      return std::unexpected(Error{ErrorCode::conflict, "Someone else changed this item first.", "version"});
    }
    SB_TRY(value, work(tx, *item, changes));
    out.emplace(std::move(value));
    return ok();
  });
  SB_CHECK(done);
  return std::move(*out);
}

}  // namespace

Result<void> change_board(Services& s, const Principal& who, Id team_id, Action action, const BoardWork<void>& work) {
  return change_board_of(s, who, action, [team_id](WriteTx&) -> Result<Id> { return team_id; }, work);
}

namespace {

// What of a board's changes the school leadership's list shows: obstacles past
// open (handed over, answered, taken on, resolved), and deleted items (the list
// drops them if it had them). Read inside the change's unit of work, so the
// team's and school's names are those of the change.
std::vector<LeadershipChange> leadership_changes(WriteTx& tx, Id team_id, const std::vector<BoardChange>& changes,
                                                 Id& school_id) {
  std::vector<LeadershipChange> out;
  std::optional<Team> team;
  std::string school_name;
  for (const auto& change : changes) {
    const auto* item = std::get_if<BoardItem>(&change);
    const auto* deleted = std::get_if<ItemDeleted>(&change);
    const bool listed = item && item->kind == ItemKind::obstacle && item->status != "open";
    if (!listed && !deleted) continue;
    if (!team) {
      team = organisation(tx).find_team(team_id);
      if (!team) return {};
      auto school = organisation(tx).find_school(team->school_id);
      school_name = school ? school->name : "";
      school_id = team->school_id;
    }
    if (listed) out.emplace_back(LeadershipObstacle{*item, team->name, team->school_id, school_name});
    else out.emplace_back(*deleted);
  }
  return out;
}

}  // namespace

Result<void> publish_board_changes(Services& s, WriteTx& tx, Id team_id, std::vector<BoardChange> changes) {
  Id school_id = 0;
  auto for_leadership = leadership_changes(tx, team_id, changes, school_id);
  // Every write to a team's board moves the team's data version (kernel/ports/team_versions.h): sessions,
  // obstacles and closed cycles are what the overview shows; telling them apart here would tie the board to it.
  SB_CHECK(team_data_changed(tx, team_id));
  std::vector<BoardEvent> events;
  for (auto& change : changes) {
    SB_TRY(seq, board(tx).next_board_seq(team_id));
    events.push_back({team_id, seq, std::move(change)});
  }
  // The school's leadership room is numbered in the same unit of work (only when it has something to hear,
  // which is rare): every server process on the database counts on from the same number.
  std::vector<LeadershipEvent> for_leaders;
  for (auto& change : for_leadership) {
    SB_TRY(seq, board(tx).next_leadership_seq(school_id));
    for_leaders.push_back({school_id, seq, std::move(change)});
  }
  // Published after the commit, in commit order: no screen ever sees a change that did not happen.
  auto& state = board_state(s);
  tx.after_commit([&state, events = std::move(events), for_leaders = std::move(for_leaders)] {
    for (const auto& event : events) {
      state.sequences.advance(event.team_id, event.seq);
      if (state.events) state.events->publish(event);
    }
    for (const auto& event : for_leaders) {
      if (state.events) state.events->publish(event);
    }
  });
  return ok();
}

Result<std::int64_t> leadership_sequence(Services& s, Id school_id) {
  return read_value<std::int64_t>(s.store, [&](ReadTx& tx) -> Result<std::int64_t> {
    return board(tx).leadership_seq(school_id);
  });
}

Result<BoardView> get_board(Services& s, const Principal& who, Id team_id) {
  return read_value<BoardView>(s.store, [&](ReadTx& tx) -> Result<BoardView> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    BoardView view;
    view.team = *organisation(tx).find_team(team_id);
    view.school_name = organisation(tx).find_school(view.team.school_id)->name;
    view.seq = board(tx).board_seq(team_id);
    view.members = board_members(tx, view.team);
    view.cycles = board(tx).list_cycles(team_id);
    const auto today = date_of(s.clock.now());
    for (const auto& cycle : view.cycles) {
      if (cycle.starts_on <= today && today <= cycle.ends_on) view.current_cycle_id = cycle.id;
    }
    if (!view.current_cycle_id && !view.cycles.empty()) view.current_cycle_id = view.cycles.back().id;
    view.ambitions = board(tx).list_ambitions(view.team.school_id);
    view.goals = board(tx).list_goals(team_id);
    view.items = board(tx).list_items(team_id);
    view.session = board(tx).find_open_board_session(team_id);
    return view;
  });
}

Result<std::int64_t> board_sequence(Services& s, const Principal& who, Id team_id) {
  auto seq = read_value<std::int64_t>(s.store, [&](ReadTx& tx) -> Result<std::int64_t> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    return board(tx).board_seq(team_id);
  });
  if (seq) board_state(s).sequences.advance(team_id, *seq);
  return seq;
}

Result<BoardItem> find_item_for(Services& s, const Principal& who, Id item_id) {
  return read_value<BoardItem>(s.store, [&](ReadTx& tx) -> Result<BoardItem> {
    SB_TRY(scope, scope_of_item(tx, item_id));
    SB_CHECK(authorize(who, Action::view_board, scope));
    return *board(tx).find_item(item_id);
  });
}

Result<BoardItem> create_item(Services& s, const Principal& who, Id team_id, const NewItem& input) {
  auto kind = parse_item_kind(input.kind);
  if (!kind) return std::unexpected(Error::invalid("kind", "Kind must be action, success, obstacle, idea or agreement."));
  SB_TRY(text, clean_text("text", input.text, kMaxItemText, Required::yes));
  SB_TRY(notes, clean_text("notes", input.notes, kMaxNotes, Required::no));
  const std::string status = input.status.value_or(statuses_of(*kind).front());
  SB_CHECK(check_status(*kind, status));
  if (*kind == ItemKind::obstacle && status != "open") {
    return std::unexpected(Error::invalid("status", "A new obstacle starts open; hand it to the leadership after."));
  }
  SB_TRY(due_on, optional_date("due_on", input.due_on));
  const auto now = s.clock.now();
  return change_board<BoardItem>(s, who, team_id, Action::edit_board, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<BoardItem> {
    const auto team = *organisation(tx).find_team(team_id);
    SB_CHECK(check_goal_of_team(tx, input.goal_id, team_id));
    const auto owners = sorted_unique(input.owner_ids);
    SB_CHECK(check_owners(tx, team, owners));
    BoardItem item;
    item.team_id = team_id;
    item.kind = *kind;
    item.text = text;
    item.notes = notes;
    item.status = status;
    item.position = board(tx).last_position(team_id, *kind, status) + 1;
    item.goal_id = input.goal_id;
    item.due_on = due_on;
    item.owner_ids = owners;
    item.created_by = who.user.id;
    item.created_at = item.updated_at = item.status_changed_at = now;
    SB_TRY(id, board(tx).insert_item(item));
    auto created = *board(tx).find_item(id);
    changes.emplace_back(created);
    SB_CHECK(tell_assigned(s, tx, created, {}, who));
    return created;
  });
}

Result<BoardItem> add_item_from_source(Services& s, WriteTx& tx, const Principal& who, Id team_id,
                                       const ItemFromSource& input) {
  if (input.kind != ItemKind::action && input.kind != ItemKind::success) {
    return std::unexpected(Error::invalid("kind", "Another module may put an action or a success on the board."));
  }
  SB_TRY(text, clean_text("text", input.text, kMaxItemText, Required::yes));
  SB_TRY(notes, clean_text("notes", input.notes, kMaxNotes, Required::no));
  SB_TRY(scope, scope_of_team(tx, team_id));
  SB_CHECK(authorize(who, Action::edit_board, scope));
  const auto team = *organisation(tx).find_team(team_id);
  SB_CHECK(check_goal_of_team(tx, input.goal_id, team_id));
  const auto owners = input.kind == ItemKind::action ? sorted_unique(input.owner_ids) : std::vector<Id>{};
  SB_CHECK(check_owners(tx, team, owners));
  const auto now = s.clock.now();
  BoardItem item;
  item.team_id = team_id;
  item.kind = input.kind;
  item.text = text;
  item.notes = notes;
  item.status = statuses_of(input.kind).front();
  item.position = board(tx).last_position(team_id, input.kind, item.status) + 1;
  item.goal_id = input.goal_id;
  item.owner_ids = owners;
  item.created_by = who.user.id;
  item.created_at = item.updated_at = item.status_changed_at = now;
  item.source = input.source;
  SB_TRY(id, board(tx).insert_item(item));
  auto created = *board(tx).find_item(id);
  SB_CHECK(tell_assigned(s, tx, created, {}, who));
  SB_CHECK(publish_board_changes(s, tx, team_id, {created}));
  return created;
}

Result<BoardItem> update_item(Services& s, const Principal& who, Id item_id, const ItemChange& change) {
  std::optional<std::string> text, notes;
  if (change.text) {
    SB_TRY(cleaned, clean_text("text", *change.text, kMaxItemText, Required::yes));
    text = cleaned;
  }
  if (change.notes) {
    SB_TRY(cleaned, clean_text("notes", *change.notes, kMaxNotes, Required::no));
    notes = cleaned;
  }
  if (change.due_on && *change.due_on) SB_CHECK(drop_value(check_date("due_on", **change.due_on)));
  return change_item<BoardItem>(s, who, item_id, change.version, Action::edit_board,
                               [&](WriteTx& tx, BoardItem& item, std::vector<BoardChange>& changes) -> Result<BoardItem> {
    const auto owners_before = item.owner_ids;
    if (text) item.text = *text;
    if (notes) item.notes = *notes;
    if (change.goal_id) {
      SB_CHECK(check_goal_of_team(tx, *change.goal_id, item.team_id));
      item.goal_id = *change.goal_id;
    }
    if (change.due_on) item.due_on = *change.due_on;
    if (change.owner_ids) {
      auto owners = sorted_unique(*change.owner_ids);
      SB_CHECK(check_owners(tx, *organisation(tx).find_team(item.team_id), owners));
      if (owners != item.owner_ids) SB_CHECK(board(tx).replace_item_owners(item.id, owners));
      item.owner_ids = owners;
    }
    item.updated_at = s.clock.now();
    SB_TRY(stored, store_item(tx, item, change.version, who, changes));
    SB_CHECK(tell_assigned(s, tx, stored, owners_before, who));
    return stored;
  });
}

Result<BoardItem> move_item(Services& s, const Principal& who, Id item_id, std::string_view status,
                            std::optional<double> position, std::int64_t version) {
  if (position && !std::isfinite(*position)) return std::unexpected(Error::invalid("position", "A position is a number."));
  return change_item<BoardItem>(s, who, item_id, version, Action::edit_board,
                               [&](WriteTx& tx, BoardItem& item, std::vector<BoardChange>& changes) -> Result<BoardItem> {
    SB_CHECK(check_status(item.kind, status));
    if (item.kind == ItemKind::obstacle && status != item.status) {
      return std::unexpected(Error::invalid("status", "Obstacles go to the leadership and are resolved by them."));
    }
    const auto now = s.clock.now();
    if (item.status != status) {
      item.previous_status = item.status;
      item.status = std::string(status);
      item.status_changed_at = now;
    }
    item.position = position.value_or(board(tx).last_position(item.team_id, item.kind, status) + 1);
    item.updated_at = now;
    return store_item(tx, item, version, who, changes);
  });
}

Result<void> delete_item(Services& s, const Principal& who, Id item_id, std::int64_t version) {
  const auto team_of = [&](WriteTx& tx) { return team_of_item(tx, item_id); };
  return change_board_of(s, who, Action::edit_board, team_of, [&](WriteTx& tx, std::vector<BoardChange>& changes) -> Result<void> {
    SB_CHECK(board(tx).delete_item(item_id, version));
    changes.emplace_back(ItemDeleted{item_id});
    return ok();
  });
}

Result<BoardItem> hand_to_leadership(Services& s, const Principal& who, Id item_id, std::int64_t version) {
  return change_item<BoardItem>(s, who, item_id, version, Action::edit_board,
                               [&](WriteTx& tx, BoardItem& item, std::vector<BoardChange>& changes) -> Result<BoardItem> {
    if (item.kind != ItemKind::obstacle) return std::unexpected(Error::invalid("kind", "Only an obstacle goes to the leadership."));
    // An answer that did not solve it goes back to the leadership; anything else is there already or resolved.
    if (item.status != "open" && item.status != "answered") {
      return std::unexpected(Error{ErrorCode::failed_precondition, "This obstacle is already with the leadership or resolved.", "status"});
    }
    item.previous_status = item.status;
    item.status = "leadership";
    item.status_changed_at = item.updated_at = s.clock.now();
    return store_item(tx, item, version, who, changes);
  });
}

Result<BoardItem> answer_obstacle(Services& s, const Principal& who, Id item_id, std::string_view reply_text, bool resolve,
                                  std::int64_t version) {
  SB_TRY(reply, clean_text("reply", reply_text, kMaxNotes, resolve ? Required::no : Required::yes));
  return change_item<BoardItem>(s, who, item_id, version, Action::manage_team,
                               [&](WriteTx& tx, BoardItem& item, std::vector<BoardChange>& changes) -> Result<BoardItem> {
    if (item.kind != ItemKind::obstacle || item.status == "open") {
      return std::unexpected(Error{ErrorCode::failed_precondition, "Only an obstacle handed to the leadership can be answered.", ""});
    }
    if (!reply.empty()) item.leadership_reply = reply;
    const auto now = s.clock.now();
    // A reply moves a waiting obstacle to answered: it leaves the leader's waiting list.
    // One taken on stays taken on; a resolved one stays resolved.
    const std::string next = resolve ? "resolved" : item.status == "leadership" ? "answered" : item.status;
    if (next != item.status) {
      item.previous_status = item.status;
      item.status = next;
      item.status_changed_at = now;
    }
    item.updated_at = now;
    SB_TRY(answered, store_item(tx, item, version, who, changes));
    SB_CHECK(tell_answered(s, tx, answered, who));
    return answered;
  });
}

Result<BoardItem> take_obstacle_as_action(Services& s, const Principal& who, Id item_id, std::string_view text_in,
                                          std::optional<std::string> due_text, std::int64_t version) {
  SB_TRY(text, clean_text("text", text_in, kMaxItemText, Required::yes));
  SB_TRY(due_on, optional_date("due_on", due_text));
  return change_item<BoardItem>(s, who, item_id, version, Action::manage_team,
                               [&](WriteTx& tx, BoardItem& obstacle, std::vector<BoardChange>& changes) -> Result<BoardItem> {
    if (obstacle.kind != ItemKind::obstacle || (obstacle.status != "leadership" && obstacle.status != "answered")) {
      return std::unexpected(Error{ErrorCode::failed_precondition, "Only an obstacle handed to the leadership can be taken on.", ""});
    }
    const auto now = s.clock.now();
    // The leader's own action, in her words: it names the obstacle it came from
    // and has her as owner and author, so the board never shows it as the team's.
    BoardItem item;
    item.team_id = obstacle.team_id;
    item.kind = ItemKind::action;
    item.text = text;
    item.from_obstacle_id = obstacle.id;
    item.status = "todo";
    item.position = board(tx).last_position(item.team_id, ItemKind::action, "todo") + 1;
    item.due_on = due_on;
    item.owner_ids = {who.user.id};
    item.created_by = who.user.id;
    item.created_at = item.updated_at = item.status_changed_at = now;
    SB_TRY(id, board(tx).insert_item(item));
    auto action = *board(tx).find_item(id);
    changes.emplace_back(action);
    // The team sees on the obstacle that the leadership took it on, and what she will do.
    obstacle.leadership_reply = text;
    obstacle.previous_status = obstacle.status;
    obstacle.status = "taken_on";
    obstacle.status_changed_at = obstacle.updated_at = now;
    SB_TRY(answered, store_item(tx, obstacle, version, who, changes));
    SB_CHECK(tell_answered(s, tx, answered, who));
    return action;
  });
}

Result<BoardItem> resolve_obstacle(Services& s, const Principal& who, Id item_id, std::int64_t version) {
  return change_item<BoardItem>(s, who, item_id, version, Action::edit_board,
                               [&](WriteTx& tx, BoardItem& item, std::vector<BoardChange>& changes) -> Result<BoardItem> {
    if (item.kind != ItemKind::obstacle) return std::unexpected(Error::invalid("kind", "Only an obstacle is resolved."));
    if (item.status == "resolved") {
      return std::unexpected(Error{ErrorCode::failed_precondition, "This obstacle is resolved already.", "status"});
    }
    item.previous_status = item.status;
    item.status = "resolved";
    item.status_changed_at = item.updated_at = s.clock.now();
    return store_item(tx, item, version, who, changes);
  });
}

Result<std::vector<LeadershipObstacle>> list_leadership_obstacles(Services& s, const Principal& who) {
  return read_value<std::vector<LeadershipObstacle>>(s.store, [&](ReadTx& tx) -> Result<std::vector<LeadershipObstacle>> {
    std::vector<LeadershipObstacle> out;
    const auto since = s.clock.now() - 30 * 86400;
    for (const auto& m : who.memberships) {
      if (m.role != Role::schoolleider || !m.school_id || m.team_id) continue;
      for (auto& item : board(tx).list_leadership_obstacles(*m.school_id, since)) {
        auto team = organisation(tx).find_team(item.team_id);
        out.push_back({std::move(item), team ? team->name : "", *m.school_id, m.school_name});
      }
    }
    return out;
  });
}

}  // namespace sb
