// The voice module's things: a feedback round a teacher opens for a lesson,
// its questions, and what students answered — anonymously. A round's answers
// carry no identifier at all: a response is known only by the hash of a random
// device token scoped to its round (so one device answers once and two rounds
// cannot be linked), and holds no time, address or name.
// Thread-safety: plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/model.h"

namespace sb {

// The school type decides the scale: smileys (three faces) in primary
// education (PO), 1–5 in secondary (VO) and vocational (MBO).
enum class Level { po, vo, mbo };
std::string_view to_string(Level level);
std::optional<Level> parse_level(std::string_view text);
// The highest point of a scale question at this level (its lowest is 1).
int scale_points(Level level);

enum class QuestionKind { scale, open };
std::string_view to_string(QuestionKind kind);
std::optional<QuestionKind> parse_question_kind(std::string_view text);

struct Question {
  QuestionKind kind = QuestionKind::scale;
  std::string text;
};

struct VoiceRound {
  Id id = 0;
  Id school_id = 0;
  Id team_id = 0;
  Id owner_id = 0;  // the teacher whose results these are
  std::string title;  // the lesson, e.g. "Breuken, groep 6"
  Level level = Level::vo;
  std::string code;  // what students type; valid while the round is open
  std::vector<Question> questions;
  int class_size = 0;   // at most this many answers
  int min_answers = 5;  // results show from this many answers on (never below 5)
  UnixTime opened_at = 0;
  UnixTime closes_at = 0;                // the set time it closes by itself
  std::optional<UnixTime> closed_at;     // when the teacher closed it by hand
  UnixTime keep_until = 0;               // its answers are deleted from this moment on
  bool shared = false;                   // the teacher shares its results with the school leader
  std::vector<std::string> hidden_words; // kept hidden in the open answers
  int answers = 0;                       // how many students answered (read, never written)
  std::optional<Id> lesson_design_id;    // the lesson design (lessons module) the round asks about, if any
};

// One student's answer to one question (by its position in the round).
struct Answer {
  int question = 0;
  std::optional<int> value;  // scale questions
  std::string text;          // open questions
};

// The number of rounds a team's teachers ran: what a school leader sees.
struct TeamRounds {
  Id team_id = 0;
  int rounds = 0;
  std::string team_name;  // filled by the use case from the organisation
};

}  // namespace sb
