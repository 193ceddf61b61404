#include "modules/lessons/sql/sql_lesson_store.h"

#include <boost/json.hpp>

#include "storage/sql/rhythm_rows.h"

namespace sb::sql {
namespace {

namespace json = boost::json;

// ---- lists as JSON arrays ----

std::string encode(const std::vector<std::string>& texts) {
  json::array out;
  for (const auto& text : texts) out.emplace_back(text);
  return json::serialize(out);
}

std::string encode(const std::vector<LessonPhase>& phases) {
  json::array out;
  for (const auto& p : phases)
    out.push_back(json::object{{"title", p.title}, {"minutes", p.minutes}, {"description", p.description}});
  return json::serialize(out);
}

std::string encode(const std::vector<MaterialLink>& links) {
  json::array out;
  for (const auto& l : links) out.push_back(json::object{{"title", l.title}, {"url", l.url}});
  return json::serialize(out);
}

std::string encode(const std::vector<CriterionNote>& notes) {
  json::array out;
  for (const auto& n : notes) {
    out.push_back(json::object{{"criterion", n.criterion},
                               {"notes", n.notes},
                               {"rating", n.rating ? json::value(*n.rating) : json::value(nullptr)}});
  }
  return json::serialize(out);
}

// The store wrote these arrays itself; a row that does not parse (a damaged file) reads as empty.
json::array array_of(const std::string& text) {
  boost::system::error_code error;
  auto value = json::parse(text, error);
  if (error || !value.is_array()) return {};
  return value.as_array();
}

std::string text_at(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::optional<int> int_at(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (!v || !v->is_int64()) return std::nullopt;
  return static_cast<int>(v->as_int64());
}

std::vector<std::string> texts_from(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& v : array_of(text)) {
    if (v.is_string()) out.emplace_back(v.as_string());
  }
  return out;
}

std::vector<LessonPhase> phases_from(const std::string& text) {
  std::vector<LessonPhase> out;
  for (const auto& v : array_of(text)) {
    if (!v.is_object()) continue;
    const auto& o = v.as_object();
    out.push_back({text_at(o, "title"), int_at(o, "minutes").value_or(0), text_at(o, "description")});
  }
  return out;
}

std::vector<MaterialLink> links_from(const std::string& text) {
  std::vector<MaterialLink> out;
  for (const auto& v : array_of(text)) {
    if (v.is_object()) out.push_back({text_at(v.as_object(), "title"), text_at(v.as_object(), "url")});
  }
  return out;
}

std::vector<CriterionNote> notes_from(const std::string& text) {
  std::vector<CriterionNote> out;
  for (const auto& v : array_of(text)) {
    if (!v.is_object()) continue;
    const auto& o = v.as_object();
    out.push_back({text_at(o, "criterion"), text_at(o, "notes"), int_at(o, "rating")});
  }
  return out;
}

// ---- rows ----

constexpr const char* kContentColumns =
    "v.title, v.lesson_goal, v.criteria, v.phases, v.group_name, v.subject, v.planned_on, v.links, v.status";

DesignContent content_from(const Statement& q, int at) {
  DesignContent c;
  c.title = q.text(at);
  c.lesson_goal = q.text(at + 1);
  c.criteria = texts_from(q.text(at + 2));
  c.phases = phases_from(q.text(at + 3));
  c.group_name = q.text(at + 4);
  c.subject = q.text(at + 5);
  if (!q.is_null(at + 6)) c.planned_on = q.text(at + 6);
  c.links = links_from(q.text(at + 7));
  c.status = parse_design_status(q.text(at + 8)).value_or(DesignStatus::draft);
  return c;
}

const std::string kDesignSelect = std::string(
                                      "SELECT d.id, d.team_id, d.goal_id, d.created_by, d.created_at, d.version, "
                                      "v.saved_by, v.saved_at, u.name, ") +
                                  kContentColumns +
                                  " FROM lesson_designs d JOIN lesson_design_versions v ON v.design_id = d.id AND "
                                  "v.version = d.version JOIN users u ON u.id = v.saved_by ";

LessonDesign design_from(const Statement& q) {
  LessonDesign d;
  d.id = q.integer(0);
  d.team_id = q.integer(1);
  d.goal_id = q.integer(2);
  d.created_by = q.integer(3);
  d.created_at = q.integer(4);
  d.version = q.integer(5);
  d.updated_by = q.integer(6);
  d.updated_at = q.integer(7);
  d.updated_by_name = q.text(8);
  d.content = content_from(q, 9);
  return d;
}

const std::string kVersionSelect = std::string("SELECT v.design_id, v.version, v.saved_by, u.name, v.saved_at, ") +
                                   kContentColumns +
                                   " FROM lesson_design_versions v JOIN users u ON u.id = v.saved_by ";

DesignVersion version_from(const Statement& q) {
  DesignVersion v;
  v.design_id = q.integer(0);
  v.version = q.integer(1);
  v.saved_by = q.integer(2);
  v.saved_by_name = q.text(3);
  v.saved_at = q.integer(4);
  v.content = content_from(q, 5);
  return v;
}

const std::string kVisitSelect =
    "SELECT x.id, x.design_id, x.team_id, x.teacher_id, x.visitor_id, t.name, s.name, v.title, x.group_name, "
    "x.starts_at, x.minutes, x.location, x.status, x.shared, x.board_item_id, x.planned_by, x.created_at, x.version "
    "FROM lesson_visits x JOIN users t ON t.id = x.teacher_id JOIN users s ON s.id = x.visitor_id "
    "JOIN lesson_designs d ON d.id = x.design_id "
    "JOIN lesson_design_versions v ON v.design_id = d.id AND v.version = d.version ";

LessonVisitStatus visit_status_from(const std::string& text) {
  if (text == "held") return LessonVisitStatus::held;
  if (text == "reflected") return LessonVisitStatus::reflected;
  return LessonVisitStatus::planned;
}

LessonVisit visit_from(const Statement& q) {
  LessonVisit v;
  v.id = q.integer(0);
  v.design_id = q.integer(1);
  v.team_id = q.integer(2);
  v.teacher_id = q.integer(3);
  v.visitor_id = q.integer(4);
  v.teacher_name = q.text(5);
  v.visitor_name = q.text(6);
  v.design_title = q.text(7);
  v.group_name = q.text(8);
  v.starts_at = q.integer(9);
  v.minutes = static_cast<int>(q.integer(10));
  v.location = q.text(11);
  v.status = visit_status_from(q.text(12));
  v.shared_with_leadership = q.integer(13) != 0;
  v.board_item_id = q.optional_integer(14);
  v.planned_by = q.integer(15);
  v.created_at = q.integer(16);
  v.version = q.integer(17);
  return v;
}

}  // namespace

void SqlLessonStore::fill_authors(LessonDesign& design) {
  auto q = db_.prepare(
      "SELECT a.user_id, u.name FROM lesson_design_authors a JOIN users u ON u.id = a.user_id WHERE a.design_id = ? "
      "ORDER BY u.name, a.user_id");
  q.bind(1, design.id);
  while (q.step()) {
    design.author_ids.push_back(q.integer(0));
    design.author_names.push_back(q.text(1));
  }
}

std::vector<LessonDesign> SqlLessonStore::designs_where(const char* where, Id id) {
  auto q = db_.prepare((kDesignSelect + where + " ORDER BY d.id").c_str());
  q.bind(1, id);
  std::vector<LessonDesign> out;
  while (q.step()) out.push_back(design_from(q));
  for (auto& design : out) fill_authors(design);
  return out;
}

std::optional<LessonDesign> SqlLessonStore::find_design(Id id) {
  auto found = designs_where("WHERE d.id = ?", id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<LessonDesign> SqlLessonStore::list_designs(Id team_id) {
  return designs_where("WHERE d.team_id = ?", team_id);
}

std::vector<LessonDesign> SqlLessonStore::list_designs_of_goal(Id goal_id) {
  return designs_where("WHERE d.goal_id = ?", goal_id);
}

std::optional<DesignVersion> SqlLessonStore::find_design_version(Id design_id, std::int64_t version) {
  auto q = db_.prepare((kVersionSelect + "WHERE v.design_id = ? AND v.version = ?").c_str());
  q.bind(1, design_id).bind(2, version);
  if (!q.step()) return std::nullopt;
  return version_from(q);
}

std::vector<DesignVersion> SqlLessonStore::list_design_versions(Id design_id) {
  auto q = db_.prepare((kVersionSelect + "WHERE v.design_id = ? ORDER BY v.version DESC").c_str());
  q.bind(1, design_id);
  std::vector<DesignVersion> out;
  while (q.step()) out.push_back(version_from(q));
  return out;
}

std::vector<DesignComment> SqlLessonStore::list_comments(Id design_id) {
  auto q = db_.prepare(
      "SELECT c.id, c.design_id, c.part, c.body, c.author_id, u.name, c.created_at FROM lesson_design_comments c "
      "JOIN users u ON u.id = c.author_id WHERE c.design_id = ? ORDER BY c.id");
  q.bind(1, design_id);
  std::vector<DesignComment> out;
  while (q.step()) {
    out.push_back({q.integer(0), q.integer(1), q.text(2), q.text(3), q.integer(4), q.text(5), q.integer(6)});
  }
  return out;
}

std::vector<LessonVisit> SqlLessonStore::visits_where(const char* where, Id id, std::optional<Id> to) {
  auto q = db_.prepare((kVisitSelect + where + " ORDER BY x.starts_at, x.id").c_str());
  q.bind(1, id);
  if (to) q.bind(2, *to);
  std::vector<LessonVisit> out;
  while (q.step()) out.push_back(visit_from(q));
  return out;
}

std::optional<LessonVisit> SqlLessonStore::find_visit(Id id) {
  auto found = visits_where("WHERE x.id = ?1", id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<LessonVisit> SqlLessonStore::list_visits_of_team(Id team_id) {
  return visits_where("WHERE x.team_id = ?1", team_id);
}

std::vector<LessonVisit> SqlLessonStore::list_visits_of_design(Id design_id) {
  return visits_where("WHERE x.design_id = ?1", design_id);
}

std::vector<LessonVisit> SqlLessonStore::list_visits_of_person(Id user_id) {
  return visits_where("WHERE x.teacher_id = ?1 OR x.visitor_id = ?1", user_id);
}

std::vector<LessonVisit> SqlLessonStore::list_visits_starting(UnixTime from, UnixTime to) {
  return visits_where("WHERE x.starts_at >= ?1 AND x.starts_at < ?2", from, to);
}

std::optional<Observation> SqlLessonStore::find_observation(Id visit_id) {
  auto q = db_.prepare(
      "SELECT visit_id, criteria, notes, client_key, client_seq, updated_at FROM lesson_observations WHERE visit_id = "
      "?");
  q.bind(1, visit_id);
  if (!q.step()) return std::nullopt;
  Observation o;
  o.visit_id = q.integer(0);
  o.criteria = notes_from(q.text(1));
  o.notes = q.text(2);
  o.client_key = q.text(3);
  o.client_seq = q.integer(4);
  o.updated_at = q.integer(5);
  return o;
}

std::optional<Reflection> SqlLessonStore::find_reflection(Id visit_id) {
  auto q = db_.prepare(
      "SELECT visit_id, students_did, criteria_met, change_next, conclusion, conclusion_kind, concluded_at, "
      "updated_by, "
      "updated_at, version FROM lesson_reflections WHERE visit_id = ?");
  q.bind(1, visit_id);
  if (!q.step()) return std::nullopt;
  Reflection r;
  r.visit_id = q.integer(0);
  r.students_did = q.text(1);
  r.criteria_met = q.text(2);
  r.change_next = q.text(3);
  r.conclusion = q.text(4);
  if (!q.is_null(5)) r.conclusion_kind = parse_conclusion_kind(q.text(5));
  r.concluded_at = q.integer(6);
  r.updated_by = q.integer(7);
  r.updated_at = q.integer(8);
  r.version = q.integer(9);
  return r;
}

LessonCounts SqlLessonStore::count_lessons(Id team_id) {
  auto q = db_.prepare(
      "SELECT (SELECT count(*) FROM lesson_designs WHERE team_id = ?1), "
      "(SELECT count(*) FROM lesson_visits WHERE team_id = ?1 AND status = 'planned'), "
      "(SELECT count(*) FROM lesson_visits WHERE team_id = ?1 AND status <> 'planned'), "
      "(SELECT count(*) FROM lesson_reflections r JOIN lesson_visits x ON x.id = r.visit_id "
      " WHERE x.team_id = ?1 AND r.concluded_at > 0)");
  q.bind(1, team_id);
  LessonCounts counts;
  counts.team_id = team_id;
  if (q.step()) {
    counts.designs = q.integer(0);
    counts.visits_planned = q.integer(1);
    counts.visits_held = q.integer(2);
    counts.reflections_done = q.integer(3);
  }
  return counts;
}

bool SqlLessonStore::reminder_sent(Id visit_id) {
  auto q = db_.prepare("SELECT 1 FROM lesson_visit_reminders WHERE visit_id = ?");
  q.bind(1, visit_id);
  return q.step();
}

Result<void> SqlLessonStore::insert_version(Id design_id, std::int64_t version, const DesignContent& c, Id by,
                                            UnixTime at) {
  auto q = db_.prepare(
      "INSERT INTO lesson_design_versions (design_id, version, title, lesson_goal, criteria, phases, group_name, "
      "subject, planned_on, links, status, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, design_id).bind(2, version).bind(3, c.title).bind(4, c.lesson_goal).bind(5, encode(c.criteria));
  q.bind(6, encode(c.phases)).bind(7, c.group_name).bind(8, c.subject);
  if (c.planned_on)
    q.bind(9, *c.planned_on);
  else
    q.bind_null(9);
  q.bind(10, encode(c.links)).bind(11, to_string(c.status)).bind(12, by).bind(13, at);
  return insert(q, "version");
}

Result<void> SqlLessonStore::write_authors(Id design_id, const std::vector<Id>& author_ids) {
  auto clear = db_.prepare("DELETE FROM lesson_design_authors WHERE design_id = ?");
  clear.bind(1, design_id);
  SB_CHECK(clear.run());
  for (auto user_id : author_ids) {
    auto q = db_.prepare("INSERT INTO lesson_design_authors (design_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
    q.bind(1, design_id).bind(2, user_id);
    SB_CHECK(q.run());
  }
  return ok();
}

Result<Id> SqlLessonStore::insert_design(const LessonDesign& d) {
  auto q = db_.prepare(
      "INSERT INTO lesson_designs (team_id, goal_id, created_by, created_at, version) VALUES (?, ?, ?, ?, 1)");
  q.bind(1, d.team_id).bind(2, d.goal_id).bind(3, d.created_by).bind(4, d.created_at);
  SB_TRY(id, insert_returning_id(q, ""));
  SB_CHECK(insert_version(id, 1, d.content, d.created_by, d.created_at));
  SB_CHECK(write_authors(id, d.author_ids));
  return id;
}

Result<void> SqlLessonStore::update_design(const LessonDesign& d, std::int64_t expected_version) {
  auto q = db_.prepare("UPDATE lesson_designs SET goal_id = ?, version = version + 1 WHERE id = ? AND version = ?");
  q.bind(1, d.goal_id).bind(2, d.id).bind(3, expected_version);
  SB_CHECK(versioned(q.run(), "SELECT 1 FROM lesson_designs WHERE id = ?", d.id, "lesson design"));
  SB_CHECK(insert_version(d.id, expected_version + 1, d.content, d.updated_by, d.updated_at));
  return write_authors(d.id, d.author_ids);
}

Result<Id> SqlLessonStore::insert_comment(const DesignComment& c) {
  auto q = db_.prepare(
      "INSERT INTO lesson_design_comments (design_id, part, body, author_id, created_at) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, c.design_id).bind(2, c.part).bind(3, c.body).bind(4, c.author_id).bind(5, c.created_at);
  return insert_returning_id(q, "");
}

Result<Id> SqlLessonStore::insert_visit(const LessonVisit& v) {
  auto q = db_.prepare(
      "INSERT INTO lesson_visits (design_id, team_id, teacher_id, visitor_id, group_name, starts_at, minutes, "
      "location, "
      "status, shared, board_item_id, planned_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "1)");
  q.bind(1, v.design_id).bind(2, v.team_id).bind(3, v.teacher_id).bind(4, v.visitor_id).bind(5, v.group_name);
  q.bind(6, v.starts_at).bind(7, std::int64_t{v.minutes}).bind(8, v.location).bind(9, to_string(v.status));
  q.bind(10, std::int64_t{v.shared_with_leadership ? 1 : 0}).bind(11, v.board_item_id).bind(12, v.planned_by);
  q.bind(13, v.created_at);
  return insert_returning_id(q, "");
}

Result<void> SqlLessonStore::update_visit(const LessonVisit& v, std::int64_t expected_version) {
  auto q = db_.prepare(
      "UPDATE lesson_visits SET status = ?, shared = ?, board_item_id = ?, version = version + 1 "
      "WHERE id = ? AND version = ?");
  q.bind(1, to_string(v.status)).bind(2, std::int64_t{v.shared_with_leadership ? 1 : 0}).bind(3, v.board_item_id);
  q.bind(4, v.id).bind(5, expected_version);
  return versioned(q.run(), "SELECT 1 FROM lesson_visits WHERE id = ?", v.id, "lesson visit");
}

Result<void> SqlLessonStore::save_observation(const Observation& o) {
  auto q = db_.prepare(
      "INSERT INTO lesson_observations (visit_id, criteria, notes, client_key, client_seq, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (visit_id) DO UPDATE SET criteria = excluded.criteria, "
      "notes = excluded.notes, client_key = excluded.client_key, client_seq = excluded.client_seq, "
      "updated_at = excluded.updated_at");
  q.bind(1, o.visit_id).bind(2, encode(o.criteria)).bind(3, o.notes).bind(4, o.client_key).bind(5, o.client_seq);
  q.bind(6, o.updated_at);
  return q.run();
}

Result<void> SqlLessonStore::save_reflection(const Reflection& r, std::int64_t expected_version) {
  if (expected_version == 0) {
    auto q = db_.prepare(
        "INSERT INTO lesson_reflections (visit_id, students_did, criteria_met, change_next, conclusion, "
        "conclusion_kind, concluded_at, updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
    q.bind(1, r.visit_id).bind(2, r.students_did).bind(3, r.criteria_met).bind(4, r.change_next).bind(5, r.conclusion);
    if (r.conclusion_kind)
      q.bind(6, to_string(*r.conclusion_kind));
    else
      q.bind_null(6);
    q.bind(7, r.concluded_at).bind(8, r.updated_by).bind(9, r.updated_at);
    auto inserted = insert(q, "version");
    if (!inserted && inserted.error().code == ErrorCode::already_exists) {
      return std::unexpected(Error{ErrorCode::conflict, "Someone else changed this reflection first.", "version"});
    }
    return inserted;
  }
  auto q = db_.prepare(
      "UPDATE lesson_reflections SET students_did = ?, criteria_met = ?, change_next = ?, conclusion = ?, "
      "conclusion_kind = ?, concluded_at = ?, updated_by = ?, updated_at = ?, version = version + 1 "
      "WHERE visit_id = ? AND version = ?");
  q.bind(1, r.students_did).bind(2, r.criteria_met).bind(3, r.change_next).bind(4, r.conclusion);
  if (r.conclusion_kind)
    q.bind(5, to_string(*r.conclusion_kind));
  else
    q.bind_null(5);
  q.bind(6, r.concluded_at).bind(7, r.updated_by).bind(8, r.updated_at).bind(9, r.visit_id).bind(10, expected_version);
  return versioned(q.run(), "SELECT 1 FROM lesson_reflections WHERE visit_id = ?", r.visit_id, "reflection");
}

Result<void> SqlLessonStore::mark_reminder_sent(Id visit_id, UnixTime at) {
  auto q = db_.prepare("INSERT INTO lesson_visit_reminders (visit_id, sent_at) VALUES (?, ?)");
  q.bind(1, visit_id).bind(2, at);
  return insert(q, "visit_id");
}

std::vector<RhythmSignal> SqlLessonStore::count_lesson_work_by_week(const RhythmQuery& query) {
  const auto range = week_range(query);
  if (!range) return {};
  const std::string teams = json_id_array(query.team_ids);
  auto designs = db_.prepare(
      "SELECT team_id, created_at FROM lesson_designs "
      "WHERE team_id IN (SELECT value FROM json_each(?1)) AND created_at >= ?2 AND created_at < ?3");
  designs.bind(1, teams).bind(2, range->from).bind(3, range->to);
  auto out = count_by_week(designs, *range, "lesson_design");
  auto visits = db_.prepare(
      "SELECT team_id, starts_at FROM lesson_visits "
      "WHERE team_id IN (SELECT value FROM json_each(?1)) AND starts_at >= ?2 AND starts_at < ?3 "
      "  AND status IN ('held', 'reflected')");
  visits.bind(1, teams).bind(2, range->from).bind(3, range->to);
  auto held = count_by_week(visits, *range, "lesson_visit");
  out.insert(out.end(), held.begin(), held.end());
  return out;
}

}  // namespace sb::sql
