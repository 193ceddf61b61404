// The fees' SQL store (on SQLite and PostgreSQL alike): tariffs and quotes (FeeWrites) over the unit of work's connection.
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/trajectory/core/fee_store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlFeeStore final : public FeeWrites, Part {
 public:
  explicit SqlFeeStore(Connection& connection) : Part(connection) {}

  std::vector<Tariff> tariffs() override;
  std::optional<Tariff> find_tariff(std::string_view school_year, std::string_view sector) override;
  std::vector<Quote> quotes_of(Id school_id) override;
  Result<void> replace_tariffs(std::string_view school_year, const std::vector<Tariff>& tariffs) override;
  Result<Id> insert_quote(const Quote& quote) override;
};

}  // namespace sb::sql
