// The fees' store contract: tariffs per school year, replaced a year at a time,
// and quotes that keep their own amounts when the tariffs change.
#include "modules/organisation/contract/tenants.h"
#include "modules/trajectory/contract/trajectory_store_contract.h"
#include "modules/trajectory/core/fee_store.h"

namespace sb::contract {
namespace {

std::vector<Tariff> all_tariffs(Store& store) {
  return read_value<std::vector<Tariff>>(store, [](ReadTx& tx) -> Result<std::vector<Tariff>> {
           return fees(tx).tariffs();
         }).value();
}

std::vector<Quote> quotes(Store& store, Id school) {
  return read_value<std::vector<Quote>>(store, [&](ReadTx& tx) -> Result<std::vector<Quote>> {
           return fees(tx).quotes_of(school);
         }).value();
}

}  // namespace

TEST_P(TrajectoryStoreContract, TheSeedTariffsAreThereAndAYearIsReplacedWithoutTouchingAnother) {
  auto tariffs = all_tariffs(*store_);
  ASSERT_EQ(tariffs.size(), 3u);
  EXPECT_EQ(tariffs[0].sector, "MBO");
  EXPECT_TRUE(tariffs[0].per_team);
  ASSERT_TRUE(store_->write([](WriteTx& tx) {
    return fees(tx).replace_tariffs("2027-2028", {{"2027-2028", "PO", false, 1'000'000, 430'000, true}});
  }).has_value());
  tariffs = all_tariffs(*store_);
  ASSERT_EQ(tariffs.size(), 4u);
  EXPECT_EQ(tariffs[0].school_year, "2027-2028");
  const auto po = read_value<std::optional<Tariff>>(*store_, [](ReadTx& tx) -> Result<std::optional<Tariff>> {
                    return fees(tx).find_tariff("2026-2027", "PO");
                  }).value();
  ASSERT_TRUE(po.has_value());
  EXPECT_EQ(po->first_year_cents, 990'000);
  EXPECT_TRUE(po->second_year_is_maximum);
  ASSERT_TRUE(store_->write([](WriteTx& tx) { return fees(tx).replace_tariffs("2027-2028", {}); }).has_value());
  EXPECT_EQ(all_tariffs(*store_).size(), 3u);
}

TEST_P(TrajectoryStoreContract, AQuoteKeepsItsLinesAndAmountsWhateverTheTariffsDoLater) {
  auto w = make_tenants(*store_);
  Quote quote;
  quote.school_id = w.school_a;
  quote.school_year = "2026-2027";
  quote.sector = "MBO";
  quote.per_team = true;
  quote.teams = 3;
  quote.years = 2;
  quote.lines = {{1, 3, 1'350'000, 4'050'000, false}, {2, 3, 450'000, 1'350'000, false}};
  quote.total_cents = 5'400'000;
  quote.created_by = w.alice;
  quote.created_at = 77;
  ASSERT_TRUE(store_->write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(fees(tx).insert_quote(quote));
    return fees(tx).replace_tariffs("2026-2027", {{"2026-2027", "MBO", true, 1, 1, false}});
  }).has_value());
  const auto found = quotes(*store_, w.school_a);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].total_cents, 5'400'000);
  EXPECT_EQ(found[0].created_by_name, "Alice");
  ASSERT_EQ(found[0].lines.size(), 2u);
  EXPECT_EQ(found[0].lines[1].unit_cents, 450'000);
  EXPECT_EQ(found[0].lines[0].units, 3);
  EXPECT_TRUE(quotes(*store_, w.school_b).empty());
}

}  // namespace sb::contract
