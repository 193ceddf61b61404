#include "modules/lessons/core/designs.h"

#include <algorithm>

#include "kernel/validation.h"
#include "modules/board/core/store.h"
#include "modules/lessons/core/store.h"
#include "modules/organisation/core/organisation.h"

namespace sb {
namespace {

constexpr std::size_t kMaxAuthors = 6;

Result<LessonDesign> design_of(ReadTx& tx, Id design_id) {
  auto design = lessons(tx).find_design(design_id);
  if (!design) return std::unexpected(Error::not_found("No such lesson design."));
  return *design;
}

Result<void> check_goal(ReadTx& tx, Id goal_id, Id team_id) {
  auto goal = board(tx).find_goal(goal_id);
  if (!goal || goal->team_id != team_id) {
    return std::unexpected(Error{ErrorCode::not_found, "No such goal in this team.", "goal_id"});
  }
  return ok();
}

// The authors: the caller first, then the co-authors named, each a teacher of the team, once each.
Result<std::vector<Id>> authors_of(ReadTx& tx, Id team_id, Id caller, const std::vector<Id>& named) {
  std::vector<Id> out{caller};
  for (auto id : named) {
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  if (out.size() > kMaxAuthors) {
    return std::unexpected(Error::invalid("co_author_ids", "At most 6 authors.").because("too_many", 0, kMaxAuthors));
  }
  const auto members = organisation(tx).list_memberships_in_team(team_id);
  for (auto id : out) {
    const bool teacher = std::any_of(members.begin(), members.end(),
                                     [&](const MembershipView& m) { return m.user_id == id && m.role == Role::leraar; });
    if (!teacher) return std::unexpected(Error::invalid("co_author_ids", "A co-author is a teacher of the team.").because("not_in_team"));
  }
  return out;
}

// Cleans the parts a save names, as they would be stored (trimmed, checked), so merging compares like with like.
Result<DesignPatch> clean_patch(const DesignContent& current, DesignPatch patch) {
  DesignContent applied = current;
  if (patch.title) applied.title = *patch.title;
  if (patch.lesson_goal) applied.lesson_goal = *patch.lesson_goal;
  if (patch.criteria) applied.criteria = *patch.criteria;
  if (patch.phases) applied.phases = *patch.phases;
  if (patch.group_name) applied.group_name = *patch.group_name;
  if (patch.subject) applied.subject = *patch.subject;
  if (patch.planned_on) applied.planned_on = *patch.planned_on;
  if (patch.links) applied.links = *patch.links;
  // The status is checked on the merged design (criteria may come from a co-author's save).
  applied.status = DesignStatus::draft;
  SB_TRY(clean, check_content(applied));
  if (patch.title) patch.title = clean.title;
  if (patch.lesson_goal) patch.lesson_goal = clean.lesson_goal;
  if (patch.criteria) patch.criteria = clean.criteria;
  if (patch.phases) patch.phases = clean.phases;
  if (patch.group_name) patch.group_name = clean.group_name;
  if (patch.subject) patch.subject = clean.subject;
  if (patch.planned_on) patch.planned_on = clean.planned_on;
  if (patch.links) patch.links = clean.links;
  return patch;
}

}  // namespace

Result<Scope> scope_of_design(ReadTx& tx, Id design_id) {
  SB_TRY(design, design_of(tx, design_id));
  return scope_of_team(tx, design.team_id);
}

Result<Scope> scope_of_lesson_visit(ReadTx& tx, Id visit_id) {
  auto visit = lessons(tx).find_visit(visit_id);
  if (!visit) return std::unexpected(Error::not_found("No such lesson visit."));
  return scope_of_team(tx, visit->team_id);
}

Result<LessonDesign> create_design(Services& s, const Principal& who, Id team_id, const NewDesign& input) {
  SB_TRY(content, check_content(input.content));
  if (content.status != DesignStatus::draft && content.status != DesignStatus::ready) {
    return std::unexpected(Error::invalid("status", "A new design is concept or klaar.").because("invalid_transition"));
  }
  return write_value<LessonDesign>(s.store, [&](WriteTx& tx) -> Result<LessonDesign> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::edit_lessons, scope));
    SB_CHECK(check_goal(tx, input.goal_id, team_id));
    SB_TRY(authors, authors_of(tx, team_id, who.user.id, input.co_author_ids));
    LessonDesign design;
    design.team_id = team_id;
    design.goal_id = input.goal_id;
    design.content = content;
    design.author_ids = authors;
    design.created_by = design.updated_by = who.user.id;
    design.created_at = design.updated_at = s.clock.now();
    SB_TRY(id, lessons(tx).insert_design(design));
    return *lessons(tx).find_design(id);
  });
}

Result<LessonDesign> save_design(Services& s, const Principal& who, Id design_id, const DesignSave& save) {
  return write_value<LessonDesign>(s.store, [&](WriteTx& tx) -> Result<LessonDesign> {
    SB_TRY(current, design_of(tx, design_id));
    SB_TRY(scope, scope_of_team(tx, current.team_id));
    SB_CHECK(authorize(who, Action::edit_lessons, scope));
    if (save.version < 1 || save.version > current.version) {
      return std::unexpected(Error{ErrorCode::conflict, "No such version of this design.", "version"});
    }
    DesignContent base = current.content;
    if (save.version != current.version) {
      auto saved = lessons(tx).find_design_version(design_id, save.version);
      if (!saved) return std::unexpected(Error{ErrorCode::conflict, "No such version of this design.", "version"});
      base = saved->content;
    }
    SB_TRY(patch, clean_patch(current.content, save.patch));
    SB_TRY(merged, merge_patch(base, current.content, patch));
    SB_CHECK(check_status_move(current.content.status, merged.status));
    SB_TRY(content, check_content(merged));
    auto next = current;
    next.content = content;
    if (save.goal_id && *save.goal_id != current.goal_id) {
      if (save.version != current.version) {
        return std::unexpected(Error{ErrorCode::conflict, "A co-author saved the design first.", "goal_id"});
      }
      SB_CHECK(check_goal(tx, *save.goal_id, current.team_id));
      next.goal_id = *save.goal_id;
    }
    // Whoever saves co-designs; named co-authors replace the others (the first author stays).
    std::vector<Id> named = save.co_author_ids ? *save.co_author_ids : current.author_ids;
    if (save.co_author_ids && !current.author_ids.empty()) named.insert(named.begin(), current.author_ids.front());
    SB_TRY(authors, authors_of(tx, current.team_id, who.user.id, named));
    std::sort(authors.begin(), authors.end());
    auto before = current.author_ids;
    std::sort(before.begin(), before.end());
    if (next.content == current.content && next.goal_id == current.goal_id && authors == before) return current;
    next.author_ids = authors;
    next.updated_by = who.user.id;
    next.updated_at = s.clock.now();
    SB_CHECK(lessons(tx).update_design(next, current.version));
    return *lessons(tx).find_design(design_id);
  });
}

Result<std::vector<LessonDesign>> list_designs(Services& s, const Principal& who, Id team_id, const DesignFilter& filter) {
  return read_value<std::vector<LessonDesign>>(s.store, [&](ReadTx& tx) -> Result<std::vector<LessonDesign>> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::view_lessons, scope));
    std::vector<LessonDesign> out;
    for (auto& design : lessons(tx).list_designs(team_id)) {
      if (filter.goal_id && design.goal_id != *filter.goal_id) continue;
      if (filter.status && design.content.status != *filter.status) continue;
      if (filter.author_id && std::find(design.author_ids.begin(), design.author_ids.end(), *filter.author_id) ==
                                  design.author_ids.end()) {
        continue;
      }
      out.push_back(std::move(design));
    }
    return out;
  });
}

Result<LessonDesign> get_design(Services& s, const Principal& who, Id design_id) {
  return read_value<LessonDesign>(s.store, [&](ReadTx& tx) -> Result<LessonDesign> {
    SB_TRY(scope, scope_of_design(tx, design_id));
    SB_CHECK(authorize(who, Action::view_lessons, scope));
    return design_of(tx, design_id);
  });
}

Result<std::vector<DesignVersion>> list_design_versions(Services& s, const Principal& who, Id design_id) {
  return read_value<std::vector<DesignVersion>>(s.store, [&](ReadTx& tx) -> Result<std::vector<DesignVersion>> {
    SB_TRY(scope, scope_of_design(tx, design_id));
    SB_CHECK(authorize(who, Action::view_lessons, scope));
    return lessons(tx).list_design_versions(design_id);
  });
}

Result<VersionComparison> compare_design_versions(Services& s, const Principal& who, Id design_id, std::int64_t from,
                                                  std::int64_t to) {
  return read_value<VersionComparison>(s.store, [&](ReadTx& tx) -> Result<VersionComparison> {
    SB_TRY(scope, scope_of_design(tx, design_id));
    SB_CHECK(authorize(who, Action::view_lessons, scope));
    auto a = lessons(tx).find_design_version(design_id, from);
    if (!a) return std::unexpected(Error{ErrorCode::not_found, "No such version of this design.", "from"});
    auto b = lessons(tx).find_design_version(design_id, to);
    if (!b) return std::unexpected(Error{ErrorCode::not_found, "No such version of this design.", "to"});
    return VersionComparison{*a, *b, changed_fields(a->content, b->content)};
  });
}

Result<DesignComment> add_design_comment(Services& s, const Principal& who, Id design_id, std::string_view part,
                                         std::string_view body_text) {
  bool known = part == "general";
  for (auto field : kDesignFields) known = known || to_string(field) == part;
  if (!known) return std::unexpected(Error::invalid("part", "A comment is on a part of the design, or general.").because("unknown_part"));
  SB_TRY(body, clean_text("body", body_text, kMaxCommentLength, Required::yes));
  return write_value<DesignComment>(s.store, [&](WriteTx& tx) -> Result<DesignComment> {
    SB_TRY(scope, scope_of_design(tx, design_id));
    SB_CHECK(authorize(who, Action::edit_lessons, scope));
    DesignComment comment;
    comment.design_id = design_id;
    comment.part = std::string(part);
    comment.body = body;
    comment.author_id = who.user.id;
    comment.created_at = s.clock.now();
    SB_TRY(id, lessons(tx).insert_comment(comment));
    for (auto& stored : lessons(tx).list_comments(design_id)) {
      if (stored.id == id) return stored;
    }
    return std::unexpected(Error::internal("The comment was not stored."));
  });
}

Result<std::vector<DesignComment>> list_design_comments(Services& s, const Principal& who, Id design_id) {
  return read_value<std::vector<DesignComment>>(s.store, [&](ReadTx& tx) -> Result<std::vector<DesignComment>> {
    SB_TRY(scope, scope_of_design(tx, design_id));
    SB_CHECK(authorize(who, Action::view_lessons, scope));
    return lessons(tx).list_comments(design_id);
  });
}

}  // namespace sb
