#include "modules/programmes/core/demo.h"

#include "modules/organisation/core/store.h"
#include "modules/programmes/core/assignments_demo.h"
#include "modules/programmes/core/rules.h"
#include "modules/programmes/core/store.h"
#include "modules/programmes/core/times.h"

namespace sb {
namespace {

struct Day {
  int year;
  unsigned month, day;
};

ProgrammeSession session(std::string title, Day d, int from_hour, int from_minute, int to_hour, std::string place,
                         std::string address = {}, std::optional<int> part = std::nullopt, int credit_minutes = 0) {
  ProgrammeSession s;
  s.title = std::move(title);
  s.starts_at = amsterdam_time(d.year, d.month, d.day, from_hour, from_minute);
  s.ends_at = amsterdam_time(d.year, d.month, d.day, to_hour);
  s.place = std::move(place);
  s.address = std::move(address);
  s.part = part;
  s.credit_minutes = credit_minutes;
  return s;
}

// Seed 000.
Programme intersectoral() {
  Programme p;
  p.title = "Intersectoraal leiderschapsprogramma";
  p.provider = "Stichting leerKRACHT";
  p.co_producers = {"PO-raad", "MBO Raad", "VO-academie"};
  p.summary =
      "Tijdens drie bijeenkomsten bezoek je samen met collega's uit het po, vo en mbo Nederlandse topinstellingen, "
      "zoals Bol.com, Picnic, McKinsey & Company en het UMC Utrecht, en ga je in gesprek over hoe zij werken aan een "
      "verbetercultuur. Het programma staat onder leiding van Jaap Versfelt, initiatiefnemer van leerKRACHT en "
      "oud-directeur van McKinsey & Company in Amsterdam. Je start de bezoeken met een gedegen voorbereiding op basis "
      "van diverse opdrachten.";
  p.audience = {{Sector::po, "Bestuurders"},
                {Sector::po, "Directeur-bestuurders"},
                {Sector::po, "Bovenschoolse directeuren/managers"},
                {Sector::mbo, "College van Bestuur"},
                {Sector::mbo, "Collegedirecteuren"},
                {Sector::mbo, "Opleidingsmanagers"},
                {Sector::mbo, "Branch- of domeindirecteuren"},
                {Sector::vo, "Bestuurders"},
                {Sector::vo, "Rector-bestuurders"},
                {Sector::vo, "Rectoren"}};
  p.goals = {
      "Je leert hoe de strategische visie van jullie organisatie tot concreet handelen leidt in de klas",
      "Je leert hoe deze bedrijven (wisselende) teams inzetten om opdrachten aan te pakken en wat daarin belangrijk is",
      "Je leert de methodiek van stichting-leerKRACHT kennen en ziet overeenkomsten met het Lean/Agile werken binnen bedrijven",
      "Je leert hoe je effectief kunt sturen op resultaten in relatie tot de strategische doelen en hoe cascadering werkt",
      "Je leert hoe je de input van leerlingen/studenten gebruikt in het vormen en checken van strategische doelen",
      "Je leert hoe onderzoek en praktijk elkaar versterken in een ziekenhuis en hoe evidence informed werken het vakmanschap vergroot"};
  p.themes = {"Leiderschap", "Strategische visie en planning", "Persoonlijke professionaliteit"};
  p.price_cents = 75000;
  p.price_includes_vat = false;
  p.vat_percent = 0;
  p.duration = "3 bijeenkomsten, oktober tot december";
  p.contact_name = "Jaap Versfelt (programmaleider)";
  p.enrolment_rule = EnrolmentRule::individual;
  p.address_after_enrolment = true;
  return p;
}

// Seed 001.
Programme leerlab() {
  Programme p;
  p.title = "Leerlab 'Doorlopend leiderschap in de lerende schoolorganisatie'";
  p.provider = "VO-academie";
  p.co_producers = {"Het Opleidingshuis", "Lectoraat Werken in Onderwijs, Hogeschool Utrecht"};
  p.summary =
      "In dit leerlab ga je aan de slag om je kennis en leiderschapsvaardigheden binnen de lerende schoolorganisatie "
      "te verdiepen. Je ontwerpt innovaties op basis van de vragen die leven in jouw schoolpraktijk. We verbinden "
      "telkens het ontwerptraject en het leiderschapstraject; als groep bepalen we tussentijds op welke onderwerpen "
      "verdere verdieping wenselijk is. Je neemt deel met (minimaal) één andere collega uit jouw schoolorganisatie.";
  for (auto sector : {Sector::po, Sector::vo, Sector::mbo}) {
    for (const char* role : {"Team- of locatieleider", "Schoolleider", "(Con)rector", "Projectleider", "Curriculumleider",
                             "Teacher-leader", "(School)opleider"}) {
      p.audience.push_back({sector, role});
    }
  }
  p.goals = {
      "Inzichten over de effectieve kenmerken en de werking van een lerende schoolorganisatie",
      "Verdiepte vaardigheden in het begeleiden van het leren van onderwijsprofessionals",
      "Je schoolorganisatie analyseren door de lens van gelaagdheid",
      "Een start met het implementeren van innovatie in de structuur- en cultuuraspecten van je schoolorganisatie",
      "Een verdiept bewustzijn van je rol als onderwijskundig leider in het doorlopend 'onderhouden' van de lerende schoolorganisatie",
      "Handvatten om je rol als onderwijskundig leider in de lerende schoolorganisatie uit te voeren"};
  p.themes = {"Cultuur & structuur in de schoolorganisatie", "Opleidingsdidactiek en effectieve vormen van leren voor leraren en teams",
              "De lens van gelaagdheid", "Leren in teams en collective teacher efficacy",
              "Het ontwerpen van interventies in jouw schoolorganisatie"};
  p.price_cents = 90000;
  p.price_includes_vat = false;
  p.vat_percent = 21;
  p.duration = "6 bijeenkomsten in een jaar";
  p.enrolment_rule = EnrolmentRule::with_colleague;
  return p;
}

// Seed 002.
Programme lerende_leiders() {
  Programme p;
  p.title = "Leergang Lerende Leiders";
  p.provider = "ESSB Academy, Erasmus Universiteit Rotterdam";
  p.co_producers = {"Ervaren schoolleiders uit het primair onderwijs"};
  p.summary =
      "Een onderwijskundige verdieping aan de universiteit (100 registratiepunten). In anderhalf jaar ga je aan de slag "
      "met een combinatie van opleidingsdagen op de Erasmus Universiteit Rotterdam en 'Take to School'-opdrachten in "
      "jouw praktijk. Je krijgt les van wetenschappers van de Erasmus School of Social and Behavioral Sciences, werkt "
      "aan een verbeteringsproject en krijgt persoonlijke coaching. Kan ook in-company voor een bestuur.";
  p.audience = {{Sector::po, "Directeuren"}, {Sector::po, "Adjunct-directeuren"}};
  p.goals = {"De laatste wetenschappelijke inzichten op thema's die relevant zijn voor je werk als (adjunct-)directeur",
             "Het beste halen uit je diverse team, specifiek als het gaat om professioneel leren",
             "Kritisch reflecteren op je leiderschap en de invloed daarvan op de organisatiedoelen",
             "Je leiderschapscapaciteiten versterkt op o.a. organisatieontwikkeling en netwerkmanagement",
             "Een onderzoek uitgevoerd, beleidsplan of advies geschreven, of aan een innovatie gewerkt met Design Thinking",
             "100 punten voor de herregistratie in het schoolleidersregister"};
  p.themes = {"Organisatiekunde", "Organisatieontwikkeling", "Netwerkmanagement", "Superdiversiteit", "Leerprocessen"};
  p.parts = {{"Thema's", 100, "Vijf thema's van 20 uur met elk 2 contactdagen en Take to School-opdrachten"},
             {"Project", 100, "In groepjes van 4 of 5, met 5 begeleidingsmomenten"},
             {"Peer review", 20, "Collegiale consultatie"},
             {"Coaching", 20, "Persoonlijke professionele ontwikkeling"}};
  p.registration_points = 100;
  p.price_on_request = true;
  p.in_company = true;
  p.duration = "1,5 jaar (240 uur)";
  p.contact_name = "Thirza van Dijk, programma adviseur";
  p.contact_email = "essbacademy@essb.eur.nl";
  p.contact_phone = "06-41217086";
  return p;
}

ProgrammeRound intersectoral_round(Id programme, std::string name, bool example, UnixTime closes, int year, Day a, Day b, Day c) {
  (void)year;
  ProgrammeRound r{0, programme, std::move(name), example, closes, {{0, "Groep 1", 20}, {0, "Groep 2", 20}}, {}, {}};
  r.sessions = {session("Bezoek 1: Picnic", a, 10, 0, 16, "Picnic, Utrecht"),
                session("Bezoek 2: McKinsey & Company", b, 10, 0, 16, "McKinsey & Company, Amsterdam"),
                session("Bezoek 3: UMC Utrecht", c, 10, 0, 16, "UMC Utrecht, Utrecht")};
  return r;
}

ProgrammeRound leerlab_round(Id programme, std::string name, bool example, UnixTime closes, const std::vector<Day>& days) {
  ProgrammeRound r{0, programme, std::move(name), example, closes, {{0, "Leerlab Utrecht", 24}},
          {{0, "Ontwerptraject"}, {0, "Leiderschapstraject"}}, {}};
  for (std::size_t i = 0; i < days.size(); ++i) {
    r.sessions.push_back(session("Dag " + std::to_string(i + 1), days[i], 10, 0, 17, "Het Opleidingshuis op Academie Tien, Utrecht",
                                 "Berlijnplein 300, Utrecht"));
  }
  return r;
}

ProgrammeRound leiders_round(Id programme, std::string name, UnixTime closes, int y) {
  ProgrammeRound r{0, programme, std::move(name), true, closes, {{0, "Groep Rotterdam", 25}}, {}, {}};
  const char* themes[] = {"Organisatiekunde", "Organisatieontwikkeling", "Netwerkmanagement", "Superdiversiteit", "Leerprocessen"};
  const Day theme_days[] = {{y, 9, 25}, {y, 10, 9},      {y, 11, 13},    {y, 11, 27},    {y + 1, 1, 22},
                            {y + 1, 2, 5}, {y + 1, 3, 19}, {y + 1, 4, 2}, {y + 1, 9, 24}, {y + 1, 10, 8}};
  for (int i = 0; i < 10; ++i) {
    r.sessions.push_back(session(std::string("Thema ") + themes[i / 2] + ", contactdag " + std::to_string(i % 2 + 1),
                                 theme_days[i], 9, 30, 16, "Erasmus Universiteit Rotterdam", "", 0, 6 * 60));
  }
  const Day guidance[] = {{y, 10, 30}, {y + 1, 2, 26}, {y + 1, 5, 28}, {y + 1, 11, 26}, {y + 2, 3, 4}};
  for (int i = 0; i < 5; ++i) {
    r.sessions.push_back(session("Project: begeleidingsmoment " + std::to_string(i + 1), guidance[i], 15, 0, 17,
                                 "Erasmus Universiteit Rotterdam", "", 1, 2 * 60));
  }
  return r;
}

}  // namespace

DemoStep programmes_demo() {
  return {"programmes", [](WriteTx& tx, const DemoContext& context) -> Result<void> {
    auto& org = organisation(tx);
    auto& store = programmes(tx);
    auto user = [&](const char* email) { return org.find_user_by_email(email); };
    auto hans = user("bestuurder@demo.samenbeter.nl");
    auto karin = user("schoolleider@demo.samenbeter.nl");
    auto gerard = user("gerard.timmermans@demo.samenbeter.nl");
    if (!hans || !karin || !gerard) return std::unexpected(Error::internal("The programmes demo needs the organisation's demo."));
    auto regenboog = org.find_school_by_brin("07XK");
    auto baken = org.find_school_by_brin("21QP");

    // Fellow participants from a second bestuur.
    SB_TRY(other, org.insert_bestuur({0, "Stichting Leren Verbindt"}));
    SB_TRY(wegwijzer, org.insert_school({0, other, "CBS De Wegwijzer", Sector::po, "33WG", Region::midden}));
    SB_TRY(vakcollege, org.insert_school({0, other, "Vakcollege Midden", Sector::mbo, "45VC", Region::midden}));
    auto add_person = [&](const char* email, const char* name, Role role, std::optional<Id> school,
                          std::optional<Id> bestuur) -> Result<Id> {
      User u;
      u.email = email;
      u.name = name;
      u.password_hash = context.password_hash;
      u.created_at = context.now;
      SB_TRY(id, org.insert_user(u));
      Membership m;
      m.user_id = id;
      m.role = role;
      m.school_id = school;
      m.bestuur_id = bestuur;
      SB_CHECK(drop_value(org.insert_membership(m)));
      return id;
    };
    SB_TRY(ahmed, add_person("ahmed.elamrani@demo.samenbeter.nl", "Ahmed El Amrani", Role::bestuurder, std::nullopt, other));
    SB_TRY(marloes, add_person("marloes.dejong@demo.samenbeter.nl", "Marloes de Jong", Role::schoolleider, wegwijzer, std::nullopt));
    SB_TRY(peter, add_person("peter.bakker@demo.samenbeter.nl", "Peter Bakker", Role::schoolleider, vakcollege, std::nullopt));

    struct Participant {
      Id user;
      Id bestuur;
      std::optional<Id> school;
      Sector sector;
      const char* role;
    };
    const Id samen = regenboog->bestuur_id;
    auto enrol_all = [&](Id round_id, const std::vector<Participant>& people, UnixTime at) -> Result<std::vector<Enrolment>> {
      auto round = store.find_round(round_id);
      std::vector<Enrolment> out;
      for (const auto& p : people) {
        Enrolment e;
        e.round_id = round_id;
        e.user_id = p.user;
        e.bestuur_id = p.bestuur;
        e.school_id = p.school;
        e.sector = p.sector;
        e.role = p.role;
        auto placement = place(*round, out, std::nullopt);
        e.status = placement.status;
        e.group_id = placement.group_id;
        e.enrolled_by = p.user;
        e.created_at = at;
        SB_TRY(id, store.insert_enrolment(e));
        e.id = id;
        out.push_back(e);
      }
      return out;
    };
    // Everyone attended every session of their group, except where `absent` says otherwise.
    auto attend = [&](Id round_id, const std::vector<Enrolment>& enrolments, UnixTime until, Id absent_enrolment,
                      Id absent_session_index) -> Result<void> {
      auto round = store.find_round(round_id);
      for (const auto& e : enrolments) {
        auto sessions = sessions_for(*round, e.group_id);
        for (std::size_t i = 0; i < sessions.size(); ++i) {
          if (sessions[i].ends_at > until) continue;
          const bool present = !(e.id == absent_enrolment && static_cast<Id>(i) == absent_session_index);
          SB_CHECK(store.set_attendance({sessions[i].id, e.id, present}));
        }
      }
      return ok();
    };

    // Seed 000: the autumn 2024 round, completed; and an upcoming one.
    SB_TRY(p000, store.insert_programme(intersectoral()));
    SB_TRY(r000, store.insert_round(intersectoral_round(p000, "Najaar 2024", false, amsterdam_time(2024, 9, 30, 23, 59), 2024,
                                                       {2024, 10, 14}, {2024, 11, 12}, {2024, 12, 9})));
    SB_TRY(e000, enrol_all(r000,
                           {{hans->id, samen, std::nullopt, Sector::po, "Bestuurders"},
                            {gerard->id, samen, baken->id, Sector::vo, "Rectoren"},
                            {ahmed, other, std::nullopt, Sector::mbo, "College van Bestuur"}},
                           amsterdam_time(2024, 9, 2, 10)));
    SB_CHECK(attend(r000, e000, context.now, 0, -1));
    SB_CHECK(drop_value(store.insert_round(intersectoral_round(p000, "Najaar 2027 (voorbeelddata)", true,
                                                               amsterdam_time(2027, 9, 15, 23, 59), 2027, {2027, 10, 11},
                                                               {2027, 11, 9}, {2027, 12, 13}))));

    // Seed 001: the 2026 round (six Thursdays, 5 February to 26 November), completed; and an upcoming one.
    SB_TRY(p001, store.insert_programme(leerlab()));
    SB_TRY(r001, store.insert_round(leerlab_round(p001, "Utrecht, start 5 februari 2026", false, amsterdam_time(2026, 1, 15, 23, 59),
                                                  {{2026, 2, 5}, {2026, 3, 5}, {2026, 4, 9}, {2026, 6, 4}, {2026, 10, 8}, {2026, 11, 26}})));
    SB_TRY(e001, enrol_all(r001,
                           {{karin->id, samen, regenboog->id, Sector::po, "Schoolleider"},
                            {gerard->id, samen, baken->id, Sector::vo, "(Con)rector"},
                            {marloes, other, wegwijzer, Sector::po, "Schoolleider"},
                            {peter, other, vakcollege, Sector::mbo, "Team- of locatieleider"}},
                           amsterdam_time(2025, 12, 1, 10)));
    // Peter missed day 4: he has no certificate yet.
    SB_CHECK(attend(r001, e001, context.now, e001[3].id, 3));
    SB_TRY(upcoming001, store.insert_round(leerlab_round(p001, "Utrecht, start 4 februari 2027 (voorbeelddata)", true,
                                                         amsterdam_time(2027, 1, 15, 23, 59),
                                                         {{2027, 2, 4}, {2027, 3, 4}, {2027, 4, 8}, {2027, 6, 3}, {2027, 10, 7}, {2027, 11, 25}})));
    // The bestuurder enrolled alone: incomplete until a colleague of Stichting Samen Leren joins.
    SB_CHECK(drop_value(enrol_all(upcoming001, {{hans->id, samen, std::nullopt, Sector::vo, "Projectleider"}}, context.now - 86400)));

    // Seed 002: the round that started in September 2025 runs until spring 2027; and one from September 2027.
    SB_TRY(p002, store.insert_programme(lerende_leiders()));
    SB_TRY(r002, store.insert_round(leiders_round(p002, "Start september 2025 (voorbeelddata)", amsterdam_time(2025, 7, 1, 23, 59), 2025)));
    SB_TRY(e002, enrol_all(r002,
                           {{karin->id, samen, regenboog->id, Sector::po, "Directeuren"},
                            {marloes, other, wegwijzer, Sector::po, "Adjunct-directeuren"}},
                           amsterdam_time(2025, 5, 12, 10)));
    SB_CHECK(attend(r002, e002, context.now, 0, -1));
    for (const auto& e : e002) {
      const HoursEntry logged[] = {{0, e.id, 0, 30 * 60, "Take to School-opdrachten, drie thema's", context.now, e.user_id},
                                   {0, e.id, 1, 40 * 60, "Projectwerk in de projectgroep", context.now, e.user_id},
                                   {0, e.id, 2, 12 * 60, "Werkbezoek en collegiale consultatie", context.now, e.user_id},
                                   {0, e.id, 3, 10 * 60, "Vijf coachgesprekken", context.now, e.user_id}};
      for (const auto& h : logged) SB_CHECK(drop_value(store.insert_hours(h)));
    }
    // Assignments: seed 000's preparations (all accepted) and seed 002's Take-to-School assignments.
    const auto staff = org.find_user_by_email("programma@demo.samenbeter.nl");
    SB_CHECK(add_demo_assignments(tx, context.now, {r000, e000, r002, e002, staff ? staff->id : hans->id}));
    SB_TRY(upcoming002, store.insert_round(leiders_round(p002, "Start september 2027 (voorbeelddata)", amsterdam_time(2027, 7, 1, 23, 59), 2027)));
    // Karin enrolled a new colleague without an account: the place is held for the invitation (issue 14, point 4).
    // Its stored hash is no token's, so its first working link is the one she sends again from Mijn opleidingen.
    Invitation invited;
    invited.token_hash = "demo-programme-invitation-without-link";
    invited.email = "lotte.dekker@example.nl";
    invited.role = Role::schoolleider;
    invited.school_id = regenboog->id;
    invited.invited_by = karin->id;
    invited.created_at = context.now - 86400;
    invited.expires_at = invited.created_at + 14 * 86400;
    SB_TRY(invitation_id, org.insert_invitation(invited));
    const auto held_round = *store.find_round(upcoming002);
    Enrolment held;
    held.round_id = upcoming002;
    held.bestuur_id = samen;
    held.school_id = regenboog->id;
    held.sector = Sector::po;
    held.role = "Directeuren";
    const auto placement = place(held_round, std::vector<Enrolment>{}, std::nullopt);
    held.status = placement.status;
    held.group_id = placement.group_id;
    held.enrolled_by = karin->id;
    held.created_at = invited.created_at;
    held.invitation_id = invitation_id;
    held.invited_email = invited.email;
    held.held_until = invited.expires_at;
    SB_CHECK(drop_value(store.insert_enrolment(held)));
    return ok();
  }};
}

}  // namespace sb
