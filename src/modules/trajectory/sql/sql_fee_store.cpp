#include "modules/trajectory/sql/sql_fee_store.h"

namespace sb::sql {
namespace {

Tariff tariff_of(Statement& q) {
  return {q.text(0), q.text(1), q.integer(2) != 0, q.integer(3), q.integer(4), q.integer(5) != 0};
}

}  // namespace

std::vector<Tariff> SqlFeeStore::tariffs() {
  auto q = db_.prepare(
      "SELECT school_year, sector, per_team, first_year_cents, second_year_cents, second_year_is_maximum FROM tariffs "
      "ORDER BY school_year DESC, sector");
  std::vector<Tariff> out;
  while (q.step()) out.push_back(tariff_of(q));
  return out;
}

std::optional<Tariff> SqlFeeStore::find_tariff(std::string_view school_year, std::string_view sector) {
  auto q = db_.prepare(
      "SELECT school_year, sector, per_team, first_year_cents, second_year_cents, second_year_is_maximum FROM tariffs "
      "WHERE school_year = ? AND sector = ?");
  q.bind(1, school_year).bind(2, sector);
  if (!q.step()) return std::nullopt;
  return tariff_of(q);
}

std::vector<Quote> SqlFeeStore::quotes_of(Id school_id) {
  auto q = db_.prepare(
      "SELECT q.id, q.school_year, q.sector, q.per_team, q.teams, q.years, q.total_cents, q.created_by, "
      "COALESCE(u.name, ''), q.created_at FROM quotes q LEFT JOIN users u ON u.id = q.created_by "
      "WHERE q.school_id = ? ORDER BY q.id DESC");
  q.bind(1, school_id);
  std::vector<Quote> out;
  while (q.step()) {
    Quote quote;
    quote.id = q.integer(0);
    quote.school_id = school_id;
    quote.school_year = q.text(1);
    quote.sector = q.text(2);
    quote.per_team = q.integer(3) != 0;
    quote.teams = static_cast<int>(q.integer(4));
    quote.years = static_cast<int>(q.integer(5));
    quote.total_cents = q.integer(6);
    quote.created_by = q.optional_integer(7).value_or(0);
    quote.created_by_name = q.text(8);
    quote.created_at = q.integer(9);
    out.push_back(std::move(quote));
  }
  for (auto& quote : out) {
    auto lines = db_.prepare(
        "SELECT trajectory_year, units, unit_cents, amount_cents, is_maximum FROM quote_lines "
        "WHERE quote_id = ? ORDER BY trajectory_year");
    lines.bind(1, quote.id);
    while (lines.step()) {
      quote.lines.push_back({static_cast<int>(lines.integer(0)), static_cast<int>(lines.integer(1)), lines.integer(2),
                             lines.integer(3), lines.integer(4) != 0});
    }
  }
  return out;
}

Result<void> SqlFeeStore::replace_tariffs(std::string_view school_year, const std::vector<Tariff>& tariffs) {
  auto clear = db_.prepare("DELETE FROM tariffs WHERE school_year = ?");
  clear.bind(1, school_year);
  SB_CHECK(clear.run());
  for (const auto& t : tariffs) {
    auto q = db_.prepare(
        "INSERT INTO tariffs (school_year, sector, per_team, first_year_cents, second_year_cents, "
        "second_year_is_maximum) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, school_year).bind(2, t.sector).bind(3, std::int64_t{t.per_team}).bind(4, t.first_year_cents);
    q.bind(5, t.second_year_cents).bind(6, std::int64_t{t.second_year_is_maximum});
    SB_CHECK(q.run());
  }
  return ok();
}

Result<Id> SqlFeeStore::insert_quote(const Quote& quote) {
  auto q = db_.prepare(
      "INSERT INTO quotes (school_id, school_year, sector, per_team, teams, years, total_cents, created_by, "
      "created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, quote.school_id).bind(2, quote.school_year).bind(3, quote.sector).bind(4, std::int64_t{quote.per_team});
  q.bind(5, std::int64_t{quote.teams}).bind(6, std::int64_t{quote.years}).bind(7, quote.total_cents);
  q.bind(8, quote.created_by ? std::optional<std::int64_t>(quote.created_by) : std::nullopt).bind(9, quote.created_at);
  SB_TRY(id, insert_returning_id(q, "id"));
  for (const auto& line : quote.lines) {
    auto l = db_.prepare(
        "INSERT INTO quote_lines (quote_id, trajectory_year, units, unit_cents, amount_cents, is_maximum) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    l.bind(1, id)
        .bind(2, std::int64_t{line.trajectory_year})
        .bind(3, std::int64_t{line.units})
        .bind(4, line.unit_cents);
    l.bind(5, line.amount_cents).bind(6, std::int64_t{line.is_maximum});
    SB_CHECK(l.run());
  }
  return id;
}

}  // namespace sb::sql
