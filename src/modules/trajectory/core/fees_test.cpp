// Fees and quotes: the seed's tariffs, quotes in integer cents per school or per team, the school year.
#include "modules/trajectory/core/fees.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

Tariff tariff(std::string_view sector) {
  for (const auto& t : seed_tariffs("2026-2027")) {
    if (t.sector == sector) return t;
  }
  ADD_FAILURE() << "no seed tariff for " << sector;
  return {};
}

TEST(Fees, APoQuoteIsPerSchoolWithTheSecondYearAsAMaximum) {
  auto one = make_quote_lines(tariff("PO"), 3, 1).value();
  ASSERT_EQ(one.lines.size(), 1u);
  EXPECT_EQ(one.total_cents, 990'000);
  auto two = make_quote_lines(tariff("PO"), 3, 2).value();
  ASSERT_EQ(two.lines.size(), 2u);
  EXPECT_EQ(two.lines[1].amount_cents, 420'000);
  EXPECT_TRUE(two.lines[1].is_maximum);
  EXPECT_FALSE(two.lines[0].is_maximum);
  EXPECT_EQ(two.total_cents, 1'410'000);
}

TEST(Fees, AVoQuoteIsPerSchoolWhateverTheTeams) {
  auto quote = make_quote_lines(tariff("VO"), 7, 2).value();
  EXPECT_EQ(quote.lines[0].units, 1);
  EXPECT_EQ(quote.total_cents, 2'500'000 + 1'250'000);
  EXPECT_FALSE(quote.lines[1].is_maximum);
}

TEST(Fees, AnMboQuoteIsPerTeam) {
  auto quote = make_quote_lines(tariff("MBO"), 4, 2).value();
  EXPECT_EQ(quote.lines[0].units, 4);
  EXPECT_EQ(quote.lines[0].unit_cents, 1'350'000);
  EXPECT_EQ(quote.lines[0].amount_cents, 5'400'000);
  EXPECT_EQ(quote.lines[1].amount_cents, 1'800'000);
  EXPECT_EQ(quote.total_cents, 7'200'000);
}

TEST(Fees, TeamsAndYearsStayWithinBounds) {
  EXPECT_EQ(make_quote_lines(tariff("MBO"), 0, 1).error().field, "teams");
  EXPECT_EQ(make_quote_lines(tariff("MBO"), 61, 1).error().reason, "out_of_range");
  EXPECT_EQ(make_quote_lines(tariff("MBO"), 2, 3).error().field, "years");
  EXPECT_EQ(make_quote_lines(tariff("MBO"), 2, 0).error().field, "years");
}

TEST(Fees, ASchoolYearIsTwoYearsThatFollowEachOther) {
  EXPECT_EQ(check_school_year("y", "2026-2027").value(), "2026-2027");
  for (const char* bad : {"2026-2028", "2026/2027", "26-27", "2026-2027x", "1999-2000", "abcd-efgh"}) {
    EXPECT_EQ(check_school_year("y", bad).error().reason, "not_a_school_year") << bad;
  }
  // The school year turns on 1 August, Amsterdam time.
  EXPECT_EQ(school_year_of(1785542400 - 7200 - 1), "2025-2026");  // 2026-07-31 23:59:59 CEST
  EXPECT_EQ(school_year_of(1785542400 - 7200), "2026-2027");      // 2026-08-01 00:00 CEST
  EXPECT_EQ(school_year_of(1798761600), "2026-2027");             // 2027-01-01
}

TEST(Fees, ATariffNamesAKnownSectorAndSensibleAmounts) {
  EXPECT_TRUE(check_tariff(tariff("PO"), "t").has_value());
  Tariff wrong = tariff("PO");
  wrong.sector = "Kinderopvang";
  EXPECT_EQ(check_tariff(wrong, "tariffs.0").error().field, "tariffs.0.sector");
  wrong = tariff("PO");
  wrong.second_year_cents = -1;
  EXPECT_EQ(check_tariff(wrong, "tariffs.0").error().field, "tariffs.0.second_year_cents");
}

}  // namespace
}  // namespace sb
