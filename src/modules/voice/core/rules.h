// The rules of a feedback round, apart from storage: what a teacher may open,
// what a student may answer, when a round is open, how long its answers are
// kept, and what its results show. Pure functions, fully unit-tested.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/error.h"
#include "modules/voice/core/model.h"

namespace sb {

inline constexpr int kMinAnswers = 5;  // below this no result shows; a teacher may raise it, never lower it
inline constexpr int kMaxClassSize = 200;
inline constexpr int kMinQuestions = 1;
inline constexpr int kMaxQuestions = 12;
inline constexpr std::size_t kMaxTitle = 120;
inline constexpr std::size_t kMaxQuestionText = 200;
inline constexpr std::size_t kMaxOpenAnswer = 500;
inline constexpr std::size_t kMaxHiddenWords = 50;
inline constexpr std::size_t kMaxHiddenWord = 40;
inline constexpr int kMinOpenMinutes = 5;
inline constexpr int kMaxOpenMinutes = 7 * 24 * 60;
inline constexpr std::size_t kMinDeviceToken = 16;
inline constexpr std::size_t kMaxDeviceToken = 128;
// How the web app shows a hidden word in an open answer.
inline constexpr std::string_view kHiddenMark = "***";

// What a teacher asks for when opening a round.
struct NewRound {
  std::string title;
  std::string level;                     // po | vo | mbo
  std::optional<std::string> template_key;  // questions from a template, or
  std::vector<Question> questions;       // her own
  int class_size = 0;
  std::optional<int> min_answers;        // default kMinAnswers
  std::optional<int> open_minutes;       // default 60
  std::optional<std::string> keep_until; // a date (YYYY-MM-DD); default: the end of the school year
  std::optional<Id> lesson_design_id;    // a lesson design of the team the round asks about
  bool criteria_as_questions = false;    // the design's success criteria become scale questions (after the others)
};

// The questions a lesson design's success criteria become: one scale question per criterion, in its order,
// cut to kMaxQuestionText; added after `questions`, up to kMaxQuestions in all.
std::vector<Question> with_criteria_questions(std::vector<Question> questions, const std::vector<std::string>& criteria);

// The round as it will be stored (without id, code and owner), or the first problem with the input.
Result<VoiceRound> check_new_round(const NewRound& input, UnixTime now);

// Open: not closed by hand and before its set closing time. Its code works only then.
bool is_open(const VoiceRound& round, UnixTime now);

// The default end of keeping a round's answers: 31 July 23:59 (Amsterdam) of the school year the
// round was held in (a school year runs 1 August – 31 July).
UnixTime end_of_school_year(UnixTime moment);

// A student's answers, checked against the round's questions: each question at most once, scale
// values within the scale, open text within kMaxOpenAnswer, at least one question answered.
Result<std::vector<Answer>> check_answers(const VoiceRound& round, std::vector<Answer> answers);

// A device token as the browser sends it: 16–128 characters of [A-Za-z0-9_-].
Result<void> check_device_token(std::string_view token);

// The teacher's hidden words, cleaned (trimmed, no empties, no duplicates ignoring case).
Result<std::vector<std::string>> check_hidden_words(const std::vector<std::string>& words);
// `text` with every whole-word occurrence of a hidden word (ignoring case) replaced by kHiddenMark.
std::string hide_words(std::string_view text, const std::vector<std::string>& words);

struct QuestionResult {
  int question = 0;
  QuestionKind kind = QuestionKind::scale;
  std::string text;
  std::vector<int> counts;       // scale: answers per point, index 0 is point 1
  int answered = 0;              // how many answered this question
  std::optional<double> average; // scale: the mean point, when anyone answered
  std::vector<std::string> open_answers;  // open: sorted, hidden words hidden (only for the teacher)
};

struct RoundResults {
  int answers = 0;
  int min_answers = kMinAnswers;
  bool visible = false;  // answers >= min_answers; otherwise `questions` is empty
  std::vector<QuestionResult> questions;
};

// The results of a round from its responses. Open answers only when `with_open_answers` (the
// teacher), and sorted, so their order tells nothing about who answered when.
RoundResults compute_results(const VoiceRound& round, const std::vector<std::vector<Answer>>& responses,
                             bool with_open_answers);

}  // namespace sb
