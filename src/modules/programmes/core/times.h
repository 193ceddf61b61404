// Times as people in the Netherlands read them: Europe/Amsterdam, summer and
// winter (the kernel's dates.h). Core keeps
// UnixTime; these turn it into dates and clock times for mails and exports,
// and turn a seed's local date and time into UnixTime for the demo.
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "modules/programmes/core/model.h"

namespace sb {

// The moment of a local Amsterdam date and time.
UnixTime amsterdam_time(int year, unsigned month, unsigned day, int hour, int minute = 0);
// "14-10-2024"
std::string date_text(UnixTime t);
// "2024-10-14"
std::string iso_date(UnixTime t);
// "14-10-2024 10:00-16:00"
std::string session_time_text(const ProgrammeSession& session);
// "2026-02"
std::string month_of(UnixTime t);
// "10:00"
std::string clock_text(UnixTime t);
// The same Amsterdam clock time `days` days later (a copied round's sessions keep their 10:00 across summer time).
UnixTime shift_days(UnixTime t, int days);
// Days from the Amsterdam date of `t` to the local date `date` ("2027-10-11"); nullopt when it is no real date.
std::optional<int> days_until(UnixTime t, std::string_view date);
// The moment of a local date "2026-02-05" and clock time "10:00"; nullopt when either is not a real one.
std::optional<UnixTime> parse_amsterdam(std::string_view date, std::string_view clock);

}  // namespace sb
