#include "modules/voice/core/rules.h"

#include <algorithm>
#include <cctype>

#include "kernel/dates.h"
#include "kernel/validation.h"
#include "modules/voice/core/templates.h"

namespace sb {
namespace {

Error out_of_range(std::string field, std::string message, double lowest, double highest) {
  return Error::invalid(std::move(field), std::move(message)).because("out_of_range", lowest, highest);
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A byte that belongs to a word: ASCII letters and digits, and every byte of a non-ASCII character.
bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

Result<std::vector<Question>> check_questions(const std::vector<Question>& questions) {
  if (questions.size() < static_cast<std::size_t>(kMinQuestions) ||
      questions.size() > static_cast<std::size_t>(kMaxQuestions)) {
    return std::unexpected(out_of_range("questions", "A round has 1 to 12 questions.", kMinQuestions, kMaxQuestions));
  }
  std::vector<Question> out;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    SB_TRY(text, clean_text("questions." + std::to_string(i) + ".text", questions[i].text, kMaxQuestionText,
                            Required::yes));
    out.push_back({questions[i].kind, std::move(text)});
  }
  return out;
}

}  // namespace

Result<VoiceRound> check_new_round(const NewRound& input, UnixTime now) {
  VoiceRound round;
  SB_TRY(title, clean_text("title", input.title, kMaxTitle, Required::yes));
  round.title = std::move(title);
  const auto level = parse_level(input.level);
  if (!level) return std::unexpected(Error::invalid("level", "Level must be po, vo or mbo."));
  round.level = *level;

  if (input.template_key) {
    if (!input.questions.empty()) {
      return std::unexpected(Error::invalid("questions", "Give a template or questions, not both."));
    }
    const auto* from = find_template(*input.template_key);
    if (!from) return std::unexpected(Error::invalid("template", "No such template."));
    round.questions = from->questions;
  } else {
    SB_TRY(questions, check_questions(input.questions));
    round.questions = std::move(questions);
  }

  const int min_answers = input.min_answers.value_or(kMinAnswers);
  if (min_answers < kMinAnswers || min_answers > kMaxClassSize) {
    return std::unexpected(out_of_range("min_answers", "Results need at least 5 answers.", kMinAnswers, kMaxClassSize));
  }
  round.min_answers = min_answers;
  if (input.class_size < min_answers || input.class_size > kMaxClassSize) {
    return std::unexpected(out_of_range("class_size", "The class must be at least as large as the minimum group.",
                                        min_answers, kMaxClassSize));
  }
  round.class_size = input.class_size;

  const int minutes = input.open_minutes.value_or(60);
  if (minutes < kMinOpenMinutes || minutes > kMaxOpenMinutes) {
    return std::unexpected(out_of_range("open_minutes", "A round is open 5 minutes to 7 days.", kMinOpenMinutes,
                                        kMaxOpenMinutes));
  }
  round.opened_at = now;
  round.closes_at = now + static_cast<UnixTime>(minutes) * 60;

  round.keep_until = end_of_school_year(now);
  if (input.keep_until) {
    SB_TRY(date, check_date("keep_until", *input.keep_until));
    // Kept to the end of that day; at least until the round closes, at most two school years.
    const UnixTime until = amsterdam_moment(*parse_date(date), 24 * 60 - 1);
    const UnixTime latest = end_of_school_year(end_of_school_year(now) + 86400);
    if (until < round.closes_at || until > latest) {
      return std::unexpected(Error::invalid("keep_until", "Keep the answers until after the round closes, and at most "
                                                          "until the end of next school year.")
                                 .because("out_of_range"));
    }
    round.keep_until = until;
  }
  return round;
}

bool is_open(const VoiceRound& round, UnixTime now) { return !round.closed_at && now < round.closes_at; }

UnixTime end_of_school_year(UnixTime moment) {
  const DateText today = amsterdam_date(moment);
  int year = std::stoi(today.substr(0, 4));
  if (std::stoi(today.substr(5, 2)) >= 8) ++year;
  return amsterdam_moment(*parse_date(std::to_string(year) + "-07-31"), 24 * 60 - 1);
}

Result<std::vector<Answer>> check_answers(const VoiceRound& round, std::vector<Answer> answers) {
  if (answers.empty()) return std::unexpected(Error::required("answers"));
  if (answers.size() > round.questions.size()) {
    return std::unexpected(Error::invalid("answers", "More answers than questions.").because("too_many"));
  }
  std::vector<bool> seen(round.questions.size(), false);
  const int points = scale_points(round.level);
  for (std::size_t i = 0; i < answers.size(); ++i) {
    auto& answer = answers[i];
    const std::string field = "answers." + std::to_string(i);
    if (answer.question < 0 || static_cast<std::size_t>(answer.question) >= round.questions.size()) {
      return std::unexpected(Error::invalid(field + ".question", "No such question.")
                                 .because("out_of_range", 0, static_cast<double>(round.questions.size()) - 1));
    }
    if (seen[static_cast<std::size_t>(answer.question)]) {
      return std::unexpected(Error::invalid(field + ".question", "A question is answered once.").because("duplicate"));
    }
    seen[static_cast<std::size_t>(answer.question)] = true;
    if (round.questions[static_cast<std::size_t>(answer.question)].kind == QuestionKind::scale) {
      if (!answer.value || !answer.text.empty()) {
        return std::unexpected(Error::invalid(field + ".value", "A scale question takes a value.").because("required"));
      }
      if (*answer.value < 1 || *answer.value > points) {
        return std::unexpected(out_of_range(field + ".value", "The value is outside the scale.", 1, points));
      }
    } else {
      if (answer.value) return std::unexpected(Error::invalid(field + ".text", "An open question takes text."));
      SB_TRY(text, clean_text(field + ".text", answer.text, kMaxOpenAnswer, Required::yes));
      answer.text = std::move(text);
    }
  }
  std::ranges::sort(answers, {}, &Answer::question);
  return answers;
}

Result<void> check_device_token(std::string_view token) {
  if (token.size() < kMinDeviceToken || token.size() > kMaxDeviceToken ||
      !std::ranges::all_of(token, [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
      })) {
    return std::unexpected(Error::invalid("device_token", "The device token must be 16 to 128 letters or digits.")
                               .because("malformed", static_cast<double>(kMinDeviceToken),
                                        static_cast<double>(kMaxDeviceToken)));
  }
  return ok();
}

Result<std::vector<std::string>> check_hidden_words(const std::vector<std::string>& words) {
  if (words.size() > kMaxHiddenWords) {
    return std::unexpected(out_of_range("words", "At most 50 hidden words.", 0, kMaxHiddenWords));
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    SB_TRY(word, clean_text("words." + std::to_string(i), words[i], kMaxHiddenWord, Required::yes));
    const bool known = std::ranges::any_of(out, [&](const std::string& w) { return lower_ascii(w) == lower_ascii(word); });
    if (!known) out.push_back(std::move(word));
  }
  return out;
}

std::string hide_words(std::string_view text, const std::vector<std::string>& words) {
  const std::string lowered = lower_ascii(text);
  std::vector<bool> hidden(text.size(), false);
  for (const auto& word : words) {
    const std::string needle = lower_ascii(word);
    if (needle.empty()) continue;
    for (auto at = lowered.find(needle); at != std::string::npos; at = lowered.find(needle, at + 1)) {
      const auto end = at + needle.size();
      const bool starts = at == 0 || !word_byte(lowered[at - 1]);
      const bool ends = end == lowered.size() || !word_byte(lowered[end]);
      if (starts && ends) std::fill(hidden.begin() + static_cast<long>(at), hidden.begin() + static_cast<long>(end), true);
    }
  }
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!hidden[i]) {
      out.push_back(text[i]);
    } else if (i == 0 || !hidden[i - 1]) {
      out.append(kHiddenMark);
    }
  }
  return out;
}

RoundResults compute_results(const VoiceRound& round, const std::vector<std::vector<Answer>>& responses,
                             bool with_open_answers) {
  RoundResults results;
  results.answers = static_cast<int>(responses.size());
  results.min_answers = round.min_answers;
  results.visible = results.answers >= std::max(round.min_answers, kMinAnswers);
  if (!results.visible) return results;
  const int points = scale_points(round.level);
  for (std::size_t q = 0; q < round.questions.size(); ++q) {
    QuestionResult result{static_cast<int>(q), round.questions[q].kind, round.questions[q].text, {}, 0, {}, {}};
    if (result.kind == QuestionKind::scale) result.counts.assign(static_cast<std::size_t>(points), 0);
    long sum = 0;
    for (const auto& response : responses) {
      for (const auto& answer : response) {
        if (answer.question != static_cast<int>(q)) continue;
        ++result.answered;
        if (answer.value && *answer.value >= 1 && *answer.value <= points) {
          ++result.counts[static_cast<std::size_t>(*answer.value - 1)];
          sum += *answer.value;
        } else if (with_open_answers && !answer.text.empty()) {
          result.open_answers.push_back(hide_words(answer.text, round.hidden_words));
        }
      }
    }
    if (result.kind == QuestionKind::scale && result.answered > 0) {
      result.average = static_cast<double>(sum) / result.answered;
    }
    std::ranges::sort(result.open_answers);
    results.questions.push_back(std::move(result));
  }
  return results;
}

std::vector<Question> with_criteria_questions(std::vector<Question> questions, const std::vector<std::string>& criteria) {
  for (const auto& criterion : criteria) {
    if (questions.size() >= static_cast<std::size_t>(kMaxQuestions)) break;
    // Cut at a character boundary, never inside a UTF-8 sequence.
    std::string text;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < criterion.size(); ++i) {
      const auto byte = static_cast<unsigned char>(criterion[i]);
      if ((byte & 0xC0) != 0x80 && ++characters > kMaxQuestionText - 1) {
        text += "\u2026";
        break;
      }
      text += criterion[i];
    }
    questions.push_back({QuestionKind::scale, std::move(text)});
  }
  return questions;
}

}  // namespace sb
