#include "modules/measurements/sql/sql_measurement_store.h"

namespace sb::sql {
namespace {

#define SB_MEASUREMENT_ROUND_COLUMNS                                                                     \
  "SELECT id, school_id, questionnaire_id, kind, title, opened_by, opened_at, closed_at, released FROM " \
  "measurement_rounds "

MeasurementRound round_from(const Statement& q) {
  MeasurementRound r;
  r.id = q.integer(0);
  r.school_id = q.integer(1);
  r.questionnaire_id = q.integer(2);
  r.kind = parse_measurement_kind(q.text(3)).value_or(MeasurementKind::baseline);
  r.title = q.text(4);
  r.opened_by = q.optional_integer(5).value_or(0);
  r.opened_at = q.integer(6);
  r.closed_at = q.optional_integer(7);
  r.released = q.integer(8) != 0;
  return r;
}

}  // namespace

void SqlMeasurementStore::fill_statements(Questionnaire& questionnaire) {
  auto q =
      db_.prepare("SELECT dimension, text FROM measurement_statements WHERE questionnaire_id = ? ORDER BY position");
  q.bind(1, questionnaire.id);
  while (q.step()) questionnaire.statements.push_back({q.text(0), q.text(1)});
}

std::vector<Questionnaire> SqlMeasurementStore::list_questionnaires() {
  auto q = db_.prepare("SELECT id, title, description, created_at FROM measurement_questionnaires ORDER BY id");
  std::vector<Questionnaire> out;
  while (q.step()) out.push_back({q.integer(0), q.text(1), q.text(2), {}, q.integer(3)});
  for (auto& questionnaire : out) fill_statements(questionnaire);
  return out;
}

std::optional<Questionnaire> SqlMeasurementStore::find_questionnaire(Id questionnaire_id) {
  auto q = db_.prepare("SELECT id, title, description, created_at FROM measurement_questionnaires WHERE id = ?");
  q.bind(1, questionnaire_id);
  if (!q.step()) return std::nullopt;
  Questionnaire out{q.integer(0), q.text(1), q.text(2), {}, q.integer(3)};
  fill_statements(out);
  return out;
}

std::vector<MeasurementRound> SqlMeasurementStore::rounds(Statement& query) {
  std::vector<MeasurementRound> out;
  while (query.step()) out.push_back(round_from(query));
  for (auto& round : out) {
    auto q = db_.prepare(
        "SELECT team_id, invited, answered FROM measurement_round_teams WHERE round_id = ? ORDER BY team_id");
    q.bind(1, round.id);
    while (q.step()) {
      round.teams.push_back({q.integer(0), static_cast<int>(q.integer(1)), static_cast<int>(q.integer(2)), {}});
    }
  }
  return out;
}

std::optional<MeasurementRound> SqlMeasurementStore::find_round(Id round_id) {
  auto q = db_.prepare(SB_MEASUREMENT_ROUND_COLUMNS "WHERE id = ?");
  q.bind(1, round_id);
  auto found = rounds(q);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<MeasurementRound> SqlMeasurementStore::rounds_of_school(Id school_id) {
  auto q = db_.prepare(SB_MEASUREMENT_ROUND_COLUMNS "WHERE school_id = ? ORDER BY opened_at DESC, id DESC");
  q.bind(1, school_id);
  return rounds(q);
}

std::vector<TeamCounts> SqlMeasurementStore::team_counts(Id round_id) {
  std::vector<TeamCounts> out;
  auto teams = db_.prepare("SELECT team_id, answered FROM measurement_round_teams WHERE round_id = ? ORDER BY team_id");
  teams.bind(1, round_id);
  while (teams.step()) out.push_back({teams.integer(0), static_cast<int>(teams.integer(1)), {}});
  auto q = db_.prepare(
      "SELECT team_id, statement, point, count FROM measurement_counts WHERE round_id = ? ORDER BY team_id, statement");
  q.bind(1, round_id);
  auto team = out.begin();
  while (q.step()) {
    const Id team_id = q.integer(0);
    while (team != out.end() && team->team_id < team_id) ++team;
    if (team == out.end() || team->team_id != team_id) break;
    const auto statement = static_cast<std::size_t>(q.integer(1));
    const auto point = q.integer(2);
    if (point < 1 || point > kScalePoints) continue;
    if (team->statements.size() <= statement) team->statements.resize(statement + 1, PointCounts{});
    team->statements[statement][static_cast<std::size_t>(point - 1)] = static_cast<int>(q.integer(3));
  }
  return out;
}

std::vector<PointCounts> SqlMeasurementStore::summed_counts(Id round_id) {
  auto q = db_.prepare(
      "SELECT statement, point, sum(count) FROM measurement_counts WHERE round_id = ? GROUP BY statement, point");
  q.bind(1, round_id);
  std::vector<PointCounts> out;
  while (q.step()) {
    const auto statement = static_cast<std::size_t>(q.integer(0));
    const auto point = q.integer(1);
    if (point < 1 || point > kScalePoints) continue;
    if (out.size() <= statement) out.resize(statement + 1, PointCounts{});
    out[statement][static_cast<std::size_t>(point - 1)] = static_cast<int>(q.integer(2));
  }
  return out;
}

std::optional<OpenMeasurementLink> SqlMeasurementStore::find_open_link(std::string_view token_hash) {
  auto q = db_.prepare("SELECT round_id, team_id FROM measurement_links WHERE token_hash = ?");
  q.bind(1, token_hash);
  if (!q.step()) return std::nullopt;
  return OpenMeasurementLink{q.integer(0), q.integer(1)};
}

bool SqlMeasurementStore::link_was_used(std::string_view token_hash) {
  auto q = db_.prepare("SELECT 1 FROM measurement_used_links WHERE token_hash = ?");
  q.bind(1, token_hash);
  return q.step();
}

int SqlMeasurementStore::count_open_links(Id round_id) {
  auto q = db_.prepare("SELECT count(*) FROM measurement_links WHERE round_id = ?");
  q.bind(1, round_id);
  return q.step() ? static_cast<int>(q.integer(0)) : 0;
}

Result<Id> SqlMeasurementStore::insert_questionnaire(const Questionnaire& questionnaire) {
  auto q = db_.prepare("INSERT INTO measurement_questionnaires (title, description, created_at) VALUES (?, ?, ?)");
  q.bind(1, questionnaire.title).bind(2, questionnaire.description).bind(3, questionnaire.created_at);
  SB_TRY(id, insert_returning_id(q, "title"));
  for (std::size_t i = 0; i < questionnaire.statements.size(); ++i) {
    auto s = db_.prepare(
        "INSERT INTO measurement_statements (questionnaire_id, position, dimension, text) VALUES (?, ?, ?, ?)");
    s.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, questionnaire.statements[i].dimension);
    s.bind(4, questionnaire.statements[i].text);
    SB_CHECK(s.run());
  }
  return id;
}

Result<Id> SqlMeasurementStore::insert_round(const MeasurementRound& round) {
  auto q = db_.prepare(
      "INSERT INTO measurement_rounds (school_id, questionnaire_id, kind, title, opened_by, opened_at, closed_at, "
      "released) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, round.school_id).bind(2, round.questionnaire_id).bind(3, to_string(round.kind)).bind(4, round.title);
  if (round.opened_by)
    q.bind(5, round.opened_by);
  else
    q.bind_null(5);
  q.bind(6, round.opened_at).bind(7, round.closed_at).bind(8, std::int64_t{round.released ? 1 : 0});
  SB_TRY(id, insert_returning_id(q, "round"));
  for (const auto& team : round.teams) {
    auto t = db_.prepare("INSERT INTO measurement_round_teams (round_id, team_id, invited) VALUES (?, ?, ?)");
    t.bind(1, id).bind(2, team.team_id).bind(3, std::int64_t{team.invited});
    SB_CHECK(t.run());
  }
  return id;
}

Result<void> SqlMeasurementStore::insert_link(Id round_id, Id team_id, std::string_view token_hash) {
  auto q = db_.prepare("INSERT INTO measurement_links (token_hash, round_id, team_id) VALUES (?, ?, ?)");
  q.bind(1, token_hash).bind(2, round_id).bind(3, team_id);
  return q.run();
}

Result<OpenMeasurementLink> SqlMeasurementStore::record_answers(std::string_view token_hash,
                                                                const MeasurementAnswers& answers) {
  auto link = find_open_link(token_hash);
  if (!link) return std::unexpected(Error::not_found("This link is not known."));
  auto remove = db_.prepare("DELETE FROM measurement_links WHERE token_hash = ?");
  remove.bind(1, token_hash);
  SB_CHECK(remove.run());
  auto used = db_.prepare("INSERT INTO measurement_used_links (token_hash) VALUES (?)");
  used.bind(1, token_hash);
  SB_CHECK(used.run());
  for (std::size_t s = 0; s < answers.size(); ++s) {
    auto count = db_.prepare(
        "INSERT INTO measurement_counts (round_id, team_id, statement, point, count) VALUES (?, ?, ?, ?, 1) "
        // Qualified: PostgreSQL finds a bare `count` ambiguous (the row or excluded); SQLite accepts both.
        "ON CONFLICT (round_id, team_id, statement, point) DO UPDATE SET count = measurement_counts.count + 1");
    count.bind(1, link->round_id).bind(2, link->team_id).bind(3, static_cast<std::int64_t>(s));
    count.bind(4, std::int64_t{answers[s]});
    SB_CHECK(count.run());
  }
  auto answered =
      db_.prepare("UPDATE measurement_round_teams SET answered = answered + 1 WHERE round_id = ? AND team_id = ?");
  answered.bind(1, link->round_id).bind(2, link->team_id);
  SB_CHECK(answered.run());
  return *link;
}

Result<void> SqlMeasurementStore::close_round(Id round_id, UnixTime at) {
  auto q = db_.prepare("UPDATE measurement_rounds SET closed_at = ? WHERE id = ? AND closed_at IS NULL");
  q.bind(1, at).bind(2, round_id);
  return q.run();
}

Result<void> SqlMeasurementStore::set_released(Id round_id, bool released) {
  auto q = db_.prepare("UPDATE measurement_rounds SET released = ? WHERE id = ?");
  q.bind(1, std::int64_t{released ? 1 : 0}).bind(2, round_id);
  return q.run();
}

}  // namespace sb::sql
