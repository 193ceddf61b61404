// The words of the lessons module (issue 12): a lesson design that two or more
// teachers of a team make together for one of the team's goals, with every
// save kept as a version and comments per part; a lesson visit planned from a
// design; the visitor's observation, built from the design's success
// criteria; and the reflection talk whose conclusion goes to the team's board.
// Thread-safety: plain values.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/model.h"

namespace sb {

using LessonDate = std::string;  // YYYY-MM-DD

// draft → ready → taught → evaluated; the API says concept, klaar, gegeven, geevalueerd (shown as "geëvalueerd").
enum class DesignStatus { draft, ready, taught, evaluated };
std::string_view to_string(DesignStatus status);
std::optional<DesignStatus> parse_design_status(std::string_view text);

struct LessonPhase {
  std::string title;
  int minutes = 0;
  std::string description;
  bool operator==(const LessonPhase&) const = default;
};

struct MaterialLink {
  std::string title;
  std::string url;
  bool operator==(const MaterialLink&) const = default;
};

// What the teachers write; each save of it is a version.
struct DesignContent {
  std::string title;
  std::string lesson_goal;              // what students should reach
  std::vector<std::string> criteria;    // success criteria: how the teachers will see it in students, 1–6
  std::vector<LessonPhase> phases;      // the lesson plan
  std::string group_name;               // group or class
  std::string subject;
  std::optional<LessonDate> planned_on;
  std::vector<MaterialLink> links;
  DesignStatus status = DesignStatus::draft;
  bool operator==(const DesignContent&) const = default;
};

// The parts of a design, each of which a co-author changes (and a save merges) on its own.
enum class DesignField { title, lesson_goal, criteria, phases, group_name, subject, planned_on, links, status };
inline constexpr std::array<DesignField, 9> kDesignFields{
    DesignField::title,      DesignField::lesson_goal, DesignField::criteria,   DesignField::phases, DesignField::group_name,
    DesignField::subject,    DesignField::planned_on,  DesignField::links,      DesignField::status};
std::string_view to_string(DesignField field);

struct LessonDesign {
  Id id = 0;
  Id team_id = 0;
  Id goal_id = 0;
  DesignContent content;
  std::vector<Id> author_ids;
  std::vector<std::string> author_names;  // as author_ids
  Id created_by = 0;
  UnixTime created_at = 0;
  UnixTime updated_at = 0;
  Id updated_by = 0;
  std::string updated_by_name;
  std::int64_t version = 1;
};

// One save of a design: its content as it was saved.
struct DesignVersion {
  Id design_id = 0;
  std::int64_t version = 1;
  Id saved_by = 0;
  std::string saved_by_name;
  UnixTime saved_at = 0;
  DesignContent content;
};

struct DesignComment {
  Id id = 0;
  Id design_id = 0;
  std::string part;  // a DesignField's name, or "general"
  std::string body;
  Id author_id = 0;
  std::string author_name;
  UnixTime created_at = 0;
};

// planned → held (the first observation) → reflected (the conclusion went to the board).
enum class LessonVisitStatus { planned, held, reflected };
std::string_view to_string(LessonVisitStatus status);

struct LessonVisit {
  Id id = 0;
  Id design_id = 0;
  Id team_id = 0;
  Id teacher_id = 0;  // the visited teacher, who gives the lesson
  Id visitor_id = 0;
  std::string teacher_name;
  std::string visitor_name;
  std::string design_title;
  std::string group_name;
  UnixTime starts_at = 0;
  int minutes = 50;
  std::string location;
  LessonVisitStatus status = LessonVisitStatus::planned;
  bool shared_with_leadership = false;  // by the visited teacher: the school leader may read the notes
  std::optional<Id> board_item_id;      // the success or action the reflection put on the board
  Id planned_by = 0;
  UnixTime created_at = 0;
  std::int64_t version = 1;
};

// The visitor's notes on one success criterion: what students did, and an optional rating 1–4.
struct CriterionNote {
  std::string criterion;  // the criterion's text when observed: later edits of the design leave it
  std::string notes;
  std::optional<int> rating;
  bool operator==(const CriterionNote&) const = default;
};

// Sent whole from the visitor's device, again and again while typing; client_key names the device's form
// and client_seq counts its saves, so a resent save changes nothing and an older one never wins.
struct Observation {
  Id visit_id = 0;
  std::vector<CriterionNote> criteria;
  std::string notes;
  std::string client_key;
  std::int64_t client_seq = 0;
  UnixTime updated_at = 0;
};

enum class ConclusionKind { success, action };
std::string_view to_string(ConclusionKind kind);
std::optional<ConclusionKind> parse_conclusion_kind(std::string_view text);

// The reflection talk: guided questions both teachers write in, and the conclusion for the board.
struct Reflection {
  Id visit_id = 0;
  std::string students_did;   // what did students do?
  std::string criteria_met;   // which criteria were met?
  std::string change_next;    // what do we change?
  std::string conclusion;     // what goes to the board
  std::optional<ConclusionKind> conclusion_kind;
  UnixTime concluded_at = 0;  // 0 until concluded
  Id updated_by = 0;
  UnixTime updated_at = 0;
  std::int64_t version = 0;   // 0: nothing written yet
};

// What the leadership sees of a team: counts, never notes.
struct LessonCounts {
  Id team_id = 0;
  std::string team_name;
  std::int64_t designs = 0;
  std::int64_t visits_planned = 0;
  std::int64_t visits_held = 0;
  std::int64_t reflections_done = 0;
};

}  // namespace sb
