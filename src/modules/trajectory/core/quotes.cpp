#include "modules/trajectory/core/quotes.h"

#include "modules/organisation/core/store.h"
#include "modules/trajectory/core/fee_store.h"
#include "modules/trajectory/core/trajectory.h"

namespace sb {

Result<std::vector<Tariff>> list_tariffs(Services& s, const Principal& who) {
  SB_CHECK(authorize(who, Action::manage_trajectories, Scope::platform()));
  return read_value<std::vector<Tariff>>(s.store, [](ReadTx& tx) -> Result<std::vector<Tariff>> { return fees(tx).tariffs(); });
}

Result<void> set_tariffs(Services& s, const Principal& who, const std::string& school_year, std::vector<Tariff> tariffs) {
  SB_CHECK(authorize(who, Action::manage_trajectories, Scope::platform()));
  SB_TRY(year, check_school_year("school_year", school_year));
  for (std::size_t i = 0; i < tariffs.size(); ++i) {
    tariffs[i].school_year = year;
    SB_CHECK(check_tariff(tariffs[i], "tariffs." + std::to_string(i)));
    for (std::size_t j = 0; j < i; ++j) {
      if (tariffs[j].sector == tariffs[i].sector) {
        return std::unexpected(Error::invalid("tariffs." + std::to_string(i) + ".sector", "One tariff per sector.")
                                   .because("duplicate"));
      }
    }
  }
  return s.store.write([&](WriteTx& tx) { return fees(tx).replace_tariffs(year, tariffs); });
}

Result<Quote> make_quote(Services& s, const Principal& who, Id school_id, const std::string& school_year, int teams,
                         int years) {
  SB_TRY(year, check_school_year("school_year", school_year));
  const UnixTime now = s.clock.now();
  return write_value<Quote>(s.store, [&](WriteTx& tx) -> Result<Quote> {
    SB_TRY(scope, scope_of_school_trajectory(tx, school_id));
    SB_CHECK(authorize(who, Action::manage_trajectories, scope));
    const auto school = organisation(tx).find_school(school_id);
    const auto tariff = fees(tx).find_tariff(year, to_string(school->sector));
    if (!tariff) {
      Error error{ErrorCode::failed_precondition, "There is no tariff for this sector in this school year.", "school_year"};
      error.reason = "no_tariff";
      return std::unexpected(error);
    }
    SB_TRY(quote, make_quote_lines(*tariff, teams, years));
    quote.school_id = school_id;
    quote.created_by = who.user.id;
    quote.created_by_name = who.user.name;
    quote.created_at = now;
    SB_TRY(id, fees(tx).insert_quote(quote));
    quote.id = id;
    return quote;
  });
}

Result<std::vector<Quote>> school_quotes(Services& s, const Principal& who, Id school_id) {
  return read_value<std::vector<Quote>>(s.store, [&](ReadTx& tx) -> Result<std::vector<Quote>> {
    SB_TRY(scope, scope_of_school_trajectory(tx, school_id));
    SB_CHECK(authorize(who, Action::view_trajectory, scope));
    return fees(tx).quotes_of(school_id);
  });
}

}  // namespace sb
