#include "modules/lessons/api/lessons_json.h"

#include <boost/json.hpp>

#include <algorithm>

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

}  // namespace sb::api
