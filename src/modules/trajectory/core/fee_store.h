// The fees' part of a unit of work: tariffs per school year and sector, and
// the quotes made from them (each with its own copy of the amounts).
// fees(tx) hands it out; the contract suite holds every store to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/trajectory/core/fees.h"

namespace sb {

class FeeReads {
 public:
  virtual ~FeeReads() = default;
  // Newest school year first, then by sector.
  virtual std::vector<Tariff> tariffs() = 0;
  virtual std::optional<Tariff> find_tariff(std::string_view school_year, std::string_view sector) = 0;
  // Newest first, each with its lines.
  virtual std::vector<Quote> quotes_of(Id school_id) = 0;
};

class FeeWrites : public FeeReads {
 public:
  // The school year's tariffs become exactly these; quotes keep their own amounts.
  virtual Result<void> replace_tariffs(std::string_view school_year, const std::vector<Tariff>& tariffs) = 0;
  virtual Result<Id> insert_quote(const Quote& quote) = 0;
};

inline FeeReads& fees(ReadTx& tx) { return tx.part<FeeReads>(); }
inline FeeWrites& fees(WriteTx& tx) { return tx.part<FeeWrites>(); }

}  // namespace sb
