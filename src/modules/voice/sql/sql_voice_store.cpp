#include "modules/voice/sql/sql_voice_store.h"

#include "storage/sql/rhythm_rows.h"

namespace sb::sql {
namespace {

#define SB_ROUND_COLUMNS                                                                                         \
  "SELECT id, school_id, team_id, owner_id, title, level, code, class_size, min_answers, opened_at, closes_at, " \
  "closed_at, keep_until, shared, answers, lesson_design_id FROM voice_rounds "

VoiceRound round_from(const Statement& q) {
  VoiceRound r;
  r.id = q.integer(0);
  r.school_id = q.integer(1);
  r.team_id = q.integer(2);
  r.owner_id = q.integer(3);
  r.title = q.text(4);
  r.level = parse_level(q.text(5)).value_or(Level::vo);
  r.code = q.text(6);
  r.class_size = static_cast<int>(q.integer(7));
  r.min_answers = static_cast<int>(q.integer(8));
  r.opened_at = q.integer(9);
  r.closes_at = q.integer(10);
  r.closed_at = q.optional_integer(11);
  r.keep_until = q.integer(12);
  r.shared = q.integer(13) != 0;
  r.answers = static_cast<int>(q.integer(14));
  r.lesson_design_id = q.optional_integer(15);
  return r;
}

}  // namespace

void SqlVoiceStore::fill(VoiceRound& round) {
  auto q = db_.prepare("SELECT kind, text FROM voice_questions WHERE round_id = ? ORDER BY position");
  q.bind(1, round.id);
  while (q.step()) round.questions.push_back({parse_question_kind(q.text(0)).value_or(QuestionKind::open), q.text(1)});
  auto w = db_.prepare("SELECT word FROM voice_hidden_words WHERE round_id = ? ORDER BY position");
  w.bind(1, round.id);
  while (w.step()) round.hidden_words.push_back(w.text(0));
}

std::vector<VoiceRound> SqlVoiceStore::rounds(Statement& query) {
  std::vector<VoiceRound> out;
  while (query.step()) out.push_back(round_from(query));
  for (auto& round : out) fill(round);
  return out;
}

std::optional<VoiceRound> SqlVoiceStore::find_round(Id round_id) {
  auto q = db_.prepare(SB_ROUND_COLUMNS "WHERE id = ?");
  q.bind(1, round_id);
  auto found = rounds(q);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<VoiceRound> SqlVoiceStore::open_round_with_code(std::string_view code, UnixTime now) {
  auto q = db_.prepare(SB_ROUND_COLUMNS "WHERE code = ? AND closes_at > ? AND closed_at IS NULL");
  q.bind(1, code).bind(2, now);
  auto found = rounds(q);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<VoiceRound> SqlVoiceStore::rounds_of(Id owner_id, Id team_id) {
  auto q = db_.prepare(SB_ROUND_COLUMNS "WHERE owner_id = ? AND team_id = ? ORDER BY opened_at DESC, id DESC");
  q.bind(1, owner_id).bind(2, team_id);
  return rounds(q);
}

std::vector<VoiceRound> SqlVoiceStore::rounds_of_lesson_design(Id design_id) {
  auto q = db_.prepare(SB_ROUND_COLUMNS "WHERE lesson_design_id = ? ORDER BY opened_at DESC, id DESC");
  q.bind(1, design_id);
  return rounds(q);
}

std::vector<VoiceRound> SqlVoiceStore::shared_rounds(Id school_id) {
  auto q = db_.prepare(SB_ROUND_COLUMNS "WHERE school_id = ? AND shared = 1 ORDER BY opened_at DESC, id DESC");
  q.bind(1, school_id);
  return rounds(q);
}

std::vector<TeamRounds> SqlVoiceStore::rounds_per_team(Id school_id) {
  auto q =
      db_.prepare("SELECT team_id, count(*) FROM voice_rounds WHERE school_id = ? GROUP BY team_id ORDER BY team_id");
  q.bind(1, school_id);
  std::vector<TeamRounds> out;
  while (q.step()) out.push_back({q.integer(0), static_cast<int>(q.integer(1)), {}});
  return out;
}

std::vector<std::vector<Answer>> SqlVoiceStore::responses(Id round_id) {
  auto q = db_.prepare(
      "SELECT a.response_id, a.question, a.value, a.text FROM voice_responses r "
      "JOIN voice_answers a ON a.response_id = r.id WHERE r.round_id = ? ORDER BY a.response_id, a.question");
  q.bind(1, round_id);
  std::vector<std::vector<Answer>> out;
  Id current = 0;
  while (q.step()) {
    if (out.empty() || q.integer(0) != current) {
      current = q.integer(0);
      out.emplace_back();
    }
    auto value = q.optional_integer(2);
    out.back().push_back({static_cast<int>(q.integer(1)),
                          value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt,
                          q.is_null(3) ? std::string() : q.text(3)});
  }
  return out;
}

Result<Id> SqlVoiceStore::insert_round(const VoiceRound& round) {
  auto q = db_.prepare(
      "INSERT INTO voice_rounds (school_id, team_id, owner_id, title, level, code, class_size, min_answers, opened_at, "
      "closes_at, closed_at, keep_until, shared, lesson_design_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, round.school_id).bind(2, round.team_id).bind(3, round.owner_id).bind(4, round.title);
  q.bind(5, to_string(round.level)).bind(6, round.code).bind(7, std::int64_t{round.class_size});
  q.bind(8, std::int64_t{round.min_answers}).bind(9, round.opened_at).bind(10, round.closes_at);
  q.bind(11, round.closed_at).bind(12, round.keep_until).bind(13, std::int64_t{round.shared ? 1 : 0});
  q.bind(14, round.lesson_design_id);
  SB_TRY(id, insert_returning_id(q, "round"));
  for (std::size_t i = 0; i < round.questions.size(); ++i) {
    auto question = db_.prepare("INSERT INTO voice_questions (round_id, position, kind, text) VALUES (?, ?, ?, ?)");
    question.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, to_string(round.questions[i].kind));
    question.bind(4, round.questions[i].text);
    SB_CHECK(question.run());
  }
  SB_CHECK(set_hidden_words(id, round.hidden_words));
  return id;
}

Result<void> SqlVoiceStore::close_round(Id round_id, UnixTime at) {
  auto q = db_.prepare("UPDATE voice_rounds SET closed_at = ? WHERE id = ? AND closed_at IS NULL");
  q.bind(1, at).bind(2, round_id);
  return q.run();
}

Result<void> SqlVoiceStore::delete_round(Id round_id) {
  auto q = db_.prepare("DELETE FROM voice_rounds WHERE id = ?");
  q.bind(1, round_id);
  return q.run();
}

Result<void> SqlVoiceStore::set_shared(Id round_id, bool shared) {
  auto q = db_.prepare("UPDATE voice_rounds SET shared = ? WHERE id = ?");
  q.bind(1, std::int64_t{shared ? 1 : 0}).bind(2, round_id);
  return q.run();
}

Result<void> SqlVoiceStore::set_hidden_words(Id round_id, const std::vector<std::string>& words) {
  auto clear = db_.prepare("DELETE FROM voice_hidden_words WHERE round_id = ?");
  clear.bind(1, round_id);
  SB_CHECK(clear.run());
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto q = db_.prepare("INSERT INTO voice_hidden_words (round_id, position, word) VALUES (?, ?, ?)");
    q.bind(1, round_id).bind(2, static_cast<std::int64_t>(i)).bind(3, words[i]);
    SB_CHECK(q.run());
  }
  return ok();
}

Result<void> SqlVoiceStore::insert_response(Id round_id, std::string_view device_hash,
                                            const std::vector<Answer>& answers) {
  auto q = db_.prepare("INSERT INTO voice_responses (round_id, device_hash) VALUES (?, ?)");
  q.bind(1, round_id).bind(2, device_hash);
  auto id = insert_returning_id(q, "device_token");
  if (!id) {
    if (id.error().code == ErrorCode::already_exists) {
      return std::unexpected(
          Error{ErrorCode::already_exists, "This device answered this round already.", "device_token"});
    }
    return std::unexpected(id.error());
  }
  for (const auto& answer : answers) {
    auto a = db_.prepare("INSERT INTO voice_answers (response_id, question, value, text) VALUES (?, ?, ?, ?)");
    a.bind(1, *id).bind(2, std::int64_t{answer.question});
    if (answer.value)
      a.bind(3, std::int64_t{*answer.value});
    else
      a.bind_null(3);
    if (answer.value)
      a.bind_null(4);
    else
      a.bind(4, answer.text);
    SB_CHECK(a.run());
  }
  auto count = db_.prepare("UPDATE voice_rounds SET answers = answers + 1 WHERE id = ?");
  count.bind(1, round_id);
  return count.run();
}

Result<int> SqlVoiceStore::delete_rounds_kept_until(UnixTime now) {
  auto q = db_.prepare("DELETE FROM voice_rounds WHERE keep_until <= ?");
  q.bind(1, now);
  SB_CHECK(q.run());
  return db_.changes();
}

std::vector<RhythmSignal> SqlVoiceStore::count_rounds_by_week(const RhythmQuery& query) {
  const auto range = week_range(query);
  if (!range) return {};
  auto rounds = db_.prepare(
      "SELECT team_id, opened_at FROM voice_rounds "
      "WHERE team_id IN (SELECT value FROM json_each(?1)) AND opened_at >= ?2 AND opened_at < ?3");
  rounds.bind(1, json_id_array(query.team_ids)).bind(2, range->from).bind(3, range->to);
  return count_by_week(rounds, *range, "voice_round");
}

}  // namespace sb::sql
