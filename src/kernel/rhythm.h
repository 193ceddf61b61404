// Rhythm signals: what happened, for which team, in which week. A module that
// knows part of a team's weekly rhythm (the board: sessions held and who
// attended, measurements entered; later lessons, visits, student voice, the
// trajectory) registers a RhythmSignalSource in rhythm_signal_sources() of
// src/cli/modules.cpp; the rhythm module asks every registered source and
// never names the module behind it, so adding a module adds its signals
// without editing the rhythm module.
//
// A source answers for a set of teams and a range of weeks at once (one query
// per kind of signal, never one per team), inside the caller's unit of work.
// It reports only counts: never names, notes or texts of a team.
// Thread-safety: a source is a plain function over the unit of work it is given.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/error.h"
#include "kernel/model.h"
#include "kernel/ports/store.h"

namespace sb {

// One kind of thing that happened in one team in one week, counted.
struct RhythmSignal {
  Id team_id = 0;
  std::string week;  // the Monday of the week, YYYY-MM-DD
  std::string kind;  // e.g. "board_session", "measurement"; a source's own words, stable
  int count = 0;
  // For meetings (a board session): how many people attended, summed over the week's meetings.
  std::optional<int> attended;
};

// What a source is asked: these teams, the weeks from `from_week` to `to_week` (both Mondays, inclusive).
struct RhythmQuery {
  std::vector<Id> team_ids;
  std::string from_week;
  std::string to_week;
};

struct RhythmSignalSource {
  std::string_view name;               // the module, e.g. "board"
  std::vector<std::string_view> kinds; // the kinds it reports, in the order views show them
  std::function<Result<std::vector<RhythmSignal>>(ReadTx&, const RhythmQuery&)> signals;
};

}  // namespace sb
