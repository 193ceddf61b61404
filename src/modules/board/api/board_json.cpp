#include "modules/board/api/board_json.h"

#include <boost/json.hpp>

#include "modules/board/core/rules.h"
#include "server/api/json_io.h"

namespace sb::api {

namespace json = boost::json;

namespace {
json::array ids(const std::vector<Id>& list) {
  json::array out;
  for (auto id : list) out.push_back(id);
  return out;
}

// Who made the last change, by name; null until the first change.
json::value changed_by(const std::optional<Id>& by, const std::string& name) {
  if (!by) return nullptr;
  return json::value(name);
}

}  // namespace

json::object to_json(const Cycle& c) {
  json::value retrospective = nullptr;
  if (c.retrospective) {
    retrospective = json::object{{"goal_reached", c.retrospective->goal_reached},
                                 {"helped", c.retrospective->helped},
                                 {"change", c.retrospective->change},
                                 {"closed_at", iso_time(c.retrospective->closed_at)}};
  }
  return {{"id", c.id},           {"team_id", c.team_id}, {"name", c.name},       {"starts_on", c.starts_on},
          {"ends_on", c.ends_on}, {"retrospective", retrospective}, {"version", c.version},
          {"updated_by_name", changed_by(c.updated_by, c.updated_by_name)}};
}

json::object to_json(const CycleReview& review) {
  auto out = to_json(review.cycle);
  if (!review.cycle.retrospective) return out;
  json::array goals;
  for (const auto& g : review.goals) {
    goals.push_back(json::object{
        {"goal_id", optional_id_json(g.goal_id)},
        {"title", g.title},
        {"unit", to_string(g.unit)},
        {"direction", to_string(g.direction)},
        {"baseline", g.baseline},
        {"target", g.target},
        {"latest", g.latest ? json::value(*g.latest) : json::value(nullptr)},
        {"latest_week", g.latest_week ? json::value(*g.latest_week) : json::value(nullptr)},
        {"reached", g.reached},
        {"continued_as", optional_id_json(g.continued_as)},
        {"actions_carried", g.actions_carried}});
  }
  out["retrospective"].as_object()["goals"] = std::move(goals);
  return out;
}

json::object to_json(const Measurement& m) {
  return {{"id", m.id},       {"goal_id", m.goal_id},       {"week", m.week},
          {"value", m.value}, {"entered_by", m.entered_by}, {"entered_by_name", m.entered_by_name},
          {"entered_at", iso_time(m.entered_at)}, {"version", m.version}};
}

json::object to_json(const Goal& g) {
  json::array measurements;
  for (const auto& m : g.measurements) measurements.push_back(to_json(m));
  return {{"id", g.id},
          {"team_id", g.team_id},
          {"cycle_id", g.cycle_id},
          {"ambition_id", optional_id_json(g.ambition_id)},
          {"title", g.title},
          {"students", g.students},
          {"measure", g.measure},
          {"unit", to_string(g.unit)},
          {"baseline", g.baseline},
          {"target", g.target},
          {"direction", to_string(g.direction)},
          {"version", g.version},
          {"updated_by_name", changed_by(g.updated_by, g.updated_by_name)},
          {"measurements", std::move(measurements)}};
}

json::object to_json(const BoardItem& i) {
  return {{"id", i.id},
          {"team_id", i.team_id},
          {"kind", to_string(i.kind)},
          {"text", i.text},
          {"notes", i.notes},
          {"status", i.status},
          {"position", i.position},
          {"goal_id", optional_id_json(i.goal_id)},
          {"due_on", i.due_on ? json::value(*i.due_on) : json::value(nullptr)},
          {"owner_ids", ids(i.owner_ids)},
          {"created_by", i.created_by},
          {"created_by_name", i.created_by_name},
          {"created_at", iso_time(i.created_at)},
          {"updated_at", iso_time(i.updated_at)},
          {"leadership_reply", i.leadership_reply},
          {"from_obstacle_id", optional_id_json(i.from_obstacle_id)},
          {"updated_by_name", changed_by(i.updated_by, i.updated_by_name)},
          {"source", i.source ? json::value(json::object{{"kind", i.source->kind}, {"id", i.source->id}})
                              : json::value(nullptr)},
          {"version", i.version}};
}

json::object to_json(const LeadershipObstacle& o) {
  auto out = to_json(o.item);
  out["team_name"] = o.team_name;
  out["school_id"] = o.school_id;
  out["school_name"] = o.school_name;
  return out;
}

json::object to_json(const BoardSession& s) {
  json::array agenda;
  const auto minutes = agenda_minutes(s.total_minutes);
  for (std::size_t i = 0; i < minutes.size(); ++i) {
    agenda.push_back(json::object{{"key", kAgendaKeys[i]}, {"minutes", minutes[i]}});
  }
  return {{"id", s.id},
          {"team_id", s.team_id},
          {"started_at", iso_time(s.started_at)},
          {"started_by", s.started_by},
          {"total_minutes", s.total_minutes},
          {"step", s.step},
          {"step_started_at", iso_time(s.step_started_at)},
          {"attendance", ids(s.attendance)},
          {"closed_at", s.closed_at ? json::value(iso_time(*s.closed_at)) : json::value(nullptr)},
          {"agenda", std::move(agenda)},
          {"version", s.version}};
}

json::object to_json(const SessionRecord& record) {
  json::object out{{"id", record.session.id},
                   {"team_id", record.session.team_id},
                   {"started_at", iso_time(record.session.started_at)},
                   {"closed_at", record.session.closed_at ? json::value(iso_time(*record.session.closed_at))
                                                          : json::value(nullptr)}};
  json::array attendees, measurements, created, moved, closed, successes, obstacles, other;
  for (const auto& e : record.entries) {
    json::object entry{{"item_id", optional_id_json(e.ref_id)}, {"text", e.text}};
    if (e.kind == "attendee") {
      attendees.push_back(json::object{{"user_id", optional_id_json(e.ref_id)}, {"name", e.text}});
    } else if (e.kind == "measurement") {
      const auto colon = e.detail.find(": ");
      measurements.push_back(json::object{{"goal_id", optional_id_json(e.ref_id)},
                                          {"goal_title", e.text},
                                          {"week", e.detail.substr(0, colon)},
                                          {"value", e.value ? json::value(*e.value) : json::value(nullptr)},
                                          {"unit", e.unit.empty() ? json::value(nullptr) : json::value(e.unit)}});
    } else if (e.kind == "action_created") {
      created.push_back(entry);
    } else if (e.kind == "action_moved") {
      const auto arrow = e.detail.find("→");
      entry["from"] = e.detail.substr(0, arrow);
      entry["to"] = arrow == std::string::npos ? "" : e.detail.substr(arrow + std::string("→").size());
      moved.push_back(entry);
    } else if (e.kind == "action_closed") {
      closed.push_back(entry);
    } else if (e.kind == "success") {
      successes.push_back(entry);
    } else if (e.kind == "obstacle") {
      entry["status"] = e.detail;
      obstacles.push_back(entry);
    } else {
      entry["kind"] = e.kind;
      other.push_back(entry);
    }
  }
  out["attendees"] = std::move(attendees);
  out["measurements"] = std::move(measurements);
  out["actions_created"] = std::move(created);
  out["actions_moved"] = std::move(moved);
  out["actions_closed"] = std::move(closed);
  out["successes"] = std::move(successes);
  out["obstacles_raised"] = std::move(obstacles);
  out["ideas_and_agreements"] = std::move(other);
  return out;
}

json::object to_json(const Ambition& a) {
  return {{"id", a.id}, {"school_id", a.school_id}, {"school_year", a.school_year}, {"title", a.title},
          {"description", a.description}, {"version", a.version}};
}

json::object to_json(const BoardView& b) {
  json::array members, cycles, ambitions, goals, items;
  for (const auto& m : b.members) {
    members.push_back(json::object{{"user_id", m.user_id}, {"name", m.user_name}, {"role", to_string(m.role)},
                                   {"team_id", optional_id_json(m.team_id)}});
  }
  for (const auto& c : b.cycles) cycles.push_back(to_json(c));
  for (const auto& a : b.ambitions) ambitions.push_back(to_json(a));
  for (const auto& g : b.goals) goals.push_back(to_json(g));
  for (const auto& i : b.items) items.push_back(to_json(i));
  return {{"team", json::object{{"id", b.team.id}, {"name", b.team.name}, {"school_id", b.team.school_id},
                                {"school_name", b.school_name}}},
          {"seq", b.seq},
          {"members", std::move(members)},
          {"cycles", std::move(cycles)},
          {"current_cycle_id", optional_id_json(b.current_cycle_id)},
          {"ambitions", std::move(ambitions)},
          {"goals", std::move(goals)},
          {"items", std::move(items)},
          {"session", b.session ? json::value(to_json(*b.session)) : json::value(nullptr)}};
}

json::object event_json(const BoardChange& change) {
  struct Visitor {
    json::object operator()(const BoardItem& item) const { return {{"kind", "item"}, {"item", to_json(item)}}; }
    json::object operator()(const ItemDeleted& d) const { return {{"kind", "item_deleted"}, {"id", d.id}}; }
    json::object operator()(const Goal& goal) const { return {{"kind", "goal"}, {"goal", to_json(goal)}}; }
    json::object operator()(const GoalDeleted& d) const { return {{"kind", "goal_deleted"}, {"id", d.id}}; }
    json::object operator()(const Measurement& m) const { return {{"kind", "measurement"}, {"measurement", to_json(m)}}; }
    json::object operator()(const MeasurementDeleted& d) const {
      return {{"kind", "measurement_deleted"}, {"id", d.id}, {"goal_id", d.goal_id}};
    }
    json::object operator()(const Cycle& cycle) const { return {{"kind", "cycle"}, {"cycle", to_json(cycle)}}; }
    json::object operator()(const BoardSession& s) const { return {{"kind", "session"}, {"session", to_json(s)}}; }
    json::object operator()(const SessionClosed& c) const { return {{"kind", "session_closed"}, {"id", c.id}}; }
    json::object operator()(const Ambition& a) const { return {{"kind", "ambition"}, {"ambition", to_json(a)}}; }
    json::object operator()(const AmbitionDeleted& d) const { return {{"kind", "ambition_deleted"}, {"id", d.id}}; }
  };
  return std::visit(Visitor{}, change);
}

json::object event_json(const LeadershipChange& change) {
  struct Visitor {
    json::object operator()(const LeadershipObstacle& o) const { return {{"kind", "obstacle"}, {"obstacle", to_json(o)}}; }
    json::object operator()(const ItemDeleted& d) const { return {{"kind", "obstacle_deleted"}, {"id", d.id}}; }
  };
  return std::visit(Visitor{}, change);
}

}  // namespace sb::api
