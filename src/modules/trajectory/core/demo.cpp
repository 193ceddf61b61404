#include "modules/trajectory/core/demo.h"

#include <algorithm>
#include <array>

#include "kernel/dates.h"
#include "modules/organisation/core/store.h"
#include "modules/trajectory/core/fee_store.h"
#include "modules/trajectory/core/store.h"
#include "modules/trajectory/core/visit_store.h"

namespace sb {
namespace {

constexpr UnixTime kDay = 24 * 60 * 60;

struct DemoTrajectory {
  const char* school;
  int pupils;
  Phase reached;
  int registered_days_ago;
  int conditions_met;  // of the four, in order; the rest are open
};

// The organisation's two schools first, then the four this step adds.
const std::array<DemoTrajectory, 6> kTrajectories{{
    {"OBS De Regenboog", 320, Phase::starting, 150, 4},
    {"Het Baken College", 1150, Phase::conditions, 60, 3},
    {"CBS De Wegwijzer", 180, Phase::registration, 6, 0},
    {"Da Vinci Lyceum", 900, Phase::second_year, 500, 4},
    {"ROC Vakcollege Midden", 2400, Phase::preparing, 110, 4},
    {"Techniek College Oost", 1600, Phase::intake, 30, 1},
}};

struct NewSchool {
  const char* name;
  Sector sector;
  const char* brin;
  Region region;
};
const std::array<NewSchool, 4> kNewSchools{{
    {"CBS De Wegwijzer", Sector::po, "14WG", Region::noord},
    {"Da Vinci Lyceum", Sector::vo, "17DV", Region::noord},
    {"ROC Vakcollege Midden", Sector::mbo, "25RC", Region::midden},
    {"Techniek College Oost", Sector::mbo, "26TC", Region::noord},
}};

const char* step_note(Phase phase) {
  switch (phase) {
    case Phase::registration: return "Aangemeld via 'nodig ons uit' na de informatiebijeenkomst.";
    case Phase::intake: return "Kennismaking met directie en schoolcoach; rondleiding langs twee teams.";
    case Phase::conditions: return "Voorwaarden besproken met de schoolleiding.";
    case Phase::agreement: return "Samenwerkingsovereenkomst getekend.";
    case Phase::preparing: return "Schoolcoaches opgeleid, teams ingedeeld, tijd in het rooster.";
    case Phase::starting: return "Startbijeenkomst met alle teams; eerste bordsessies.";
    case Phase::extending: return "Verlenging afgesproken voor het tweede jaar.";
    case Phase::second_year: return "Tweede jaar gestart; schoolcoaches begeleiden zelfstandig.";
  }
  return "";
}

const char* condition_note(Condition condition) {
  switch (condition) {
    case Condition::coach_fte: return "Schoolcoach(es) aangesteld voor de benodigde fte.";
    case Condition::team_time: return "Twee uur per week per teamlid vast in het rooster.";
    case Condition::leadership: return "Schoolleiding neemt deel aan de bordsessies.";
    case Condition::team_size: return "Teams van 6 tot 10 leraren.";
  }
  return "";
}

// What the expert coach saw and advised, in turn for the held demo visits.
const std::array<std::pair<const char*, const char*>, 4> kReports{{
    {"Bordsessie van Groep 5-6 bijgewoond: korte, gerichte sessie; acties met eigenaar en datum.",
     "Maak de doelen meetbaar per week, dan zie je sneller of een aanpak werkt."},
    {"Lesbezoek in duo's: collega's gaven elkaar concrete tips over instructie.",
     "Plan de nabespreking direct na het bezoek, dan blijft het concreet."},
    {"Schoolcoach begeleidde de retrospectief; het team koos zelf een nieuw doel.",
     "Betrek de leerlingen bij het volgende doel met een korte leerlingenraadpleging."},
    {"Gesprek met de schoolleiding over tijd in het rooster: de twee uur staan vast.",
     "Houd de bordsessies ook in drukke weken kort maar wekelijks."},
}};

// The Tuesday of the week `weeks_from_now` weeks away, as days since the epoch (1970-01-01 was a Thursday).
int tuesday(UnixTime now, int weeks_from_now) {
  const int today = static_cast<int>(now / kDay) + weeks_from_now * 7;
  const int monday = today - (today + 3) % 7;
  return monday + 1;
}

struct DemoVisits {
  const char* school;
  int held;      // in the weeks before now, every two weeks
  int planned;   // in the weeks after now
  int awaiting;  // planned past the budget, for staff to approve
};
const std::array<DemoVisits, 3> kVisits{{
    {"OBS De Regenboog", 5, 3, 0},
    {"Da Vinci Lyceum", 24, 2, 1},
    {"ROC Vakcollege Midden", 1, 2, 0},
}};

}  // namespace

DemoStep trajectory_demo() {
  return {"trajectory", [](WriteTx& tx, const DemoContext& context) -> Result<void> {
    auto& org = organisation(tx);
    SB_TRY(bestuur, org.insert_bestuur({0, "Stichting Onderwijs Noord-Oost"}));
    User expert;
    expert.email = "anne.vos@demo.samenbeter.nl";
    expert.name = "Anne Vos";
    expert.password_hash = context.password_hash;
    expert.created_at = context.now;
    SB_TRY(expert_id, org.insert_user(expert));
    for (const auto& s : kNewSchools) {
      SB_TRY(school, org.insert_school({0, bestuur, s.name, s.sector, s.brin, s.region}));
      Membership m;
      m.user_id = expert_id;
      m.role = Role::expertcoach;
      m.school_id = school;
      SB_CHECK(drop_value(org.insert_membership(m)));
    }
    const auto manager = org.find_user_by_email("programma@demo.samenbeter.nl");
    const Id recorder = manager ? manager->id : 0;

    for (const auto& demo : kTrajectories) {
      std::optional<School> school;
      for (const auto& s : org.list_schools()) {
        if (s.name == demo.school) school = s;
      }
      if (!school) return std::unexpected(Error::internal(std::string("demo school missing: ") + demo.school));
      auto& store = trajectories(tx);
      const UnixTime registered = context.now - demo.registered_days_ago * kDay;
      SB_CHECK(store.insert_trajectory({school->id, demo.pupils, Phase::registration, date_of(registered), registered}));
      const int steps = static_cast<int>(demo.reached) + 1;
      for (int i = 0; i < steps; ++i) {
        // The steps spread evenly from the registration to a few days ago.
        const UnixTime at = registered + (demo.registered_days_ago - 3) * kDay * i / std::max(1, steps - 1);
        const auto phase = static_cast<Phase>(i);
        const bool own_coach = &demo < &kTrajectories[2];  // the organisation's schools have Marieke
        const char* who = i != 1 ? "Wouter Bakker" : own_coach ? "Marieke Kuipers, expertcoach" : "Anne Vos, expertcoach";
        TrajectoryStep step{0, school->id, phase, date_of(at), who,
                            step_note(phase), recorder, "", at};
        SB_CHECK(store.insert_step(step));
        if (phase == Phase::conditions || (phase == Phase::intake && demo.reached == Phase::intake)) {
          for (int c = 0; c < demo.conditions_met; ++c) {
            const Condition condition = kConditions[c];
            SB_CHECK(store.put_check({school->id, condition, ConditionStatus::met, condition_note(condition),
                                      recorder ? std::optional<Id>(recorder) : std::nullopt, "", at}));
          }
        }
      }
    }
    // Het Baken College: its teams of 6-10 are not there yet, so its agreement waits.
    for (const auto& s : org.list_schools()) {
      if (s.name != "Het Baken College") continue;
      SB_CHECK(trajectories(tx).put_check({s.id, Condition::team_size, ConditionStatus::not_met,
                                           "Sectie Nederlands telt 12 leraren: splitsen in twee teams besproken.",
                                           recorder ? std::optional<Id>(recorder) : std::nullopt, "", context.now - kDay}));
    }
    for (const auto& demo : kVisits) {
      std::optional<School> school;
      for (const auto& s : org.list_schools()) {
        if (s.name == demo.school) school = s;
      }
      if (!school) return std::unexpected(Error::internal("demo school missing"));
      const bool own_coach = std::string_view(demo.school) == "OBS De Regenboog";
      const auto coach = org.find_user_by_email(own_coach ? "expertcoach@demo.samenbeter.nl" : "anne.vos@demo.samenbeter.nl");
      if (!coach) return std::unexpected(Error::internal("demo expert coach missing"));
      auto add = [&](int weeks, CoachVisitStatus status, std::size_t report) -> Result<void> {
        Visit visit;
        visit.school_id = school->id;
        visit.coach_id = coach->id;
        visit.starts_at = amsterdam_moment(tuesday(context.now, weeks), 9 * 60);
        visit.ends_at = visit.starts_at + 3 * 60 * 60;
        visit.status = status;
        visit.created_at = context.now;
        if (status == CoachVisitStatus::held) {
          visit.seen = kReports[report % kReports.size()].first;
          visit.advice = kReports[report % kReports.size()].second;
          visit.reported_at = visit.ends_at;
        }
        return drop_value(visits(tx).insert_visit(visit));
      };
      for (int i = 0; i < demo.held; ++i) SB_CHECK(add(-2 * (demo.held - i), CoachVisitStatus::held, i));
      for (int i = 0; i < demo.planned; ++i) SB_CHECK(add(1 + 2 * i, CoachVisitStatus::planned, 0));
      for (int i = 0; i < demo.awaiting; ++i) SB_CHECK(add(2 * demo.planned + 1, CoachVisitStatus::awaiting_approval, 0));
    }

    // A quote for the schools that signed or are about to: from the seed's tariffs.
    for (const auto& [name, teams] : {std::pair{"OBS De Regenboog", 2}, std::pair{"Het Baken College", 2},
                                      std::pair{"ROC Vakcollege Midden", 4}}) {
      for (const auto& s : org.list_schools()) {
        if (s.name != name) continue;
        const auto tariff = fees(tx).find_tariff("2026-2027", to_string(s.sector));
        if (!tariff) return std::unexpected(Error::internal("demo tariff missing"));
        SB_TRY(quote, make_quote_lines(*tariff, teams, 2));
        quote.school_id = s.id;
        quote.created_by = recorder;
        quote.created_at = context.now - 30 * kDay;
        SB_CHECK(drop_value(fees(tx).insert_quote(quote)));
      }
    }
    return ok();
  }};
}

}  // namespace sb
