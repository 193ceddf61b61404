#include "modules/organisation/core/demo.h"

#include <array>

#include "modules/organisation/core/store.h"

namespace sb {
namespace {

constexpr const char* kDomain = "@demo.samenbeter.nl";

struct DemoTeam {
  const char* name;
  std::array<const char*, 7> teachers;
};

struct DemoSchool {
  const char* name;
  Sector sector;
  const char* brin;
  Region region;
  std::array<DemoTeam, 2> teams;
};

const std::array<DemoSchool, 2> kSchools{{
    {"OBS De Regenboog", Sector::po, "07XK", Region::midden,
     {{{"Groep 3-4", {"Lotte Jansen", "Daan de Boer", "Fleur Visser", "Bram Smit", "Noor Meijer", "Ruben de Groot",
                      "Iris Bos"}},
       {"Groep 5-6", {"Sanne de Vries", "Thijs Mulder", "Eva van Dijk", "Jesse Peters", "Lieke Hendriks",
                      "Milan Dekker", "Anouk Brouwer"}}}}},
    {"Het Baken College", Sector::vo, "21QP", Region::midden,
     {{{"Sectie Nederlands", {"Femke van Leeuwen", "Sven de Wit", "Julia Kok", "Tim Jacobs", "Sophie van der Linden",
                              "Lars Willems", "Emma Schouten"}},
       {"Onderbouw havo/vwo", {"Tessa Hoekstra", "Rik van den Berg", "Maud Koster", "Joris Prins", "Lisa Verhoeven",
                               "Koen Huisman", "Nina Postma"}}}}},
}};

std::string address_for(std::string_view name) {
  // "Sanne de Vries" -> "sanne.devries"
  std::string out;
  bool first_word_done = false;
  for (char c : name) {
    if (c == ' ') {
      if (!first_word_done) out += '.';
      first_word_done = true;
      continue;
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out + kDomain;
}

}  // namespace

std::vector<DemoAccount> demo_accounts() {
  return {
      {std::string("leraar") + kDomain, "leraar in Groep 5-6, OBS De Regenboog (PO)"},
      {std::string("schoolcoach") + kDomain, "schoolcoach van OBS De Regenboog, ook leraar in Groep 3-4"},
      {std::string("schoolleider") + kDomain, "schoolleider (directeur) van OBS De Regenboog"},
      {std::string("bestuurder") + kDomain, "bestuurder van Stichting Samen Leren (beide scholen)"},
      {std::string("expertcoach") + kDomain, "expertcoach voor beide scholen"},
      {std::string("programma") + kDomain, "programmabeheerder"},
      {std::string("beheer") + kDomain, "platformbeheerder (admin)"},
  };
}

DemoStep organisation_demo() {
  return {"organisation", [](WriteTx& tx, const DemoContext& context) -> Result<void> {
    auto add_user = [&](std::string email, std::string name, bool admin = false) -> Result<Id> {
      User user;
      user.email = std::move(email);
      user.name = std::move(name);
      user.password_hash = context.password_hash;
      user.is_admin = admin;
      user.created_at = context.now;
      return organisation(tx).insert_user(user);
    };
    auto add_role = [&](Id user, Role role, std::optional<Id> team, std::optional<Id> school, std::optional<Id> bestuur) {
      Membership m;
      m.user_id = user;
      m.role = role;
      m.team_id = team;
      m.school_id = school;
      m.bestuur_id = bestuur;
      return drop_value(organisation(tx).insert_membership(m));
    };

    SB_TRY(bestuur, organisation(tx).insert_bestuur({0, "Stichting Samen Leren"}));
    SB_TRY(bestuurder, add_user(std::string("bestuurder") + kDomain, "Hans Vermeulen"));
    SB_CHECK(add_role(bestuurder, Role::bestuurder, std::nullopt, std::nullopt, bestuur));
    SB_TRY(expert, add_user(std::string("expertcoach") + kDomain, "Marieke Kuipers"));
    SB_TRY(manager, add_user(std::string("programma") + kDomain, "Wouter Bakker"));
    SB_CHECK(add_role(manager, Role::programmabeheerder, std::nullopt, std::nullopt, std::nullopt));
    SB_TRY(admin, add_user(std::string("beheer") + kDomain, "Petra Dijkstra", true));
    // An appointment that waits for its answer, for the admin's list of open appointments. Its
    // stored hash is no token's, so its first link is the one the admin sends again.
    Invitation waiting;
    waiting.token_hash = "demo-appointment-without-link";
    waiting.email = "ingrid.mulder@example.nl";
    waiting.role = Role::bestuurder;
    waiting.bestuur_id = bestuur;
    waiting.invited_by = admin;
    waiting.created_at = context.now;
    waiting.expires_at = context.now + 14 * 24 * 60 * 60;
    SB_CHECK(drop_value(organisation(tx).insert_invitation(waiting)));

    for (std::size_t school_index = 0; school_index < kSchools.size(); ++school_index) {
      const auto& demo = kSchools[school_index];
      SB_TRY(school, organisation(tx).insert_school({0, bestuur, demo.name, demo.sector, demo.brin, demo.region}));
      SB_CHECK(add_role(expert, Role::expertcoach, std::nullopt, school, std::nullopt));
      const bool first = school_index == 0;
      SB_TRY(leader, first ? add_user(std::string("schoolleider") + kDomain, "Karin Hofman")
                           : add_user(address_for("Gerard Timmermans"), "Gerard Timmermans"));
      SB_CHECK(add_role(leader, Role::schoolleider, std::nullopt, school, std::nullopt));
      std::optional<Id> coach;
      if (!first) {
        SB_TRY(vo_coach, add_user(address_for("Yvonne Scholten"), "Yvonne Scholten"));
        SB_CHECK(add_role(vo_coach, Role::schoolcoach, std::nullopt, school, std::nullopt));
      }
      for (std::size_t team_index = 0; team_index < demo.teams.size(); ++team_index) {
        const auto& demo_team = demo.teams[team_index];
        SB_TRY(team, organisation(tx).insert_team({0, school, demo_team.name}));
        for (std::size_t i = 0; i < demo_team.teachers.size(); ++i) {
          const std::string name = demo_team.teachers[i];
          std::string email = address_for(name);
          // The demo accounts are real members of the first school's teams.
          if (first && name == "Sanne de Vries") email = std::string("leraar") + kDomain;
          if (first && name == "Lotte Jansen") email = std::string("schoolcoach") + kDomain;
          SB_TRY(teacher, add_user(email, name));
          SB_CHECK(add_role(teacher, Role::leraar, team, std::nullopt, std::nullopt));
          if (first && name == "Lotte Jansen") {
            SB_CHECK(add_role(teacher, Role::schoolcoach, std::nullopt, school, std::nullopt));
            coach = teacher;
          }
        }
      }
      (void)coach;
    }
    return organisation(tx).append_audit({context.now, std::nullopt, "demo.load", "database", "demo data loaded"});
  }};
}

}  // namespace sb
