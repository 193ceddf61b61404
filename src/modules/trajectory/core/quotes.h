// Use cases of fees and quotes: programme staff keep the tariffs per school
// year and make a school's quote; the school leader, school coach and
// bestuurder read their school's quotes (view_trajectory).
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <string>
#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/trajectory/core/fees.h"

namespace sb {

Result<std::vector<Tariff>> list_tariffs(Services& s, const Principal& who);
Result<void> set_tariffs(Services& s, const Principal& who, const std::string& school_year, std::vector<Tariff> tariffs);
// A quote for the school's sector from the tariffs of `school_year`; failed_precondition (reason no_tariff) without one.
Result<Quote> make_quote(Services& s, const Principal& who, Id school_id, const std::string& school_year, int teams,
                         int years);
Result<std::vector<Quote>> school_quotes(Services& s, const Principal& who, Id school_id);

}  // namespace sb
