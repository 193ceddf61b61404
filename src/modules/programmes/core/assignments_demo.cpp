#include "modules/programmes/core/assignments_demo.h"

#include <algorithm>
#include <string>

#include "modules/programmes/core/assignments_store.h"
#include "modules/programmes/core/rules.h"
#include "modules/programmes/core/store.h"
#include "modules/programmes/core/times.h"

namespace sb {
namespace {

constexpr UnixTime kDay = 86400;

struct Work {
  HandInStatus status;
  UnixTime at;
  const char* text;
  const char* feedback;
};

Result<Id> add(WriteTx& tx, Id round, std::string title, std::string instructions, std::optional<int> part,
               std::optional<Id> session, UnixTime due) {
  return assignments(tx).insert_assignment({0, round, std::move(title), std::move(instructions), part, session, due, 0, 1});
}

Result<void> hand_in(WriteTx& tx, Id assignment, const Enrolment& e, const Work& w, Id reviewer) {
  HandIn h{0, assignment, e.id, w.text, w.at, w.at, w.status, w.feedback, std::nullopt, std::nullopt, 1};
  if (w.status != HandInStatus::submitted) {
    h.reviewed_at = w.at + 2 * kDay;
    h.reviewed_by = reviewer;
  }
  return drop_value(assignments(tx).insert_hand_in(h));
}

// 17:00 in Amsterdam on the day of `t`, `days` later.
UnixTime five_pm(UnixTime t, int days) {
  const auto date = iso_date(t + days * kDay);
  return parse_amsterdam(date, "17:00").value_or(t + days * kDay);
}

}  // namespace

Result<void> add_demo_assignments(WriteTx& tx, UnixTime now, const DemoAssignmentRounds& r) {
  // Seed 000: "Je start de bezoeken met een gedegen voorbereiding op basis van diverse opdrachten."
  const auto visits = *programmes(tx).find_round(r.visits_round);
  const char* visit_questions[] = {
      "Hoe creëer je een verbetercultuur in jouw organisatie?",
      "Hoe bouw je daarvoor draagvlak?",
      "Wat vergt dit van je als rolmodel voor de organisatie?"};
  const auto visit_sessions = sessions_for(visits, visits.groups.front().id);
  for (std::size_t i = 0; i < visit_sessions.size() && i < 3; ++i) {
    const auto& s = visit_sessions[i];
    SB_TRY(id, add(tx, visits.id, "Voorbereiding " + s.title,
                   std::string("Bereid het bezoek voor op de drie thema's: leiderschap, strategische visie en planning en "
                               "persoonlijke professionaliteit. Schrijf op welke vraag je wilt stellen over: ") +
                       visit_questions[i] + " Neem een voorbeeld uit je eigen organisatie mee.",
                   std::nullopt, s.id, s.starts_at - 3 * kDay));
    for (const auto& e : r.visitors) {
      SB_CHECK(hand_in(tx, id, e,
                       {HandInStatus::accepted, s.starts_at - 5 * kDay,
                        "Mijn vraag: hoe houden jullie de verbetercultuur vast als teams steeds wisselen? Bij ons loopt het "
                        "draagvlak terug zodra een schoolleider vertrekt.",
                        "Goede vraag, neem hem mee naar het gesprek."},
                       r.reviewer));
    }
  }

  // Seed 002: per theme a 'Take to School' opdracht: "opdrachten waarin je de theorie verder toepast in jouw eigen
  // praktijk"; a theme is closed with "besprekingen van de Take to School opdrachten", so each is due on the
  // theme's second contact day.
  const auto leaders = *programmes(tx).find_round(r.leaders_round);
  const auto sessions = sessions_for(leaders, leaders.groups.front().id);
  std::vector<ProgrammeSession> theme_days;  // two contact days per theme, in order
  for (const auto& s : sessions) {
    if (s.part == 0) theme_days.push_back(s);
  }
  if (theme_days.size() < 10) return std::unexpected(Error::internal("The demo's Lerende Leiders round has ten theme days."));
  const char* themes[] = {"Organisatiekunde", "Organisatieontwikkeling", "Netwerkmanagement", "Superdiversiteit",
                          "Leerprocessen"};
  const char* questions[] = {
      "Hoe organiseer ik mijn school zo effectief mogelijk?",
      "Hoe creëer ik als schoolleider een lerende - evidence informed - organisatie?",
      "Hoe maak ik als schoolleider optimaal gebruik van het netwerk rondom de school?",
      "Hoe stem ik het onderwijs in mijn school af op mijn specifieke populatie en wat is daarvoor nodig?",
      "Hoe spelen motivatie, aandacht en emoties een rol in leerprocessen en hoe spelen we hier als schoolteam op in?"};
  for (int t = 0; t < 5; ++t) {
    const auto& closing = theme_days[static_cast<std::size_t>(2 * t + 1)];  // the theme's second contact day
    SB_TRY(id, add(tx, leaders.id, std::string("Take to School: ") + themes[t],
                   std::string("Pas de theorie van het thema toe in jouw eigen praktijk en beschrijf wat je deed, wat het "
                               "opleverde en wat je volgende stap is. Leervraag: '") +
                       questions[t] + "' We bespreken de opdracht op de tweede contactdag.",
                   0, closing.id, closing.starts_at - kDay));
    for (std::size_t i = 0; i < r.leaders.size(); ++i) {
      const bool last = t == 4;
      const bool late = last && i == 1;  // the second participant handed the last one in after the due date
      const UnixTime at = late ? closing.starts_at + 2 * kDay : closing.starts_at - 3 * kDay;
      SB_CHECK(hand_in(tx, id, r.leaders[i],
                       {last ? HandInStatus::submitted : HandInStatus::accepted, at,
                        "In ons team hebben we de leervraag besproken in de teamvergadering. We hebben één afspraak "
                        "gemaakt en die na vier weken samen bekeken; de volgende stap is dat twee leraren elkaars les "
                        "bezoeken.",
                        last ? "" : "Sterk hoe je de theorie naar je team vertaalt. Goedgekeurd."},
                       r.reviewer));
    }
  }
  // The project's next guidance moment: a preparation due within the week.
  const auto guidance = std::find_if(sessions.begin(), sessions.end(), [&](const ProgrammeSession& s) {
    return s.part == 1 && s.starts_at > now;
  });
  SB_CHECK(drop_value(add(tx, leaders.id, "Project: tussenstand voor het begeleidingsmoment",
                          "Beschrijf in een halve pagina het probleem dat jullie projectgroep onderzoekt, wat jullie tot nu "
                          "toe verzamelden en welke vraag je aan de begeleider wilt voorleggen.",
                          1, guidance == sessions.end() ? std::nullopt : std::optional<Id>(guidance->id), five_pm(now, 5))));
  return ok();
}

}  // namespace sb
