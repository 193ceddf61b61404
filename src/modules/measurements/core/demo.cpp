#include "modules/measurements/core/demo.h"

#include <algorithm>

#include "modules/measurements/core/questionnaire_demo.h"
#include "modules/measurements/core/store.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

constexpr UnixTime kDay = 86400;

// How many of a demo team answered the baseline and the follow-up.
struct DemoAnswers {
  const char* team;
  int baseline;
  int follow_up;
};
constexpr DemoAnswers kAnswers[] = {
    {"Groep 3-4", 6, 6}, {"Groep 5-6", 7, 6}, {"Sectie Nederlands", 6, 7}, {"Onderbouw havo/vwo", 5, 3},
};

struct DemoTeam {
  Id id = 0;
  int invited = 0;
  int baseline = 0;
  int follow_up = 0;
};

// One person's made-up answers: a base point for the round, varied per statement and person, so the
// follow-up scores a little higher than the baseline.
MeasurementAnswers answers_of(int person, int statements, int base) {
  MeasurementAnswers out;
  for (int s = 0; s < statements; ++s) {
    const int step = (person * 7 + s * 3) % 5;  // 0..4
    out.push_back(std::clamp(base + (step == 0 ? -1 : 0) + (step == 4 ? 1 : 0) - (s % 4 == 3 ? 1 : 0), 1, 5));
  }
  return out;
}

Result<void> demo_round(WriteTx& tx, Id school_id, Id questionnaire_id, MeasurementKind kind, const char* title,
                        UnixTime opened_at, const std::vector<DemoTeam>& teams, int statements, int& serial) {
  MeasurementRound round;
  round.school_id = school_id;
  round.questionnaire_id = questionnaire_id;
  round.kind = kind;
  round.title = title;
  round.opened_at = opened_at;
  round.closed_at = opened_at + 21 * kDay;
  round.released = kind == MeasurementKind::baseline;
  for (const auto& team : teams) round.teams.push_back({team.id, team.invited, 0, {}});
  SB_TRY(id, measurements(tx).insert_round(round));
  for (std::size_t t = 0; t < teams.size(); ++t) {
    const int answered = kind == MeasurementKind::baseline ? teams[t].baseline : teams[t].follow_up;
    for (int person = 0; person < answered; ++person) {
      const std::string hash = "demo-used-link-" + std::to_string(++serial);
      SB_CHECK(measurements(tx).insert_link(id, teams[t].id, hash));
      const int base = kind == MeasurementKind::baseline ? 3 : 4;
      SB_CHECK(drop_value(measurements(tx).record_answers(hash, answers_of(person + static_cast<int>(t), statements, base))));
    }
  }
  return ok();
}

}  // namespace

DemoStep measurements_demo() {
  return {"measurements", [](WriteTx& tx, const DemoContext& context) -> Result<void> {
            auto questionnaire = demo_culture_questionnaire();
            questionnaire.created_at = context.now - 200 * kDay;
            SB_TRY(questionnaire_id, measurements(tx).insert_questionnaire(questionnaire));
            const int statements = static_cast<int>(questionnaire.statements.size());
            int serial = 0;
            for (const auto& school : organisation(tx).list_schools()) {
              std::vector<DemoTeam> teams;
              for (const auto& team : organisation(tx).list_teams_of_school(school.id)) {
                auto answers = std::ranges::find_if(kAnswers, [&](const DemoAnswers& a) { return team.name == a.team; });
                if (answers == std::end(kAnswers)) continue;
                int invited = 0;
                for (const auto& m : organisation(tx).list_memberships_in_team(team.id)) invited += m.role == Role::leraar;
                if (invited < answers->baseline || invited < answers->follow_up) continue;
                teams.push_back({team.id, invited, answers->baseline, answers->follow_up});
              }
              if (teams.empty()) continue;
              SB_CHECK(demo_round(tx, school.id, questionnaire_id, MeasurementKind::baseline, "Nulmeting leercultuur",
                                  context.now - 150 * kDay, teams, statements, serial));
              SB_CHECK(demo_round(tx, school.id, questionnaire_id, MeasurementKind::follow_up, "Vervolgmeting leercultuur",
                                  context.now - 30 * kDay, teams, statements, serial));
            }
            return ok();
          }};
}

}  // namespace sb
