#include "modules/voice/core/demo.h"

#include <algorithm>

#include "modules/lessons/core/store.h"
#include "modules/organisation/core/store.h"
#include "kernel/access_codes.h"
#include "modules/voice/core/rules.h"
#include "modules/voice/core/store.h"
#include "modules/voice/core/templates.h"

namespace sb {
namespace {

constexpr UnixTime kDay = 86400;

// What the demo class answered: scale values cycle through a pattern per round, and a few open answers.
struct DemoRound {
  const char* title;
  UnixTime days_ago;
  int answers;
  std::vector<int> values;  // one per answer; later questions score a little lower for some students
  std::vector<const char*> best;    // answers to the first open question
  std::vector<const char*> better;  // answers to the second
};

Result<void> write_round(WriteTx& tx, const DemoRound& demo, Id school_id, Id team_id, Id owner_id, UnixTime now,
                         int number, const LessonDesign* design = nullptr) {
  VoiceRound round;
  round.school_id = school_id;
  round.team_id = team_id;
  round.owner_id = owner_id;
  round.title = demo.title;
  round.level = Level::po;
  round.code = code_from_random(0x5EED0000ULL + static_cast<std::uint64_t>(number));
  round.questions = find_template("po-les")->questions;
  if (design) {
    // About a lesson design of the demo's lessons module: its success criteria asked as questions too.
    round.lesson_design_id = design->id;
    round.questions = with_criteria_questions(std::move(round.questions), design->content.criteria);
  }
  round.class_size = 26;
  round.min_answers = kMinAnswers;
  round.opened_at = now - demo.days_ago * kDay;
  round.closes_at = round.opened_at + 3600;
  round.closed_at = round.opened_at + 1800;
  round.keep_until = end_of_school_year(round.opened_at);
  round.hidden_words = {"Jesse"};
  SB_TRY(id, voice(tx).insert_round(round));
  for (int n = 0; n < demo.answers; ++n) {
    std::vector<Answer> answers;
    const auto at = static_cast<std::size_t>(n);
    bool first_open = true;
    for (std::size_t q = 0; q < round.questions.size(); ++q) {
      if (round.questions[q].kind == QuestionKind::scale) {
        const int lower = (at + q) % 4 == 0 ? 1 : 0;
        answers.push_back({static_cast<int>(q), std::max(1, demo.values[at % demo.values.size()] - lower), ""});
        continue;
      }
      const auto& texts = first_open ? demo.best : demo.better;
      first_open = false;
      if (at < texts.size()) answers.push_back({static_cast<int>(q), std::nullopt, texts[at]});
    }
    SB_CHECK(voice(tx).insert_response(id, "demo-response-" + std::to_string(number) + "-" + std::to_string(n), answers));
  }
  return ok();
}

}  // namespace

DemoStep voice_demo() {
  return {"voice", [](WriteTx& tx, const DemoContext& context) -> Result<void> {
            auto teacher = organisation(tx).find_user_by_email("leraar@demo.samenbeter.nl");
            if (!teacher) return ok();
            for (const auto& m : organisation(tx).list_memberships_of_user(teacher->id)) {
              if (m.role != Role::leraar || !m.team_id || !m.school_id) continue;
              const std::vector<DemoRound> rounds{
                  {"Breuken, les 1", 15, 9, {3, 2, 3, 3, 1, 2, 3, 2, 3},
                   {"De pizza-opdracht", "Samen puzzelen met Jesse", "Tekenen van de breuken"},
                   {"Meer tijd om te oefenen", "Langzamer uitleggen", "Minder lang stilzitten"}},
                  {"Breuken, les 2", 8, 8, {3, 3, 2, 3, 3, 2, 3, 3},
                   {"Het spel met de kaartjes", "Dat ik het nu snap"}, {"Niks, het was goed", "Meer spelletjes"}},
                  {"Spelling: werkwoorden", 2, 3, {2, 3, 1}, {"Het dictee"}, {"Uitleg op het bord"}},
              };
              // The second round is about the design of a visit to Sanne's lesson that was held (lessons demo),
              // so its results show next to that visit.
              std::optional<LessonDesign> visited;
              for (const auto& visit : lessons(tx).list_visits_of_person(teacher->id)) {
                if (visit.teacher_id != teacher->id || visit.status == LessonVisitStatus::planned) continue;
                auto design = lessons(tx).find_design(visit.design_id);
                if (design && !design->content.criteria.empty()) {
                  visited = std::move(design);
                  break;
                }
              }
              int number = 0;
              for (const auto& round : rounds) {
                ++number;
                const LessonDesign* about = number == 2 && visited ? &*visited : nullptr;
                SB_CHECK(write_round(tx, round, *m.school_id, *m.team_id, teacher->id, context.now, number, about));
              }
              break;
            }
            return ok();
          }};
}

}  // namespace sb
