// What every module's rhythm signals (kernel/rhythm.h) share in SQL: the
// teams of a query as one JSON array parameter (`team_id IN (SELECT value FROM
// json_each(?))`, so the statement is the same for any number of teams), and
// rows of (team id, moment) counted by the week of their moment. Rows are
// counted here rather than grouped in SQL: a date() per row and a temporary
// B-tree cost five times the scan itself (bench/rhythm).
// Thread-safety: as the statement — one unit of work at a time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kernel/rhythm.h"
#include "storage/sql/statement.h"

namespace sb::sql {

std::string json_id_array(const std::vector<Id>& ids);

// The query's weeks as moments: from its first Monday 00:00 UTC to the end of its last week.
struct WeekRange {
  UnixTime from = 0;
  UnixTime to = 0;
};
std::optional<WeekRange> week_range(const RhythmQuery& query);

// Steps through `rows` (column 0 the team id, column 1 a moment inside `range`) and counts them per team and
// week as signals of `kind`.
std::vector<RhythmSignal> count_by_week(Statement& rows, const WeekRange& range, std::string_view kind);

}  // namespace sb::sql
