// Use cases of lesson designs: a team's teachers design a lesson together for
// one of the team's goals (edit_lessons), the team and its coaches read them
// (view_lessons). Every save is a version; a save made on an older version
// merges with what a co-author saved meanwhile when they changed different
// parts, and is a conflict (409 with the design as it is now) when they
// changed the same part differently. Comments are made per part.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/lessons/core/model.h"
#include "modules/lessons/core/rules.h"

namespace sb {

// Where a design or a visit lives, for the access gate.
Result<Scope> scope_of_design(ReadTx& tx, Id design_id);
Result<Scope> scope_of_lesson_visit(ReadTx& tx, Id visit_id);

struct NewDesign {
  Id goal_id = 0;
  DesignContent content;
  std::vector<Id> co_author_ids;  // other teachers of the team; the caller is an author anyway
};
Result<LessonDesign> create_design(Services& s, const Principal& who, Id team_id, const NewDesign& input);

struct DesignSave {
  std::int64_t version = 0;  // the version the save was made on
  DesignPatch patch;
  std::optional<Id> goal_id;
  std::optional<std::vector<Id>> co_author_ids;
};
// Saves the parts named; whoever saves becomes a co-author. A save that changes nothing makes no version.
Result<LessonDesign> save_design(Services& s, const Principal& who, Id design_id, const DesignSave& save);

struct DesignFilter {
  std::optional<Id> goal_id;
  std::optional<DesignStatus> status;
  std::optional<Id> author_id;
};
Result<std::vector<LessonDesign>> list_designs(Services& s, const Principal& who, Id team_id, const DesignFilter& filter);
Result<LessonDesign> get_design(Services& s, const Principal& who, Id design_id);
// For a conflict's `current`: the design as it is now, read as the caller.
Result<std::vector<DesignVersion>> list_design_versions(Services& s, const Principal& who, Id design_id);

// What changed between two versions of a design: both as saved, and the parts that differ.
struct VersionComparison {
  DesignVersion from;
  DesignVersion to;
  std::vector<DesignField> changed;
};
Result<VersionComparison> compare_design_versions(Services& s, const Principal& who, Id design_id, std::int64_t from,
                                                  std::int64_t to);

// A comment on one part of the design (a DesignField's name or "general"), by a teacher of the team.
Result<DesignComment> add_design_comment(Services& s, const Principal& who, Id design_id, std::string_view part,
                                         std::string_view body);
Result<std::vector<DesignComment>> list_design_comments(Services& s, const Principal& who, Id design_id);

}  // namespace sb
