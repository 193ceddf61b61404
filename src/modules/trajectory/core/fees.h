// Fees and the quote (seed 004, §7): tariffs per school year and sector, which
// staff change for a new year; a quote follows from the school's sector, its
// number of teams and the years asked for, and keeps its own amounts, so a
// later change of tariffs never touches a quote already made. Money in cents.
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/dates.h"
#include "kernel/error.h"
#include "kernel/model.h"

namespace sb {

using Cents = std::int64_t;

struct Tariff {
  std::string school_year;  // "2026-2027"
  std::string sector;       // "PO", "VO", "MBO", "HBO"
  bool per_team = false;    // MBO pays per team, PO and VO per school
  Cents first_year_cents = 0;
  Cents second_year_cents = 0;
  bool second_year_is_maximum = false;  // PO: the second year is agreed, at most this
};

struct QuoteLine {
  int trajectory_year = 1;  // 1 or 2
  int units = 1;            // teams, or 1 for the school
  Cents unit_cents = 0;
  Cents amount_cents = 0;
  bool is_maximum = false;
};

struct Quote {
  Id id = 0;
  Id school_id = 0;
  std::string school_year;
  std::string sector;
  bool per_team = false;
  int teams = 1;
  int years = 1;
  std::vector<QuoteLine> lines;
  Cents total_cents = 0;
  std::string created_by_name;  // filled on reading
  Id created_by = 0;
  UnixTime created_at = 0;
};

inline constexpr int kMaxTeams = 60;
inline constexpr Cents kMaxTariffCents = 100'000'000;  // € 1,000,000

// The seed's tariffs (PO, VO and MBO) for a school year.
std::vector<Tariff> seed_tariffs(std::string_view school_year);
// A tariff staff may store: amounts 0 to €1,000,000, a known sector.
Result<void> check_tariff(const Tariff& tariff, std::string_view field);
// The quote's lines and total: teams 1–60, years 1 or 2.
Result<Quote> make_quote_lines(const Tariff& tariff, int teams, int years);

}  // namespace sb
