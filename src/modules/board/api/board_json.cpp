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

// The request bodies.

Result<NewItem> read_new_item(BodyReader& body) {
  SB_TRY(kind, body.string("kind"));
  SB_TRY(text, body.string("text"));
  SB_TRY(notes, body.optional_string("notes"));
  SB_TRY(status, body.optional_string("status"));
  SB_TRY(goal_id, body.optional_id("goal_id"));
  SB_TRY(due_on, body.optional_string("due_on"));
  SB_TRY(owner_ids, body.optional_id_list("owner_ids"));
  SB_CHECK(body.finish());
  return NewItem{kind, text, notes.value_or(""), status, goal_id, due_on, owner_ids.value_or(std::vector<Id>{})};
}

Result<ItemChange> read_item_change(BodyReader& body) {
  SB_TRY(version, body.integer("version"));
  SB_TRY(text, body.optional_string("text"));
  SB_TRY(notes, body.optional_string("notes"));
  SB_TRY(goal_id, body.nullable_id("goal_id"));
  SB_TRY(due_on, body.nullable_string("due_on"));
  SB_TRY(owner_ids, body.optional_id_list("owner_ids"));
  SB_CHECK(body.finish());
  return ItemChange{version, text, notes, goal_id, due_on, owner_ids};
}

Result<ItemMove> read_item_move(BodyReader& body) {
  SB_TRY(status, body.string("status"));
  SB_TRY(position, body.optional_number("position"));
  SB_TRY(version, body.integer("version"));
  SB_CHECK(body.finish());
  return ItemMove{status, position, version};
}

Result<LeadershipReply> read_leadership_reply(BodyReader& body) {
  SB_TRY(reply, body.optional_string("reply"));
  SB_TRY(resolve, body.optional_bool("resolve"));
  SB_TRY(version, body.integer("version"));
  SB_CHECK(body.finish());
  return LeadershipReply{reply.value_or(""), resolve.value_or(false), version};
}

Result<LeadershipAction> read_leadership_action(BodyReader& body) {
  SB_TRY(text, body.string("text"));
  SB_TRY(due_on, body.optional_string("due_on"));
  SB_TRY(version, body.integer("version"));
  SB_CHECK(body.finish());
  return LeadershipAction{text, due_on, version};
}

namespace {

Result<CycleInput> read_cycle_fields(BodyReader& body) {
  SB_TRY(name, body.optional_string("name"));
  SB_TRY(starts_on, body.optional_string("starts_on"));
  SB_TRY(ends_on, body.optional_string("ends_on"));
  return CycleInput{name, starts_on, ends_on};
}

Result<GoalInput> read_goal_fields(BodyReader& body) {
  SB_TRY(cycle_id, body.optional_id("cycle_id"));
  SB_TRY(ambition_id, body.nullable_id("ambition_id"));
  SB_TRY(title, body.optional_string("title"));
  SB_TRY(students, body.optional_string("students"));
  SB_TRY(measure, body.optional_string("measure"));
  SB_TRY(unit, body.optional_string("unit"));
  SB_TRY(baseline, body.optional_number("baseline"));
  SB_TRY(target, body.optional_number("target"));
  SB_TRY(direction, body.optional_string("direction"));
  return GoalInput{cycle_id, ambition_id, title, students, measure, unit, baseline, target, direction};
}

}  // namespace

Result<CycleInput> read_new_cycle(BodyReader& body) {
  SB_TRY(input, read_cycle_fields(body));
  SB_CHECK(body.finish());
  return input;
}

Result<Versioned<CycleInput>> read_cycle_change(BodyReader& body) {
  SB_TRY(input, read_cycle_fields(body));
  SB_TRY(version, body.integer("version"));
  SB_CHECK(body.finish());
  return Versioned<CycleInput>{input, version};
}

Result<Versioned<RetrospectiveInput>> read_retrospective(BodyReader& body) {
  RetrospectiveInput input;
  SB_TRY(goal_reached, body.optional_string("goal_reached"));
  SB_TRY(helped, body.optional_string("helped"));
  SB_TRY(change, body.optional_string("change"));
  input.goal_reached = goal_reached;
  input.helped = helped.value_or("");
  input.change = change.value_or("");
  SB_TRY(goals, body.object_list("goals", 50));
  for (auto& entry : goals) {
    SB_TRY(goal_id, entry.id("goal_id"));
    SB_TRY(reached, entry.string("reached"));
    SB_TRY(continues, entry.optional_bool("continue"));
    SB_TRY(target, entry.optional_number("target"));
    SB_CHECK(entry.finish());
    input.goals.push_back({goal_id, reached, continues.value_or(false), target});
  }
  SB_TRY(next_cycle, body.optional_object("next_cycle"));
  if (next_cycle) {
    SB_TRY(cycle, read_cycle_fields(*next_cycle));
    SB_CHECK(next_cycle->finish());
    input.next_cycle = cycle;
  }
  SB_TRY(next_cycle_id, body.optional_id("next_cycle_id"));
  input.next_cycle_id = next_cycle_id;
  SB_TRY(version, body.integer("version"));
  SB_CHECK(body.finish());
  return Versioned<RetrospectiveInput>{std::move(input), version};
}

Result<GoalInput> read_new_goal(BodyReader& body) {
  SB_TRY(input, read_goal_fields(body));
  SB_CHECK(body.finish());
  return input;
}

Result<Versioned<GoalInput>> read_goal_change(BodyReader& body) {
  SB_TRY(input, read_goal_fields(body));
  SB_TRY(version, body.integer("version"));
  SB_CHECK(body.finish());
  return Versioned<GoalInput>{input, version};
}

Result<MeasurementEntry> read_measurement_entry(BodyReader& body) {
  SB_TRY(value, body.optional_number("value"));
  SB_TRY(version, body.optional_integer("version"));
  SB_CHECK(body.finish());
  if (!value) return std::unexpected(Error::required("value"));
  return MeasurementEntry{*value, version};
}

Result<NewAmbition> read_new_ambition(BodyReader& body) {
  SB_TRY(school_year, body.string("school_year"));
  SB_TRY(title, body.string("title"));
  SB_TRY(description, body.optional_string("description"));
  SB_CHECK(body.finish());
  return NewAmbition{school_year, title, description.value_or("")};
}

Result<Versioned<AmbitionInput>> read_ambition_change(BodyReader& body) {
  SB_TRY(school_year, body.optional_string("school_year"));
  SB_TRY(title, body.optional_string("title"));
  SB_TRY(description, body.optional_string("description"));
  SB_TRY(version, body.integer("version"));
  SB_CHECK(body.finish());
  return Versioned<AmbitionInput>{{school_year, title, description}, version};
}

Result<std::optional<std::int64_t>> read_session_start(BodyReader& body) {
  SB_TRY(total, body.optional_integer("total_minutes"));
  SB_CHECK(body.finish());
  return total;
}

Result<SessionChange> read_session_change(BodyReader& body) {
  SB_TRY(version, body.integer("version"));
  SB_TRY(step, body.optional_integer("step"));
  SB_TRY(attendance, body.optional_id_list("attendance"));
  SB_CHECK(body.finish());
  return SessionChange{version, step, attendance};
}

Result<SessionClose> read_session_close(BodyReader& body) {
  SB_TRY(version, body.integer("version"));
  SB_TRY(confirm_alone, body.optional_bool("confirm_alone"));
  SB_CHECK(body.finish());
  return SessionClose{version, confirm_alone.value_or(false)};
}

}  // namespace sb::api
