#include "modules/voice/core/rounds.h"

#include <algorithm>
#include <functional>

#include "modules/lessons/core/store.h"
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/core/store.h"
#include "kernel/access_codes.h"
#include "modules/voice/core/limits.h"
#include "modules/voice/core/store.h"
#include "modules/voice/core/templates.h"

namespace sb {
namespace {

Error no_round() { return Error::not_found("No such round."); }

Error wrong_code() { return Error::not_found("No open round has this code."); }

Error too_many(UnixTime wait) {
  return Error{ErrorCode::resource_exhausted, "Too many attempts. Try again later.", "retry_after:" + std::to_string(wait)};
}

// The caller's own round, read in `tx`; another's answers as a missing one.
template <class Tx>
Result<VoiceRound> own_round(Tx& tx, const Principal& who, Id round_id) {
  auto round = voice(tx).find_round(round_id);
  if (!round || round->owner_id != who.user.id) return std::unexpected(no_round());
  return *round;
}

// A fresh code that no open round holds.
Result<std::string> draw_code(Services& s, WriteTx& tx, UnixTime now) {
  for (int attempt = 0; attempt < 8; ++attempt) {
    auto code = code_from_random(std::hash<std::string>{}(s.secrets.new_token()));
    if (!voice(tx).open_round_with_code(code, now)) return code;
  }
  return std::unexpected(Error::internal("Could not draw a free round code."));
}

// The device token's hash, scoped to the round, so one device's answers to two rounds cannot be linked.
std::string device_hash(Services& s, Id round_id, std::string_view token) {
  return s.secrets.hash_token("voice-round-" + std::to_string(round_id) + ":" + std::string(token));
}

// The rate limits of a student request for `code` from `address` (see limits.h).
Result<void> check_limits(Services& s, const std::string& code, std::string_view address, UnixTime now) {
  auto& limits = s.modules.get<VoiceLimits>();
  const std::string address_key = "address:" + std::string(address);
  if (auto wait = limits.wait(address_key, kFailedLookupsPerAddress, kFailedLookupWindow, now)) {
    return std::unexpected(too_many(wait));
  }
  const std::string code_key = "code:" + code;
  if (auto wait = limits.wait(code_key, kRequestsPerCode, kCodeWindow, now)) return std::unexpected(too_many(wait));
  limits.count(code_key, kCodeWindow, now);
  return ok();
}

void count_failure(Services& s, std::string_view address, UnixTime now) {
  s.modules.get<VoiceLimits>().count("address:" + std::string(address), kFailedLookupWindow, now);
}

// The open round a student's code names, after the rate limits; a failed look-up counts against the address.
template <class Tx>
Result<VoiceRound> round_for_student(Services& s, Tx& tx, std::string_view typed_code, std::string_view address,
                                UnixTime now) {
  const auto code = normalise_code(typed_code);
  if (!code) {
    count_failure(s, address, now);
    return std::unexpected(wrong_code());
  }
  SB_CHECK(check_limits(s, *code, address, now));
  auto round = voice(tx).open_round_with_code(*code, now);
  if (!round) {
    count_failure(s, address, now);
    return std::unexpected(wrong_code());
  }
  return *round;
}

}  // namespace

Result<Scope> scope_of_round(ReadTx& tx, Id round_id) {
  auto round = voice(tx).find_round(round_id);
  if (!round) return std::unexpected(no_round());
  return scope_of_team(tx, round->team_id);
}

namespace {

// The lesson design a round asks about, read through the lessons module's core (voice → lessons, never back):
// it must be a design of the round's team.
Result<LessonDesign> design_for_round(ReadTx& tx, Id team_id, Id design_id) {
  auto design = lessons(tx).find_design(design_id);
  if (!design || design->team_id != team_id) {
    return std::unexpected(Error{ErrorCode::not_found, "No such lesson design in this team.", "lesson_design_id"});
  }
  return *design;
}

// The input as the rules check it: with the design's success criteria as questions when the teacher chose so.
Result<NewRound> with_design(Services& s, const Principal& who, Id team_id, const NewRound& input) {
  if (!input.lesson_design_id) {
    if (input.criteria_as_questions) {
      return std::unexpected(Error::invalid("criteria_as_questions", "Choose the lesson design whose criteria to ask."));
    }
    return input;
  }
  SB_TRY(design, read_value<LessonDesign>(s.store, [&](ReadTx& tx) -> Result<LessonDesign> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::run_voice_rounds, scope));
    return design_for_round(tx, team_id, *input.lesson_design_id);
  }));
  if (!input.criteria_as_questions) return input;
  if (design.content.criteria.empty()) {
    return std::unexpected(Error::invalid("criteria_as_questions", "This lesson design has no success criteria yet.")
                               .because("no_criteria"));
  }
  NewRound out = input;
  if (input.template_key) {
    if (!input.questions.empty()) return std::unexpected(Error::invalid("questions", "Give a template or questions, not both."));
    const auto* from = find_template(*input.template_key);
    if (!from) return std::unexpected(Error::invalid("template", "No such template."));
    out.questions = from->questions;
    out.template_key.reset();
  }
  out.questions = with_criteria_questions(std::move(out.questions), design.content.criteria);
  return out;
}

}  // namespace

Result<VoiceRound> open_round(Services& s, const Principal& who, Id team_id, const NewRound& asked) {
  const UnixTime now = s.clock.now();
  SB_TRY(input, with_design(s, who, team_id, asked));
  SB_TRY(round, check_new_round(input, now));
  round.lesson_design_id = input.lesson_design_id;
  return write_value<VoiceRound>(s.store, [&](WriteTx& tx) -> Result<VoiceRound> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::run_voice_rounds, scope));
    if (round.lesson_design_id) SB_CHECK(drop_value(design_for_round(tx, team_id, *round.lesson_design_id)));
    VoiceRound stored = round;
    stored.school_id = *scope.school_id;
    stored.team_id = team_id;
    stored.owner_id = who.user.id;
    SB_TRY(code, draw_code(s, tx, now));
    stored.code = std::move(code);
    SB_TRY(id, voice(tx).insert_round(stored));
    stored.id = id;
    return stored;
  });
}

Result<std::vector<VoiceRound>> my_rounds(Services& s, const Principal& who, Id team_id) {
  return read_value<std::vector<VoiceRound>>(s.store, [&](ReadTx& tx) -> Result<std::vector<VoiceRound>> {
    SB_TRY(scope, scope_of_team(tx, team_id));
    SB_CHECK(authorize(who, Action::run_voice_rounds, scope));
    return voice(tx).rounds_of(who.user.id, team_id);
  });
}

Result<RoundView> view_round(Services& s, const Principal& who, Id round_id) {
  return read_value<RoundView>(s.store, [&](ReadTx& tx) -> Result<RoundView> {
    auto round = voice(tx).find_round(round_id);
    if (!round) return std::unexpected(no_round());
    SB_TRY(scope, scope_of_team(tx, round->team_id));
    SB_CHECK(authorize(who, Action::view_voice_round, scope));
    const bool mine = round->owner_id == who.user.id;
    const bool leader_may = round->shared && is_allowed(who, Action::view_voice_overview, scope);
    if (!mine && !leader_may) return std::unexpected(no_round());
    auto results = compute_results(*round, voice(tx).responses(round_id), mine);
    return RoundView{std::move(*round), std::move(results), mine};
  });
}

Result<std::vector<RoundView>> voice_for_lesson_visit(Services& s, const Principal& who, Id visit_id) {
  return read_value<std::vector<RoundView>>(s.store, [&](ReadTx& tx) -> Result<std::vector<RoundView>> {
    auto visit = lessons(tx).find_visit(visit_id);
    if (!visit) return std::unexpected(Error::not_found("No such lesson visit."));
    SB_TRY(scope, scope_of_team(tx, visit->team_id));
    // Whoever may read the visit's notes: its two teachers, or the leadership when the visited teacher shared them.
    SB_CHECK(authorize_personal(who, Action::view_visit_notes,
                                PersonalScope{scope, {visit->teacher_id, visit->visitor_id}, visit->shared_with_leadership}));
    std::vector<RoundView> out;
    for (auto& round : voice(tx).rounds_of_lesson_design(visit->design_id)) {
      // ... and the round's results: its teacher, or the leadership when she shared them.
      const bool mine = round.owner_id == who.user.id;
      const bool leader_may = round.shared && is_allowed(who, Action::view_voice_overview, scope);
      if (!mine && !leader_may) continue;
      auto results = compute_results(round, voice(tx).responses(round.id), mine);
      out.push_back(RoundView{std::move(round), std::move(results), mine});
    }
    return out;
  });
}

Result<VoiceRound> close_round(Services& s, const Principal& who, Id round_id) {
  const UnixTime now = s.clock.now();
  return write_value<VoiceRound>(s.store, [&](WriteTx& tx) -> Result<VoiceRound> {
    SB_TRY(round, own_round(tx, who, round_id));
    if (is_open(round, now)) {
      SB_CHECK(voice(tx).close_round(round_id, now));
      round.closed_at = now;
    }
    return round;
  });
}

Result<void> delete_round(Services& s, const Principal& who, Id round_id) {
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(round, own_round(tx, who, round_id));
    return voice(tx).delete_round(round.id);
  });
}

Result<VoiceRound> share_round(Services& s, const Principal& who, Id round_id, bool shared) {
  return write_value<VoiceRound>(s.store, [&](WriteTx& tx) -> Result<VoiceRound> {
    SB_TRY(round, own_round(tx, who, round_id));
    SB_CHECK(voice(tx).set_shared(round_id, shared));
    round.shared = shared;
    return round;
  });
}

Result<VoiceRound> hide_words_in_round(Services& s, const Principal& who, Id round_id, const std::vector<std::string>& words) {
  SB_TRY(cleaned, check_hidden_words(words));
  return write_value<VoiceRound>(s.store, [&](WriteTx& tx) -> Result<VoiceRound> {
    SB_TRY(round, own_round(tx, who, round_id));
    SB_CHECK(voice(tx).set_hidden_words(round_id, cleaned));
    round.hidden_words = cleaned;
    return round;
  });
}

Result<std::vector<TrendPoint>> question_trend(Services& s, const Principal& who, Id round_id, int question) {
  return read_value<std::vector<TrendPoint>>(s.store, [&](ReadTx& tx) -> Result<std::vector<TrendPoint>> {
    SB_TRY(round, own_round(tx, who, round_id));
    if (question < 0 || static_cast<std::size_t>(question) >= round.questions.size()) {
      return std::unexpected(Error::invalid("question", "No such question.").because("out_of_range"));
    }
    const auto& asked = round.questions[static_cast<std::size_t>(question)];
    std::vector<TrendPoint> points;
    for (const auto& other : voice(tx).rounds_of(who.user.id, round.team_id)) {
      for (std::size_t q = 0; q < other.questions.size(); ++q) {
        if (other.questions[q].kind != QuestionKind::scale || other.questions[q].text != asked.text) continue;
        const auto results = compute_results(other, voice(tx).responses(other.id), false);
        if (!results.visible || !results.questions[q].average) continue;
        points.push_back({other.id, other.title, other.opened_at, *results.questions[q].average});
      }
    }
    std::ranges::sort(points, {}, &TrendPoint::opened_at);
    return points;
  });
}

Result<SchoolVoice> school_voice(Services& s, const Principal& who, Id school_id) {
  return read_value<SchoolVoice>(s.store, [&](ReadTx& tx) -> Result<SchoolVoice> {
    SB_TRY(scope, scope_of_school(tx, school_id));
    SB_CHECK(authorize(who, Action::view_voice_overview, scope));
    auto per_team = voice(tx).rounds_per_team(school_id);
    for (auto& team : per_team) {
      if (auto found = organisation(tx).find_team(team.team_id)) team.team_name = found->name;
    }
    return SchoolVoice{std::move(per_team), voice(tx).shared_rounds(school_id)};
  });
}

Result<VoiceRound> find_round_by_code(Services& s, std::string_view typed_code, std::string_view address) {
  const UnixTime now = s.clock.now();
  return read_value<VoiceRound>(s.store, [&](ReadTx& tx) { return round_for_student(s, tx, typed_code, address, now); });
}

Result<void> submit_answers(Services& s, std::string_view typed_code, std::string_view device_token,
                            std::vector<Answer> answers, std::string_view address) {
  SB_CHECK(check_device_token(device_token));
  const UnixTime now = s.clock.now();
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_TRY(round, round_for_student(s, tx, typed_code, address, now));
    SB_TRY(checked, check_answers(round, std::move(answers)));
    if (round.answers >= round.class_size) {
      return std::unexpected(Error{ErrorCode::resource_exhausted, "This round has as many answers as the class has students."}
                                 .because("class_full", 0, round.class_size));
    }
    return voice(tx).insert_response(round.id, device_hash(s, round.id, device_token), checked);
  });
}

Result<int> delete_expired_rounds(Services& s) {
  const UnixTime now = s.clock.now();
  return write_value<int>(s.store, [&](WriteTx& tx) { return voice(tx).delete_rounds_kept_until(now); });
}

PeriodicJob voice_retention_job() {
  return {"voice retention", 3600, [](Services& s) -> Result<std::string> {
            SB_TRY(deleted, delete_expired_rounds(s));
            if (deleted == 0) return std::string();
            return "deleted " + std::to_string(deleted) + " feedback round(s) past their keeping time";
          }};
}

}  // namespace sb
