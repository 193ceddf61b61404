#include "modules/trajectory/core/fees.h"

#include <charconv>

#include "kernel/dates.h"

namespace sb {

std::vector<Tariff> seed_tariffs(std::string_view school_year) {
  const std::string year(school_year);
  return {{year, "PO", false, 990'000, 420'000, true},
          {year, "VO", false, 2'500'000, 1'250'000, false},
          {year, "MBO", true, 1'350'000, 450'000, false}};
}

Result<void> check_tariff(const Tariff& tariff, std::string_view field) {
  const std::string at(field);
  if (tariff.sector != "PO" && tariff.sector != "VO" && tariff.sector != "MBO" && tariff.sector != "HBO") {
    return std::unexpected(Error::invalid(at + ".sector", "PO, VO, MBO or HBO.").because("unknown_value"));
  }
  for (const auto& [name, cents] : {std::pair{".first_year_cents", tariff.first_year_cents},
                                    std::pair{".second_year_cents", tariff.second_year_cents}}) {
    if (cents < 0 || cents > kMaxTariffCents) {
      return std::unexpected(Error::invalid(at + name, "Between 0 and 100000000 cents.")
                                 .because("out_of_range", 0, static_cast<double>(kMaxTariffCents)));
    }
  }
  return ok();
}

Result<Quote> make_quote_lines(const Tariff& tariff, int teams, int years) {
  if (teams < 1 || teams > kMaxTeams) {
    return std::unexpected(Error::invalid("teams", "Between 1 and 60 teams.").because("out_of_range", 1, kMaxTeams));
  }
  if (years < 1 || years > 2) {
    return std::unexpected(Error::invalid("years", "One or two years.").because("out_of_range", 1, 2));
  }
  Quote quote;
  quote.school_year = tariff.school_year;
  quote.sector = tariff.sector;
  quote.per_team = tariff.per_team;
  quote.teams = teams;
  quote.years = years;
  const int units = tariff.per_team ? teams : 1;
  quote.lines.push_back({1, units, tariff.first_year_cents, tariff.first_year_cents * units, false});
  if (years == 2) {
    quote.lines.push_back(
        {2, units, tariff.second_year_cents, tariff.second_year_cents * units, tariff.second_year_is_maximum});
  }
  for (const auto& line : quote.lines) quote.total_cents += line.amount_cents;
  return quote;
}

}  // namespace sb
