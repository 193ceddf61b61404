#include "modules/lessons/api/lessons_json.h"

#include <boost/json.hpp>

#include <algorithm>

#include "modules/lessons/core/rules.h"

namespace sb::api {
namespace {

namespace json = boost::json;

json::array ids(const std::vector<Id>& values) {
  json::array out;
  for (auto id : values) out.push_back(id);
  return out;
}

json::object content_json(const DesignContent& c) {
  json::array criteria;
  for (const auto& text : c.criteria) criteria.emplace_back(text);
  json::array phases;
  for (const auto& p : c.phases) phases.push_back(json::object{{"title", p.title}, {"minutes", p.minutes}, {"description", p.description}});
  json::array links;
  for (const auto& l : c.links) links.push_back(json::object{{"title", l.title}, {"url", l.url}});
  return {{"title", c.title},
          {"lesson_goal", c.lesson_goal},
          {"criteria", std::move(criteria)},
          {"phases", std::move(phases)},
          {"group_name", c.group_name},
          {"subject", c.subject},
          {"planned_on", c.planned_on ? json::value(*c.planned_on) : json::value(nullptr)},
          {"links", std::move(links)},
          {"status", to_string(c.status)}};
}

}  // namespace

json::object to_json(const LessonDesign& d) {
  auto out = content_json(d.content);
  json::array authors;
  for (std::size_t i = 0; i < d.author_ids.size(); ++i) {
    authors.push_back(json::object{{"id", d.author_ids[i]}, {"name", i < d.author_names.size() ? d.author_names[i] : ""}});
  }
  out["id"] = d.id;
  out["team_id"] = d.team_id;
  out["goal_id"] = d.goal_id;
  out["author_ids"] = ids(d.author_ids);
  out["authors"] = std::move(authors);
  out["created_by"] = d.created_by;
  out["created_at"] = iso_time(d.created_at);
  out["updated_at"] = iso_time(d.updated_at);
  out["updated_by_name"] = d.updated_by_name;
  out["version"] = d.version;
  return out;
}

json::object to_json(const DesignVersion& v) {
  return {{"design_id", v.design_id},
          {"version", v.version},
          {"saved_by", v.saved_by},
          {"saved_by_name", v.saved_by_name},
          {"saved_at", iso_time(v.saved_at)},
          {"content", content_json(v.content)}};
}

json::object to_json(const VersionComparison& c) {
  json::array changed;
  for (auto field : c.changed) changed.emplace_back(to_string(field));
  return {{"from", to_json(c.from)}, {"to", to_json(c.to)}, {"changed", std::move(changed)}};
}

json::object to_json(const DesignComment& c) {
  return {{"id", c.id},           {"design_id", c.design_id},     {"part", c.part},
          {"body", c.body},       {"author_id", c.author_id},     {"author_name", c.author_name},
          {"created_at", iso_time(c.created_at)}};
}

json::object to_json(const LessonVisit& v) {
  return {{"id", v.id},
          {"design_id", v.design_id},
          {"design_title", v.design_title},
          {"team_id", v.team_id},
          {"teacher_id", v.teacher_id},
          {"teacher_name", v.teacher_name},
          {"visitor_id", v.visitor_id},
          {"visitor_name", v.visitor_name},
          {"group_name", v.group_name},
          {"starts_at", iso_time(v.starts_at)},
          {"minutes", v.minutes},
          {"location", v.location},
          {"status", to_string(v.status)},
          {"shared_with_leadership", v.shared_with_leadership},
          {"board_item_id", optional_id_json(v.board_item_id)},
          {"version", v.version}};
}

json::object to_json(const Observation& o) {
  json::array criteria;
  for (const auto& n : o.criteria) {
    criteria.push_back(json::object{{"criterion", n.criterion},
                                    {"notes", n.notes},
                                    {"rating", n.rating ? json::value(*n.rating) : json::value(nullptr)}});
  }
  return {{"criteria", std::move(criteria)},
          {"notes", o.notes},
          {"client_key", o.client_key},
          {"client_seq", o.client_seq},
          {"updated_at", iso_time(o.updated_at)}};
}

json::object to_json(const Reflection& r) {
  return {{"students_did", r.students_did},
          {"criteria_met", r.criteria_met},
          {"change_next", r.change_next},
          {"conclusion", r.conclusion},
          {"conclusion_kind", r.conclusion_kind ? json::value(to_string(*r.conclusion_kind)) : json::value(nullptr)},
          {"concluded_at", r.concluded_at ? json::value(iso_time(r.concluded_at)) : json::value(nullptr)},
          {"version", r.version}};
}

json::object to_json(const VisitView& v) {
  json::array form;
  for (const auto& n : v.form) {
    form.push_back(json::object{{"criterion", n.criterion},
                                {"notes", n.notes},
                                {"rating", n.rating ? json::value(*n.rating) : json::value(nullptr)}});
  }
  return {{"visit", to_json(v.visit)},
          {"design", to_json(v.design)},
          {"may_read_notes", v.may_read_notes},
          {"may_observe", v.may_observe},
          {"may_reflect", v.may_reflect},
          {"may_share", v.may_share},
          {"form", std::move(form)},
          {"observation", v.observation ? json::value(to_json(*v.observation)) : json::value(nullptr)},
          {"reflection", v.reflection ? json::value(to_json(*v.reflection)) : json::value(nullptr)}};
}

json::object to_json(const LessonCounts& c) {
  return {{"team_id", c.team_id},
          {"team_name", c.team_name},
          {"designs", c.designs},
          {"visits_planned", c.visits_planned},
          {"visits_held", c.visits_held},
          {"reflections_done", c.reflections_done}};
}

Result<DesignPatch> read_design_patch(BodyReader& body) {
  DesignPatch patch;
  SB_TRY(title, body.optional_string("title"));
  patch.title = title;
  SB_TRY(lesson_goal, body.optional_string("lesson_goal"));
  patch.lesson_goal = lesson_goal;
  SB_TRY(criteria, body.optional_string_list("criteria", kMaxCriteria));
  patch.criteria = criteria;
  if (body.has("phases")) {
    SB_TRY(phases, body.object_list("phases", kMaxPhases));
    std::vector<LessonPhase> out;
    for (auto& entry : phases) {
      SB_TRY(phase_title, entry.string("title"));
      SB_TRY(minutes, entry.integer("minutes"));
      SB_TRY(description, entry.optional_string("description"));
      SB_CHECK(entry.finish());
      const auto bounded = std::clamp<std::int64_t>(minutes, -1, kMaxPhaseMinutes + 1);
      out.push_back({phase_title, static_cast<int>(bounded), description.value_or("")});
    }
    patch.phases = std::move(out);
  }
  SB_TRY(group_name, body.optional_string("group_name"));
  patch.group_name = group_name;
  SB_TRY(subject, body.optional_string("subject"));
  patch.subject = subject;
  SB_TRY(planned_on, body.nullable_string("planned_on"));
  patch.planned_on = planned_on;
  if (body.has("links")) {
    SB_TRY(links, body.object_list("links", kMaxLinks));
    std::vector<MaterialLink> out;
    for (auto& entry : links) {
      SB_TRY(link_title, entry.optional_string("title"));
      SB_TRY(url, entry.string("url"));
      SB_CHECK(entry.finish());
      out.push_back({link_title.value_or(""), url});
    }
    patch.links = std::move(out);
  }
  SB_TRY(status, body.optional_string("status"));
  if (status) {
    auto parsed = parse_design_status(*status);
    if (!parsed) {
      return std::unexpected(Error::invalid("status", "Status is concept, klaar, gegeven or geevalueerd.").because("unknown_status"));
    }
    patch.status = parsed;
  }
  return patch;
}

Result<NewDesign> read_new_design(BodyReader& body) {
  NewDesign input;
  SB_TRY(goal_id, body.id("goal_id"));
  input.goal_id = goal_id;
  SB_TRY(co_authors, body.optional_id_list("co_author_ids"));
  input.co_author_ids = co_authors.value_or(std::vector<Id>{});
  SB_TRY(patch, read_design_patch(body));
  SB_CHECK(body.finish());
  if (!patch.title) return std::unexpected(Error::required("title"));
  input.content.title = *patch.title;
  input.content.lesson_goal = patch.lesson_goal.value_or("");
  input.content.criteria = patch.criteria.value_or(std::vector<std::string>{});
  input.content.phases = patch.phases.value_or(std::vector<LessonPhase>{});
  input.content.group_name = patch.group_name.value_or("");
  input.content.subject = patch.subject.value_or("");
  input.content.planned_on = patch.planned_on.value_or(std::nullopt);
  input.content.links = patch.links.value_or(std::vector<MaterialLink>{});
  input.content.status = patch.status.value_or(DesignStatus::draft);
  return input;
}

Result<DesignSave> read_design_save(BodyReader& body) {
  DesignSave save;
  SB_TRY(version, body.integer("version"));
  save.version = version;
  SB_TRY(goal_id, body.optional_id("goal_id"));
  save.goal_id = goal_id;
  SB_TRY(co_authors, body.optional_id_list("co_author_ids"));
  save.co_author_ids = co_authors;
  SB_TRY(patch, read_design_patch(body));
  save.patch = std::move(patch);
  SB_CHECK(body.finish());
  return save;
}

Result<DesignCommentText> read_design_comment(BodyReader& body) {
  SB_TRY(part, body.string("part"));
  SB_TRY(text, body.string("body"));
  SB_CHECK(body.finish());
  return DesignCommentText{std::move(part), std::move(text)};
}

Result<NewVisit> read_new_visit(BodyReader& body) {
  NewVisit input;
  SB_TRY(design_id, body.id("design_id"));
  input.design_id = design_id;
  SB_TRY(teacher_id, body.id("teacher_id"));
  input.teacher_id = teacher_id;
  SB_TRY(visitor_id, body.id("visitor_id"));
  input.visitor_id = visitor_id;
  SB_TRY(starts_text, body.string("starts_at"));
  SB_TRY(starts_at, parse_utc_time("starts_at", starts_text));
  input.starts_at = starts_at;
  SB_TRY(minutes, body.optional_integer("minutes"));
  input.minutes = static_cast<int>(std::clamp<std::int64_t>(minutes.value_or(50), 0, kMaxVisitMinutes + 1));
  SB_TRY(group_name, body.optional_string("group_name"));
  input.group_name = group_name.value_or("");
  SB_TRY(location, body.optional_string("location"));
  input.location = location.value_or("");
  SB_CHECK(body.finish());
  return input;
}

Result<Observation> read_observation(BodyReader& body) {
  Observation o;
  SB_TRY(key, body.string("client_key"));
  o.client_key = key;
  SB_TRY(seq, body.integer("client_seq"));
  o.client_seq = seq;
  SB_TRY(criteria, body.object_list("criteria", kMaxCriteria));
  for (auto& entry : criteria) {
    CriterionNote note;
    SB_TRY(notes, entry.optional_string("notes"));
    note.notes = notes.value_or("");
    SB_TRY(rating, entry.optional_integer("rating"));
    if (rating) note.rating = static_cast<int>(std::clamp<std::int64_t>(*rating, 0, 5));
    SB_CHECK(entry.finish());
    o.criteria.push_back(std::move(note));
  }
  SB_TRY(notes, body.optional_string("notes"));
  o.notes = notes.value_or("");
  SB_CHECK(body.finish());
  return o;
}

Result<ReflectionInput> read_reflection(BodyReader& body) {
  ReflectionInput input;
  SB_TRY(version, body.integer("version"));
  input.version = version;
  SB_TRY(students_did, body.optional_string("students_did"));
  input.students_did = students_did;
  SB_TRY(criteria_met, body.optional_string("criteria_met"));
  input.criteria_met = criteria_met;
  SB_TRY(change_next, body.optional_string("change_next"));
  input.change_next = change_next;
  SB_TRY(conclusion, body.optional_string("conclusion"));
  input.conclusion = conclusion;
  SB_CHECK(body.finish());
  return input;
}

Result<ReflectionConclusion> read_reflection_conclusion(BodyReader& body) {
  SB_TRY(kind_text, body.string("kind"));
  SB_TRY(version, body.integer("version"));
  SB_CHECK(body.finish());
  auto kind = parse_conclusion_kind(kind_text);
  if (!kind) return std::unexpected(Error::invalid("kind", "The conclusion is a success or an action.").because("unknown_kind"));
  return ReflectionConclusion{*kind, version};
}

Result<VisitSharing> read_visit_sharing(BodyReader& body) {
  SB_TRY(shared, body.optional_bool("shared_with_leadership"));
  SB_TRY(version, body.integer("version"));
  SB_CHECK(body.finish());
  if (!shared) return std::unexpected(Error::required("shared_with_leadership"));
  return VisitSharing{*shared, version};
}

}  // namespace sb::api
