// Use cases of feedback rounds. A teacher opens, closes, shares and deletes
// her own rounds, in a team she teaches in; their results are hers alone: a
// school leader sees how many rounds each team ran and the results of rounds
// shared with them (without the open answers), never more. Students reach a
// round only by its code while it is open, and leave nothing that identifies
// them (see model.h).
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kernel/jobs.h"
#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/voice/core/rules.h"

namespace sb {

// Where a round lives (its team), for the router's gate.
Result<Scope> scope_of_round(ReadTx& tx, Id round_id);

Result<VoiceRound> open_round(Services& s, const Principal& who, Id team_id, const NewRound& input);
Result<std::vector<VoiceRound>> my_rounds(Services& s, const Principal& who, Id team_id);

struct RoundView {
  VoiceRound round;
  RoundResults results;
  bool mine = false;  // the caller's own round (else a shared one a leader reads)
};
// The owner sees everything; a school leader a shared round's results without the open answers;
// anyone else not_found.
Result<RoundView> view_round(Services& s, const Principal& who, Id round_id);

// The feedback rounds about the design of a lesson visit, shown next to the visit (issue 13 point 3): only to whom
// may see both — the visit's notes (its two teachers, or the leadership when the visited teacher shared them) and
// the round's results (its teacher, or the leadership when she shared them). Results from the minimum group on.
Result<std::vector<RoundView>> voice_for_lesson_visit(Services& s, const Principal& who, Id visit_id);

Result<VoiceRound> close_round(Services& s, const Principal& who, Id round_id);
Result<void> delete_round(Services& s, const Principal& who, Id round_id);
Result<VoiceRound> share_round(Services& s, const Principal& who, Id round_id, bool shared);
Result<VoiceRound> hide_words_in_round(Services& s, const Principal& who, Id round_id, const std::vector<std::string>& words);

// The same question (same text) over time: its average in each of the owner's rounds that show
// results, oldest first.
struct TrendPoint {
  Id round_id = 0;
  std::string title;
  UnixTime opened_at = 0;
  double average = 0;
};
Result<std::vector<TrendPoint>> question_trend(Services& s, const Principal& who, Id round_id, int question);

struct SchoolVoice {
  std::vector<TeamRounds> per_team;
  std::vector<VoiceRound> shared;
};
Result<SchoolVoice> school_voice(Services& s, const Principal& who, Id school_id);

// Students. `address` is used for the in-memory rate limit only, never stored.
// The open round with this code; not_found for a wrong or expired code.
Result<VoiceRound> find_round_by_code(Services& s, std::string_view typed_code, std::string_view address);
// One device's answers; already_exists when this device answered, resource_exhausted when the class is full.
Result<void> submit_answers(Services& s, std::string_view typed_code, std::string_view device_token,
                            std::vector<Answer> answers, std::string_view address);

// Retention: deletes every round whose keep-until moment has come. The server's job runs it hourly.
Result<int> delete_expired_rounds(Services& s);
PeriodicJob voice_retention_job();

}  // namespace sb
