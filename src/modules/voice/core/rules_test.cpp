// The rules of feedback rounds: codes, templates, the minimum group, answers, retention, results.
#include <gtest/gtest.h>

#include <set>

#include "kernel/dates.h"
#include "kernel/access_codes.h"
#include "kernel/validation.h"
#include "modules/voice/core/limits.h"
#include "modules/voice/core/rules.h"
#include "modules/voice/core/templates.h"

namespace sb {
namespace {

// Monday 2 November 2026, 10:00 Amsterdam (CET).
const UnixTime kNow = amsterdam_moment(*parse_date("2026-11-02"), 600);

NewRound a_round() {
  NewRound input;
  input.title = "Breuken, groep 6";
  input.level = "vo";
  input.questions = {{QuestionKind::scale, "De uitleg was duidelijk."}, {QuestionKind::open, "Wat kan beter?"}};
  input.class_size = 28;
  return input;
}

VoiceRound checked(const NewRound& input) { return check_new_round(input, kNow).value(); }

TEST(VoiceCodes, HaveNoLookAlikeCharacters) {
  for (char c : std::string_view("0OQD1IL2Z5S8BUV")) EXPECT_EQ(kCodeAlphabet.find(c), std::string_view::npos) << c;
  std::set<std::string> codes;
  for (std::uint64_t r = 0; r < 2000; ++r) {
    auto code = code_from_random(r * 0x9E3779B97F4A7C15ULL);
    ASSERT_EQ(code.size(), static_cast<std::size_t>(kCodeLength));
    for (char c : code) EXPECT_NE(kCodeAlphabet.find(c), std::string_view::npos);
    codes.insert(code);
  }
  EXPECT_GT(codes.size(), 1990u);
}

TEST(VoiceCodes, TypingIsForgivingButStrict) {
  EXPECT_EQ(normalise_code("ace-3k7 9"), "ACE3K79");
  EXPECT_EQ(normalise_code("ACE3K79"), "ACE3K79");
  EXPECT_FALSE(normalise_code("ACE3K7").has_value());     // too short
  EXPECT_FALSE(normalise_code("ACE3K799").has_value());   // too long
  EXPECT_FALSE(normalise_code("ACE3K70").has_value());    // a look-alike is never in a code
  EXPECT_FALSE(normalise_code("ACE'3K7").has_value());
}

TEST(VoiceCodes, ExpireWhenTheRoundCloses) {
  auto round = checked(a_round());
  EXPECT_TRUE(is_open(round, kNow));
  EXPECT_TRUE(is_open(round, kNow + 3599));
  EXPECT_FALSE(is_open(round, kNow + 3600));  // an hour by default
  round.closed_at = kNow + 60;
  EXPECT_FALSE(is_open(round, kNow + 120));
}

TEST(VoiceTemplates, DutchPerSchoolTypeOfFiveToEightQuestions) {
  std::set<Level> levels;
  for (const auto& t : round_templates()) {
    levels.insert(t.level);
    EXPECT_GE(t.questions.size(), 5u) << t.key;
    EXPECT_LE(t.questions.size(), 8u) << t.key;
    bool scale = false, open = false;
    for (const auto& q : t.questions) (q.kind == QuestionKind::scale ? scale : open) = true;
    EXPECT_TRUE(scale && open) << t.key;
  }
  EXPECT_EQ(levels, (std::set<Level>{Level::po, Level::vo, Level::mbo}));
  EXPECT_EQ(scale_points(Level::po), 3);  // smileys
  EXPECT_EQ(scale_points(Level::mbo), 5);
  auto input = a_round();
  input.questions.clear();
  input.template_key = "po-les";
  EXPECT_EQ(checked(input).questions.size(), find_template("po-les")->questions.size());
  input.template_key = "nope";
  EXPECT_EQ(check_new_round(input, kNow).error().field, "template");
}

TEST(VoiceRounds, MinimumGroupIsFiveTheTeacherMayRaiseItNeverLower) {
  EXPECT_EQ(checked(a_round()).min_answers, 5);
  auto input = a_round();
  input.min_answers = 8;
  EXPECT_EQ(checked(input).min_answers, 8);
  input.min_answers = 4;
  auto refused = check_new_round(input, kNow);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().field, "min_answers");
  EXPECT_EQ(refused.error().min, 5);
  input.min_answers = 10;
  input.class_size = 9;  // results could never show
  EXPECT_EQ(check_new_round(input, kNow).error().field, "class_size");
}

TEST(VoiceRounds, RefuseBadInput) {
  auto input = a_round();
  input.title = "  ";
  EXPECT_EQ(check_new_round(input, kNow).error().field, "title");
  input = a_round();
  input.level = "hbo";
  EXPECT_EQ(check_new_round(input, kNow).error().field, "level");
  input = a_round();
  input.questions.clear();
  EXPECT_EQ(check_new_round(input, kNow).error().field, "questions");
  input = a_round();
  input.questions.assign(13, {QuestionKind::scale, "Vraag"});
  EXPECT_EQ(check_new_round(input, kNow).error().field, "questions");
  input = a_round();
  input.questions[1].text = std::string(201, 'x');
  EXPECT_EQ(check_new_round(input, kNow).error().field, "questions.1.text");
  input = a_round();
  input.open_minutes = 4;
  EXPECT_EQ(check_new_round(input, kNow).error().field, "open_minutes");
  input = a_round();
  input.class_size = 201;
  EXPECT_EQ(check_new_round(input, kNow).error().field, "class_size");
}

TEST(VoiceRetention, DefaultIsTheEndOfTheSchoolYearAndItIsConfigurable) {
  const auto july31 = amsterdam_moment(*parse_date("2027-07-31"), 24 * 60 - 1);
  EXPECT_EQ(checked(a_round()).keep_until, july31);
  EXPECT_EQ(end_of_school_year(amsterdam_moment(*parse_date("2027-07-31"), 600)), july31);
  EXPECT_EQ(end_of_school_year(amsterdam_moment(*parse_date("2027-08-01"), 600)),
            amsterdam_moment(*parse_date("2028-07-31"), 24 * 60 - 1));
  auto input = a_round();
  input.keep_until = "2026-12-31";
  EXPECT_EQ(checked(input).keep_until, amsterdam_moment(*parse_date("2026-12-31"), 24 * 60 - 1));
  input.keep_until = "2026-11-01";  // before the round
  EXPECT_EQ(check_new_round(input, kNow).error().field, "keep_until");
  input.keep_until = "2028-08-01";  // beyond next school year
  EXPECT_EQ(check_new_round(input, kNow).error().field, "keep_until");
  input.keep_until = "31-12-2026";
  EXPECT_EQ(check_new_round(input, kNow).error().field, "keep_until");
}

TEST(VoiceAnswers, AreCheckedAgainstTheQuestions) {
  auto round = checked(a_round());
  auto good = check_answers(round, {{1, std::nullopt, "  Meer oefenen  "}, {0, 4, ""}});
  ASSERT_TRUE(good);
  EXPECT_EQ(good->front().question, 0);
  EXPECT_EQ(good->back().text, "Meer oefenen");
  EXPECT_EQ(check_answers(round, {}).error().field, "answers");
  EXPECT_EQ(check_answers(round, {{2, 3, ""}}).error().field, "answers.0.question");
  EXPECT_EQ(check_answers(round, {{0, 3, ""}, {0, 4, ""}}).error().reason, "duplicate");
  EXPECT_EQ(check_answers(round, {{0, 6, ""}}).error().max, 5);
  EXPECT_EQ(check_answers(round, {{0, 0, ""}}).error().field, "answers.0.value");
  EXPECT_EQ(check_answers(round, {{0, std::nullopt, "tekst"}}).error().field, "answers.0.value");
  EXPECT_EQ(check_answers(round, {{1, 3, ""}}).error().field, "answers.0.text");
  EXPECT_EQ(check_answers(round, {{1, std::nullopt, std::string(501, 'a')}}).error().field, "answers.0.text");
  round.level = Level::po;
  EXPECT_EQ(check_answers(round, {{0, 4, ""}}).error().max, 3);  // three smileys
}

TEST(VoiceAnswers, DeviceTokensAreRandomTextOnly) {
  EXPECT_TRUE(check_device_token("abcdefghijklmnop_-12"));
  EXPECT_FALSE(check_device_token("short"));
  EXPECT_FALSE(check_device_token(std::string(129, 'a')));
  EXPECT_FALSE(check_device_token("abcdefghijklmnop qrs"));
}

TEST(VoiceResults, ShowOnlyFromTheMinimumGroup) {
  auto round = checked(a_round());
  std::vector<std::vector<Answer>> responses;
  for (int i = 0; i < 4; ++i) responses.push_back({{0, 1 + i, ""}});
  auto hidden = compute_results(round, responses, true);
  EXPECT_FALSE(hidden.visible);
  EXPECT_EQ(hidden.answers, 4);
  EXPECT_TRUE(hidden.questions.empty());
  responses.push_back({{0, 5, ""}, {1, std::nullopt, "Jan praat te veel"}});
  auto shown = compute_results(round, responses, true);
  ASSERT_TRUE(shown.visible);
  EXPECT_EQ(shown.questions[0].counts, (std::vector<int>{1, 1, 1, 1, 1}));
  EXPECT_DOUBLE_EQ(*shown.questions[0].average, 3.0);
  EXPECT_EQ(shown.questions[0].answered, 5);
  EXPECT_EQ(shown.questions[1].open_answers, (std::vector<std::string>{"Jan praat te veel"}));
  EXPECT_TRUE(compute_results(round, responses, false).questions[1].open_answers.empty());
  round.min_answers = 6;
  EXPECT_FALSE(compute_results(round, responses, true).visible);
}

TEST(VoiceResults, OpenAnswersAreSortedWithHiddenWordsHidden) {
  auto round = checked(a_round());
  round.hidden_words = check_hidden_words({" jan ", "JAN", "Meneer de Vries"}).value();
  EXPECT_EQ(round.hidden_words.size(), 2u);
  std::vector<std::vector<Answer>> responses(4, {{0, 3, ""}});
  responses.push_back({{1, std::nullopt, "Jan en Janneke, en meneer de vries!"}});
  responses.push_back({{1, std::nullopt, "Alles was goed"}});
  auto results = compute_results(round, responses, true);
  EXPECT_EQ(results.questions[1].open_answers,
            (std::vector<std::string>{"*** en Janneke, en ***!", "Alles was goed"}));
  EXPECT_EQ(check_hidden_words(std::vector<std::string>(51, "x")).error().field, "words");
  EXPECT_EQ(check_hidden_words({std::string(41, 'x')}).error().field, "words.0");
}

TEST(VoiceLimits, CountPerKeyInWindows) {
  VoiceLimits limits;
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(limits.wait("k", 3, 60, 100), 0);
    limits.count("k", 60, 100);
  }
  EXPECT_EQ(limits.wait("k", 3, 60, 110), 50);
  EXPECT_EQ(limits.wait("other", 3, 60, 110), 0);
  EXPECT_EQ(limits.wait("k", 3, 60, 160), 0);  // a new window
}

TEST(VoiceCriteriaQuestions, BecomeScaleQuestionsAfterTheOthersUpToTwelve) {
  std::vector<Question> asked{{QuestionKind::scale, "Ik snapte de les"}, {QuestionKind::open, "Wat kan beter?"}};
  auto out = with_criteria_questions(asked, {"Ik kan uitleggen welke breuk groter is", "Ik teken een getallenlijn"});
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[2].kind, QuestionKind::scale);
  EXPECT_EQ(out[2].text, "Ik kan uitleggen welke breuk groter is");
  EXPECT_EQ(out[3].text, "Ik teken een getallenlijn");

  std::vector<Question> eleven(11, Question{QuestionKind::scale, "Vraag"});
  EXPECT_EQ(with_criteria_questions(eleven, {"a", "b", "c"}).size(), 12u) << "never more than 12 questions";
}

TEST(VoiceCriteriaQuestions, ALongCriterionIsCutAtACharacterWithinTheQuestionLimit) {
  std::string long_text;
  for (int i = 0; i < 150; ++i) long_text += "\xC3\xA9";  // é, two bytes each: 150 characters
  long_text += std::string(100, 'x');               // 250 characters in all
  auto out = with_criteria_questions({}, {long_text});
  ASSERT_EQ(out.size(), 1u);
  NewRound input;
  input.title = "Les";
  input.level = "po";
  input.questions = out;
  input.class_size = 25;
  auto checked = check_new_round(input, 1'000'000);
  EXPECT_TRUE(checked.has_value()) << "the cut text fits a question: " << (checked ? "" : checked.error().message);
  EXPECT_TRUE(is_valid_utf8(out[0].text));
  EXPECT_TRUE(out[0].text.ends_with("\u2026"));
}

}  // namespace
}  // namespace sb

