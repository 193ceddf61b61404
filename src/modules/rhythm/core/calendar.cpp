#include "modules/rhythm/core/calendar.h"

#include <algorithm>
#include <cctype>

#include "kernel/validation.h"
#include "kernel/dates.h"

namespace sb {

std::string_view schoolvakanties_csv();  // generated from data/schoolvakanties.csv

namespace {

int year_of(std::string_view school_year) { return std::stoi(std::string(school_year.substr(0, 4))); }

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    out.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

}  // namespace


std::vector<std::string> weeks_of_school_year(std::string_view school_year) {
  const int year = year_of(school_year);
  const int first_day = *parse_date(std::to_string(year) + "-08-01");
  const int last_day = *parse_date(std::to_string(year + 1) + "-07-31");
  int monday = *parse_date(monday_of(format_date(first_day)));
  if (monday < first_day) monday += 7;
  std::vector<std::string> weeks;
  for (int day = monday; day <= last_day; day += 7) weeks.push_back(format_date(day));
  return weeks;
}

std::optional<Holiday> holiday_of_week(std::string_view monday, Region region, const std::vector<Holiday>& holidays) {
  const auto first = parse_date(monday);
  if (!first) return std::nullopt;
  for (const auto& h : holidays) {
    if (h.region != region) continue;
    if (week_in_holiday(*first, *parse_date(h.starts_on), *parse_date(h.ends_on))) return h;
  }
  return std::nullopt;
}

bool week_in_holiday(int monday, int from, int to) {
  int days_off = 0;
  for (int day = monday; day < monday + 5; ++day) days_off += day >= from && day <= to ? 1 : 0;
  return days_off >= 3;
}

std::vector<HolidayWeek> holiday_weeks_between(std::string_view from, std::string_view to, Region region,
                                               const std::vector<Holiday>& holidays) {
  std::vector<HolidayWeek> out;
  const auto first = parse_date(monday_of(std::string(from)));
  const auto last = parse_date(to);
  if (!first || !last) return out;
  for (int monday = *first; monday <= *last; monday += 7) {
    if (auto holiday = holiday_of_week(format_date(monday), region, holidays)) out.push_back({format_date(monday), holiday->name});
  }
  return out;
}

Result<std::vector<Holiday>> parse_holidays(std::string_view text) {
  std::vector<Holiday> out;
  int number = 0;
  for (auto line : split(text, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split(line, ';');
    auto bad = [&] {
      return std::unexpected(Error::invalid("line " + std::to_string(number), "Expected region;school_year;holiday;starts_on;ends_on;checked."));
    };
    if (fields.size() != 6) return bad();
    auto holiday = check_holiday(fields[0], fields[1], fields[2], fields[3], fields[4]);
    if (!holiday) return bad();
    holiday->checked = std::string(fields[5]);
    out.push_back(std::move(*holiday));
  }
  return out;
}

const std::vector<Holiday>& builtin_holidays() {
  // The dataset is part of the build and checked by the module's unit tests: a parse error is a programmer error.
  static const std::vector<Holiday> holidays = parse_holidays(schoolvakanties_csv()).value();
  return holidays;
}

Result<Holiday> check_holiday(std::string_view region_text, std::string_view school_year_text, std::string_view name_text,
                              std::string_view starts_on_text, std::string_view ends_on_text) {
  auto region = parse_region(region_text);
  if (!region) return std::unexpected(Error::invalid("region", "Region must be noord, midden or zuid."));
  SB_TRY(school_year, check_school_year("school_year", school_year_text));
  SB_TRY(name, clean_text("name", name_text, 80, Required::yes));
  SB_TRY(starts_on, check_date("starts_on", starts_on_text));
  SB_TRY(ends_on, check_date("ends_on", ends_on_text));
  if (ends_on < starts_on) {
    return std::unexpected(Error::invalid("ends_on", "The holiday ends on or after the day it starts."));
  }
  if (*parse_date(ends_on) - *parse_date(starts_on) > 16 * 7) {
    return std::unexpected(Error::invalid("ends_on", "A holiday lasts at most 16 weeks."));
  }
  const int year = year_of(school_year);
  if (starts_on < std::to_string(year) + "-07-01" || ends_on > std::to_string(year + 1) + "-09-30") {
    return std::unexpected(Error::invalid("starts_on", "The holiday lies within its school year (July to September around it)."));
  }
  return Holiday{0, *region, school_year, name, starts_on, ends_on, "staff"};
}

}  // namespace sb
