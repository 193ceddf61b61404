// The pure rules of lesson designs and visits: what a design may hold, how a
// design's status moves, how a save made on an older version merges with what
// a co-author saved meanwhile (different parts merge; the same part changed
// differently is a conflict), what changed between two versions, when a visit
// may be planned, and how an observation is built from the design's success
// criteria. No I/O; every rule has its test in rules_test.cpp.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "modules/lessons/core/model.h"

namespace sb {

inline constexpr std::size_t kMaxCriteria = 6;
inline constexpr std::size_t kMaxCriterionLength = 300;
inline constexpr std::size_t kMaxLessonGoalLength = 2000;
inline constexpr std::size_t kMaxPhases = 12;
inline constexpr int kMaxPhaseMinutes = 240;
inline constexpr std::size_t kMaxPhaseText = 1000;
inline constexpr std::size_t kMaxLinks = 20;
inline constexpr std::size_t kMaxUrlLength = 2000;
inline constexpr std::size_t kMaxNoteLength = 4000;
inline constexpr std::size_t kMaxCommentLength = 2000;
inline constexpr std::size_t kMaxLocationLength = 200;
inline constexpr int kMinVisitMinutes = 10;
inline constexpr int kMaxVisitMinutes = 240;

// Cleans every part of a design (trimmed texts, limits, dates, links that are http or https). A design may be
// saved as concept without success criteria; from klaar on it needs at least one (the visit observes them).
Result<DesignContent> check_content(const DesignContent& content);

// concept ↔ klaar → gegeven → geevalueerd: one step forward, or a ready design back to concept.
Result<void> check_status_move(DesignStatus from, DesignStatus to);

// A save: the parts it changes (the others are left as they are), made on `base_version`.
struct DesignPatch {
  std::optional<std::string> title;
  std::optional<std::string> lesson_goal;
  std::optional<std::vector<std::string>> criteria;
  std::optional<std::vector<LessonPhase>> phases;
  std::optional<std::string> group_name;
  std::optional<std::string> subject;
  std::optional<std::optional<LessonDate>> planned_on;
  std::optional<std::vector<MaterialLink>> links;
  std::optional<DesignStatus> status;
};

// Applies `patch`, made on `base`, to `current` (what is stored now). A part the patch changes that nobody else
// changed since `base`, or that they changed to the same, is taken; one a co-author changed differently is a
// conflict naming that part (field), so nobody's words are overwritten unseen. With base == current it simply applies.
Result<DesignContent> merge_patch(const DesignContent& base, const DesignContent& current, const DesignPatch& patch);

// The parts that differ between two contents, in kDesignFields order.
std::vector<DesignField> changed_fields(const DesignContent& before, const DesignContent& after);

// A visit: in the future, 10–240 minutes, visited teacher and visitor two different people.
Result<void> check_visit_plan(UnixTime starts_at, int minutes, Id teacher_id, Id visitor_id, UnixTime now);

// "2026-11-20T09:00:00Z" (UTC, seconds optional) as UnixTime; invalid_argument naming `field` otherwise.
Result<UnixTime> parse_utc_time(std::string_view field, std::string_view text);

// The observation form of a design: one line per success criterion, with what was saved for it so far.
std::vector<CriterionNote> observation_form(const DesignContent& design, const std::vector<CriterionNote>& saved);

// Checks an observation sent from the visitor's device against the design: one note per criterion (in order),
// texts within limits, ratings 1–4, a client key of 8–64 letters, digits, '-' or '_', and a save count from 1.
// A design without success criteria cannot be observed (failed_precondition).
Result<Observation> check_observation(const DesignContent& design, Observation input);

}  // namespace sb
