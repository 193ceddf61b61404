#include "storage/sql/rhythm_rows.h"

#include <map>
#include <utility>

#include "kernel/dates.h"

namespace sb::sql {

namespace {
constexpr UnixTime kWeek = 7 * 86400;
}  // namespace

std::string json_id_array(const std::vector<Id>& ids) {
  std::string out = "[";
  for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? "," : "") + std::to_string(ids[i]);
  return out + "]";
}

std::optional<WeekRange> week_range(const RhythmQuery& query) {
  const auto first = parse_date(query.from_week);
  const auto last = parse_date(query.to_week);
  if (!first || !last) return std::nullopt;
  return WeekRange{UnixTime{*first} * 86400, (UnixTime{*last} + 7) * 86400};
}

std::vector<RhythmSignal> count_by_week(Statement& rows, const WeekRange& range, std::string_view kind) {
  std::map<std::pair<Id, UnixTime>, int> weeks;  // (team, week index) -> count
  while (rows.step()) ++weeks[{rows.integer(0), (rows.integer(1) - range.from) / kWeek}];
  std::vector<RhythmSignal> out;
  const int first_day = static_cast<int>(range.from / 86400);
  for (const auto& [key, count] : weeks) {
    out.push_back({key.first, format_date(first_day + static_cast<int>(key.second) * 7), std::string(kind), count, {}});
  }
  return out;
}

}  // namespace sb::sql
