// The entities of a team's board: cycles, goals with weekly measurements,
// the school's ambitions, the board's items (actions, successes, obstacles,
// ideas, agreements), board sessions with their immutable records, and the
// events that tell every screen of a board what changed.
// Thread-safety: plain values.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kernel/dates.h"
#include "kernel/model.h"

namespace sb {


enum class GoalUnit { percentage, count, score, yes_no };
enum class Direction { higher, lower };

struct Ambition {
  Id id = 0;
  Id school_id = 0;
  std::string school_year;  // "2026-2027"
  std::string title;
  std::string description;
  std::int64_t version = 1;
};

struct Retrospective {
  std::string goal_reached;  // "yes", "partly", "no"
  std::string helped;
  std::string change;
  UnixTime closed_at = 0;
};

// One goal's line in a cycle's retrospective: how it ended, as it read then
// (a snapshot, so later edits or a deleted goal leave the record as it was),
// and whether the team goes on with it in the next cycle.
struct GoalResult {
  std::optional<Id> goal_id;  // unset once the goal is deleted
  std::string title;
  GoalUnit unit = GoalUnit::percentage;
  Direction direction = Direction::higher;
  double baseline = 0;
  double target = 0;
  std::optional<double> latest;       // the last measurement of the cycle, if any
  std::optional<DateText> latest_week;
  std::string reached;                // "yes", "partly", "no": the team's verdict
  std::optional<Id> continued_as;     // the goal's copy in the next cycle
  int actions_carried = 0;            // open actions that moved along to that copy
};

struct Cycle {
  Id id = 0;
  Id team_id = 0;
  std::string name;
  DateText starts_on;
  DateText ends_on;
  std::optional<Retrospective> retrospective;  // written once, at the cycle's end; never changes
  std::int64_t version = 1;
  // Who made the last change (unset until the first), so "someone else changed this" can name them.
  std::optional<Id> updated_by;
  std::string updated_by_name;
};

// A cycle with its retrospective's goal results (empty while it has none):
// what the team's history shows.
struct CycleReview {
  Cycle cycle;
  std::vector<GoalResult> goals;
};

struct Measurement {
  Id id = 0;
  Id goal_id = 0;
  DateText week;  // the Monday of the week
  double value = 0;
  Id entered_by = 0;
  std::string entered_by_name;
  UnixTime entered_at = 0;
  std::int64_t version = 1;
};

struct Goal {
  Id id = 0;
  Id team_id = 0;
  Id cycle_id = 0;
  std::optional<Id> ambition_id;
  std::string title;
  std::string students;  // which students it is about
  std::string measure;   // what is measured
  GoalUnit unit = GoalUnit::percentage;
  double baseline = 0;
  double target = 0;
  Direction direction = Direction::higher;
  std::int64_t version = 1;
  std::optional<Id> updated_by;  // who made the last change; unset until the first
  std::string updated_by_name;
  std::vector<Measurement> measurements;  // by week, oldest first
};

enum class ItemKind { action, success, obstacle, idea, agreement };

// Where an item came from when another module put it on the board (board/core/item_sources.h):
// the kind of thing ("lesson_visit") and its id in that module. The board shows it and links back.
struct ItemSource {
  std::string kind;
  Id id = 0;
  bool operator==(const ItemSource&) const = default;
};

struct BoardItem {
  Id id = 0;
  Id team_id = 0;
  ItemKind kind = ItemKind::action;
  std::string text;
  std::string notes;
  // action: todo|doing|done; else open. An obstacle's life: open (on the team's board),
  // leadership (handed to the school leadership, waiting for them), answered (the
  // leadership replied), taken_on (a leader took it on as an action of her own),
  // resolved (by the leadership or by the team).
  std::string status;
  double position = 0;
  std::optional<Id> goal_id;
  std::optional<DateText> due_on;
  std::vector<Id> owner_ids;
  Id created_by = 0;
  std::string created_by_name;
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
  std::optional<Id> updated_by;  // who made the last change; unset until the first
  std::string updated_by_name;
  UnixTime status_changed_at = 0;
  std::string previous_status;  // the status before the last move, for session records
  std::string leadership_reply;
  // An action a school leader took on from the team's obstacle: her own action, not the team's.
  std::optional<Id> from_obstacle_id;
  std::int64_t version = 1;
  std::optional<ItemSource> source;  // set when another module put the item here
  bool operator==(const BoardItem&) const = default;
};

// An obstacle on the school leadership's list, with where it comes from.
struct LeadershipObstacle {
  BoardItem item;
  std::string team_name;
  Id school_id = 0;
  std::string school_name;
};

inline constexpr int kAgendaSteps = 5;  // successes, goals, actions, new_actions, close

struct BoardSession {
  Id id = 0;
  Id team_id = 0;
  UnixTime started_at = 0;
  Id started_by = 0;
  int total_minutes = 20;
  int step = 0;
  UnixTime step_started_at = 0;
  std::vector<Id> attendance;
  std::optional<UnixTime> closed_at;
  std::int64_t version = 1;
};

// One line of a closed session's record: a snapshot of text, so later edits
// to the board do not change what was decided. A measurement's line keeps its
// value and the goal's unit as they were, so it reads "52%" (or "ja") for good.
struct RecordEntry {
  RecordEntry() = default;
  RecordEntry(std::string kind_, std::optional<Id> ref_id_, std::string text_, std::string detail_,
              std::string unit_ = "", std::optional<double> value_ = std::nullopt)
      : kind(std::move(kind_)), ref_id(ref_id_), text(std::move(text_)), detail(std::move(detail_)),
        unit(std::move(unit_)), value(value_) {}

  std::string kind;  // attendee, measurement, action_created, action_moved, action_closed, success, obstacle
  std::optional<Id> ref_id;
  std::string text;
  std::string detail;  // e.g. "todo→doing", "2026-11-16: 64"
  std::string unit;    // a measurement's: percentage, count, score, yes_no ("" before units were kept)
  std::optional<double> value;  // a measurement's value
};

struct SessionRecord {
  BoardSession session;
  std::vector<RecordEntry> entries;
};

struct SessionSummary {
  Id id = 0;
  UnixTime started_at = 0;
  std::optional<UnixTime> closed_at;
  int attendee_count = 0;
};

// What changed on a board; published to its screens after the commit.
struct ItemDeleted { Id id; };
struct GoalDeleted { Id id; };
struct MeasurementDeleted { Id id; Id goal_id; };
struct SessionClosed { Id id; };
struct AmbitionDeleted { Id id; };
// An Ambition or AmbitionDeleted goes to every board of its school: boards show the school's ambitions.
using BoardChange = std::variant<BoardItem, ItemDeleted, Goal, GoalDeleted, Measurement, MeasurementDeleted, Cycle,
                                 BoardSession, SessionClosed, Ambition, AmbitionDeleted>;

struct BoardEvent {
  Id team_id = 0;
  std::int64_t seq = 0;  // per board, increasing by one per event
  BoardChange change;
};

// What changed on a school's list of obstacles for its leadership: an obstacle
// the team handed over (in any state after open), or one that was deleted.
using LeadershipChange = std::variant<LeadershipObstacle, ItemDeleted>;
struct LeadershipEvent {
  Id school_id = 0;
  std::int64_t seq = 0;  // per school, increasing by one per event (the store's leadership_rooms)
  LeadershipChange change;
};

std::string_view to_string(GoalUnit unit);
std::string_view to_string(Direction direction);
std::string_view to_string(ItemKind kind);
std::optional<GoalUnit> parse_goal_unit(std::string_view text);
std::optional<Direction> parse_direction(std::string_view text);
std::optional<ItemKind> parse_item_kind(std::string_view text);

}  // namespace sb
