// Dates and the time the schools keep. A date travels as the text YYYY-MM-DD
// (DateText), a week is named by its Monday, and what people see and type is
// Europe/Amsterdam time, summer and winter, while core stores UnixTime (UTC).
// The EU's clock rule is written out here, so schedules are tested without the
// system's time zone files and without waiting.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kernel/error.h"
#include "kernel/model.h"

namespace sb {

// A date as the text YYYY-MM-DD; made by check_date or format_date.
using DateText = std::string;

// Days since 1970-01-01 for a valid YYYY-MM-DD (years 2000–2100), or nullopt.
std::optional<int> parse_date(std::string_view text);
std::string format_date(int days_since_epoch);
// The UTC date of a moment.
DateText date_of(UnixTime time);
// The Monday on or before a date.
DateText monday_of(const DateText& date);

// invalid with reason not_a_date / not_a_monday, naming `field`.
Result<DateText> check_date(std::string_view field, std::string_view text);
// A week is named by its Monday.
Result<DateText> check_week(std::string_view field, std::string_view text);

// Europe/Amsterdam's offset from UTC at `t`, in seconds: 3600 (CET), or 7200 (CEST) from the last Sunday of
// March 01:00 UTC until the last Sunday of October 01:00 UTC — the EU's rule since 1996.
int amsterdam_offset(UnixTime t);
// The moment of a day (days since the epoch) at `minutes` after midnight, Amsterdam time (10:00 is 600).
UnixTime amsterdam_moment(int days_since_epoch, int minutes);
// The Amsterdam date of a moment.
DateText amsterdam_date(UnixTime t);

}  // namespace sb
