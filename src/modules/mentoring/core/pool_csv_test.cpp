#include "modules/mentoring/core/pool_csv.h"

#include <gtest/gtest.h>

namespace sb::mentoring {
namespace {

constexpr std::string_view kMentors =
    "\xEF\xBB\xBFId;Naam;Organisatie;Functie;Spoor;Jaren in rol;Teamgrootte;Jaren continu verbeteren;Capaciteit;Regio;"
    "Gemeente;Andere regio toegestaan;Sectoren;Vorm;Maanden;Onderwerpen\r\n"
    "M01;Anouk de Vries;Fictief BV;Teamleider;leidinggevende;6;25;2;2;Utrecht;Utrecht;nee;PO, VO;beide;dec jan feb mrt;"
    "\"leiderschap, verbetercultuur\"\r\n"
    "M02;Bram Bakker;Voorbeeld NV;Scrum master;;4;;7;;Gelderland;Arnhem;ja;;online;jan, feb;scrum\r\n";

TEST(PoolCsv, ReadsMentorsAsStaffKeepThem) {
  const auto sheet = read_mentors_csv(kMentors);
  ASSERT_TRUE(sheet.errors.empty()) << sheet.errors[0].reason.en;
  ASSERT_EQ(sheet.mentors.size(), 2u);
  const auto& a = sheet.mentors[0];
  EXPECT_EQ(a.track, Track::leidinggevende);
  EXPECT_EQ(a.capacity, 2);
  EXPECT_EQ(a.preferred_sectors, static_cast<SectorSet>(Sector::po) | static_cast<SectorSet>(Sector::vo));
  EXPECT_EQ(a.topics, "leiderschap, verbetercultuur");
  EXPECT_EQ(a.source_line, 2);
  const auto& b = sheet.mentors[1];
  EXPECT_EQ(b.track, Track::expert) << "an empty track follows from the role";
  EXPECT_EQ(b.capacity, 1) << "capacity defaults to 1";
  EXPECT_EQ(b.region_scope, RegionScope::any_region);
  EXPECT_EQ(b.mode, MeetingMode::online);
  EXPECT_EQ(b.months, static_cast<MonthSet>(Month::january) | static_cast<MonthSet>(Month::february));
}

TEST(PoolCsv, CommaSeparatedWithoutBom) {
  const auto sheet = read_mentors_csv("id,naam,spoor,jaren_in_rol,regio\nM1,A,expert,3,Noord\n");
  ASSERT_TRUE(sheet.errors.empty());
  ASSERT_EQ(sheet.mentors.size(), 1u);
}

TEST(PoolCsv, BadRowsAreReportedWithLineAndNeverDropped) {
  const auto sheet = read_mentors_csv(
      "id;naam;spoor;jaren_in_rol;capaciteit;regio;vorm\n"
      "M1;A;leidinggevende;vijf;1;Noord;online\n"
      "M2;B;expert;4;1;Noord;per duif\n"
      "M3;C;astronaut;4;1;Noord;\n"
      "M4;D;expert;4;99;;\n"
      "M5;E;expert;4;1;Noord;\n"
      "M5;F;expert;4;1;Noord;\n");
  EXPECT_EQ(sheet.mentors.size(), 2u) << "only the good rows become mentors";
  std::vector<std::pair<int, std::string>> where;
  for (const auto& e : sheet.errors) where.emplace_back(e.line, e.column);
  EXPECT_EQ(where, (std::vector<std::pair<int, std::string>>{{2, "jaren_in_rol"},
                                                              {3, "vorm"},
                                                              {4, "spoor"},
                                                              {5, "capaciteit"},
                                                              {5, "regio"},
                                                              {7, "id"}}));
  EXPECT_NE(sheet.errors[0].reason.nl.find("vijf"), std::string::npos);
}

TEST(PoolCsv, MissingColumnsAndMalformedFiles) {
  auto sheet = read_mentors_csv("id;naam\nM1;A\n");
  ASSERT_EQ(sheet.errors.size(), 2u) << "jaren_in_rol and regio are required; spoor may follow from the role";
  EXPECT_EQ(sheet.errors[0].column, "jaren_in_rol");
  EXPECT_EQ(sheet.errors[0].line, 1);
  sheet = read_mentors_csv("");
  ASSERT_EQ(sheet.errors.size(), 1u);
  const auto mentees = read_mentees_csv("id;naam;rol;sector;regio\nE1;\"A;schoolleider;PO;Noord\n");
  ASSERT_EQ(mentees.errors.size(), 1u);
  EXPECT_EQ(mentees.errors[0].line, 2);
}

TEST(PoolCsv, MenteesWithLocksAndForbiddenPairs) {
  const auto sheet = read_mentees_csv(
      "id;naam;school;rol;sector;regio;vaste_mentor;niet_koppelen_met;inspiratieprogramma\n"
      "E1;Fatima;De Regenboog;adjunct-directeur;PO;Noord;M1;;ja\n"
      "E2;Gert;Het Lyceum;schoolcoach;VO;Noord;;M2 | M3;\n"
      "E3;Hanna;Het Lyceum;leraar;vo;Noord;;;nee\n"
      "E4;Ivo;X;schoolleider;PO;Noord;M2;M2;\n");
  ASSERT_EQ(sheet.errors.size(), 1u);
  EXPECT_EQ(sheet.errors[0].line, 5);
  ASSERT_EQ(sheet.mentees.size(), 3u);
  EXPECT_EQ(sheet.mentees[0].role, MenteeRole::schoolleider);
  EXPECT_EQ(sheet.mentees[1].role, MenteeRole::schoolcoach);
  EXPECT_EQ(sheet.mentees[2].role, MenteeRole::other);
  EXPECT_FALSE(sheet.mentees[2].in_inspiration_programme);
  EXPECT_EQ(sheet.locked, (std::vector<PairIds>{{"M1", "E1"}}));
  EXPECT_EQ(sheet.forbidden, (std::vector<PairIds>{{"M2", "E2"}, {"M3", "E2"}}));
}

TEST(PoolCsv, WritesPairsAndReasons) {
  Pool pool;
  pool.mentors = read_mentors_csv(kMentors).mentors;
  auto mentees = read_mentees_csv("id;naam;rol;sector;regio\nE1;Fatima;schoolleider;PO;Utrecht\nE2;Gijs;leraar;PO;Utrecht\n");
  pool.mentees = mentees.mentees;
  const auto result = match(pool);
  ASSERT_TRUE(result);
  const auto text = write_pairs_csv(pool, *result);
  EXPECT_TRUE(text.starts_with("\xEF\xBB\xBFstatus;mentor_id;"));
  EXPECT_NE(text.find("gekoppeld;M01;Anouk de Vries;leidinggevende;E1;Fatima"), std::string::npos);
  EXPECT_NE(text.find("mentee niet gekoppeld;;;;E2;Gijs;leraar"), std::string::npos);
  EXPECT_NE(text.find("mentor niet gekoppeld;M02"), std::string::npos);
}

}  // namespace
}  // namespace sb::mentoring
